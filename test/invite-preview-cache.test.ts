import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVITE_CACHE_TTL_MS } from '../src/server/invite-cache.ts';
import { Client } from './support/client.ts';
import { createOrganization, paths } from './support/factories.ts';
import { seedUser } from './support/seed.ts';
import { startSecondInstance, startTestServer, type TestServer } from './support/test-server.ts';

// The invite preview is served from a per-process cache (docs/decisions/0013). A reset or
// paused link must be refused as soon as the change commits on this instance, and on another
// as soon as its wake-up arrives; so must seat counts after a join.

let server: TestServer;
let second: Awaited<ReturnType<typeof startSecondInstance>>;
beforeAll(async () => {
  server = await startTestServer();
  second = await startSecondInstance(server);
});
afterAll(async () => {
  await second?.close();
  await server?.close();
});

const preview = (url: string, path: string) => new Client(url).get(path);

/** Polls until `done` holds; returns how long it took. Fails after `limitMs`. */
async function within(limitMs: number, done: () => Promise<boolean>): Promise<number> {
  const start = Date.now();
  while (!(await done())) {
    if (Date.now() - start > limitMs) throw new Error(`not within ${limitMs} ms`);
    await new Promise((r) => setImmediate(r));
  }
  return Date.now() - start;
}

describe('invite preview cache, one instance', () => {
  it('refuses a reset link right after the reset', async () => {
    const owner = await seedUser(server);
    const org = await createOrganization(owner);
    expect((await preview(server.url, org.invitePath)).status).toBe(200);
    expect((await preview(server.url, org.invitePath)).status).toBe(200); // now cached
    const reset = await owner.client.post(`/api/v1/organizations/${org.id}/invite-link/regenerate`);
    expect(reset.status).toBe(200);
    const after = await preview(server.url, org.invitePath);
    expect(after.status).toBe(404);
    expect(after.body.error.code).toBe('INVITE_INVALID');
  });

  it('refuses a paused link right after the pause, and serves it again right after resuming', async () => {
    const owner = await seedUser(server);
    const org = await createOrganization(owner);
    const settings = `/api/v1/organizations/${org.id}/invite-link`;
    expect((await preview(server.url, org.invitePath)).status).toBe(200);
    expect((await owner.client.patch(settings, { paused: true })).status).toBe(200);
    expect((await preview(server.url, org.invitePath)).status).toBe(404);
    expect((await owner.client.patch(settings, { paused: false })).status).toBe(200);
    expect((await preview(server.url, org.invitePath)).status).toBe(200);
  });

  it('shows the new name and free seats right after they change', async () => {
    const owner = await seedUser(server);
    const org = await createOrganization(owner, { seats: 3 });
    const before = await preview(server.url, org.invitePath);
    expect(before.body.organization.name).toBe('Acme');
    const free = before.body.seats.available;
    expect((await owner.client.patch(`/api/v1/organizations/${org.id}`, { name: 'Renamed' })).status).toBe(
      200,
    );
    expect((await preview(server.url, org.invitePath)).body.organization.name).toBe('Renamed');
    const joiner = await seedUser(server);
    expect((await joiner.client.post(`${org.invitePath}/join`)).status).toBe(201);
    expect((await preview(server.url, org.invitePath)).body.seats.available).toBe(free - 1);
  });
});

describe('invite preview cache, two instances', () => {
  it('refuses a link reset or pause on the other instance once its wake-up arrives', async () => {
    const owner = await seedUser(server, { at: second.url });
    const org = await createOrganization(owner);
    expect((await preview(server.url, org.invitePath)).status).toBe(200);
    expect((await preview(server.url, org.invitePath)).status).toBe(200);
    const reset = await owner.client.post(`/api/v1/organizations/${org.id}/invite-link/regenerate`);
    expect(reset.status).toBe(200);
    // Link changes wake every instance after commit: well within the cache's lifetime.
    await within(
      INVITE_CACHE_TTL_MS / 2,
      async () => (await preview(server.url, org.invitePath)).status === 404,
    );

    const fresh = await owner.client.get(`/api/v1/organizations/${org.id}/invite-link`);
    const freshPath = `/api/v1/invites/${new URL(fresh.body.url).pathname.slice('/join/'.length)}`;
    expect((await preview(server.url, freshPath)).status).toBe(200);
    expect((await preview(server.url, freshPath)).status).toBe(200); // cached
    const paused = await owner.client.patch(`/api/v1/organizations/${org.id}/invite-link`, { paused: true });
    expect(paused.status).toBe(200);
    await within(INVITE_CACHE_TTL_MS / 2, async () => (await preview(server.url, freshPath)).status === 404);
  });

  it('shows a join made on the other instance once its wake-up arrives', async () => {
    const owner = await seedUser(server);
    const org = await createOrganization(owner, { seats: 3 });
    const free = (await preview(server.url, org.invitePath)).body.seats.available;
    const joiner = await seedUser(server, { at: second.url });
    expect((await joiner.client.post(`${org.invitePath}/join`)).status).toBe(201);
    // Seat changes publish a live message; within 1 s like the SSE seat counts.
    await within(
      1_000,
      async () => (await preview(server.url, org.invitePath)).body.seats.available === free - 1,
    );
  });

  it('a join checks the link under its lock, whatever the cache still holds', async () => {
    const owner = await seedUser(server);
    const org = await createOrganization(owner, { seats: 3 });
    expect((await preview(server.url, org.invitePath)).status).toBe(200); // now cached
    // A reset written past the use cases: no wake-up, so the cache keeps the old link.
    await server.database.db.execute(
      sql`UPDATE invite_link SET version = version + 1 WHERE organization_id = ${org.id}`,
    );
    expect((await preview(server.url, org.invitePath)).status).toBe(200); // still cached
    const joiner = await seedUser(server);
    const refused = await joiner.client.post(`${org.invitePath}/join`);
    expect(refused.status).toBe(404);
    expect(refused.body.error.code).toBe('INVITE_INVALID');
    const members = await owner.client.get(`/api/v1/organizations/${org.id}/members`);
    expect(members.body.members).toHaveLength(1);
  });

  it('a join through the new link works at once where the old link is still cached', async () => {
    const owner = await seedUser(server);
    const org = await createOrganization(owner, { seats: 3 });
    const first = await seedUser(server);
    expect((await first.client.post(`${org.invitePath}/join`)).status).toBe(201); // link now cached
    // A reset written past the use cases: no wake-up reaches the cache of joins.
    await server.database.db.execute(
      sql`UPDATE invite_link SET version = version + 1 WHERE organization_id = ${org.id}`,
    );
    const link = await owner.client.get(`/api/v1/organizations/${org.id}/invite-link`);
    const { invitePath } = paths(link.body.url);
    expect(invitePath).not.toBe(org.invitePath);
    const late = await seedUser(server);
    expect((await late.client.post(`${invitePath}/join`)).status).toBe(201);
    const stale = await seedUser(server);
    expect((await stale.client.post(`${org.invitePath}/join`)).status).toBe(404);
  });
});
