import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization } from './support/factories.ts';
import { seedUser } from './support/seed.ts';
import { openEventStream } from './support/sse.ts';
import { startSecondInstance, startTestServer, type TestServer } from './support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());

describe('live updates', () => {
  it('an owner watching on one instance sees, within a second, a join made through another', async () => {
    const owner = await seedUser(server.url, { name: 'Watching Owner' });
    const org = await createOrganization(owner, { name: 'Live Org', seats: 5 });
    const other = await startSecondInstance(server);
    try {
      const stream = await openEventStream(
        `${server.url}/api/v1/notifications/stream?organizationId=${org.id}`,
        {
          cookie: owner.client.cookieHeader(),
        },
      );
      expect(stream.status).toBe(200);
      expect(stream.headers.get('content-type')).toContain('text/event-stream');
      await stream.next((e) => e.event === 'unread' && e.data.unread === 0);

      const joiner = await seedUser(server, { name: 'Remote Joiner', at: other.url });
      const started = Date.now();
      const joined = await joiner.client.post(`/api/v1/invites/${org.invitePath.split('/invites/')[1]}/join`);
      expect(joined.status).toBe(201);

      const seats = await stream.next((e) => e.event === 'seats', 1_000);
      expect(seats.data).toEqual({ organizationId: org.id, total: 5, used: 2, available: 3 });
      const note = await stream.next((e) => e.event === 'notification', 1_000);
      expect(note.data.title).toBe('Remote Joiner joined Live Org. 3 of 5 seats left.');
      await stream.next((e) => e.event === 'unread' && e.data.unread === 1, 1_000);
      expect(Date.now() - started).toBeLessThan(1_500);
      await stream.close();
    } finally {
      await other.close();
    }
  });

  it('the public invite page stream shows the seat count, and a bad link gets the uniform 404', async () => {
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner, { name: 'Seat Watch', seats: 3 });
    const stream = await openEventStream(`${server.url}${org.invitePath}/stream`);
    await stream.next((e) => e.event === 'seats' && e.data.available === 2);
    const joiner = await seedUser(server.url);
    await joiner.client.post(`${org.invitePath}/join`);
    await stream.next((e) => e.event === 'seats' && e.data.available === 1, 1_000);
    // No names, no notifications: only counts go to a signed-out viewer.
    expect(stream.events.every((e) => e.event === 'seats')).toBe(true);
    await stream.close();

    const bad = await fetch(`${server.url}/api/v1/invites/${org.id}/AAAAAAAAAAAAAAAAAAAAAA/stream`);
    expect(bad.status).toBe(404);
    expect((await bad.json()).error.code).toBe('INVITE_INVALID');
  });

  it('the invite page hears at once that its link changed, and a reset link ends its stream', async () => {
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner, { name: 'Link Watch', seats: 3 });
    const settings = `/api/v1/organizations/${org.id}/invite-link`;
    const stream = await openEventStream(`${server.url}${org.invitePath}/stream`);
    await stream.next((e) => e.event === 'seats');
    expect((await owner.client.patch(settings, { paused: false })).status).toBe(200);
    await stream.next((e) => e.event === 'changed', 1_000);
    expect((await owner.client.post(`${settings}/regenerate`)).status).toBe(200);
    await stream.next(
      (e) => e.event === 'changed' && stream.events.filter((x) => x.event === 'changed').length === 2,
      1_000,
    );
    // The old link no longer works: the server ends the stream, and a reconnect gets the 404.
    await stream.ended;
    expect((await fetch(`${server.url}${org.invitePath}/stream`)).status).toBe(404);
  });

  it('refuses the stream to signed-out callers and to non-members for an organization', async () => {
    const owner = await seedUser(server.url);
    const stranger = await seedUser(server.url);
    const org = await createOrganization(owner);
    expect((await fetch(`${server.url}/api/v1/notifications/stream`)).status).toBe(401);
    const hidden = await fetch(`${server.url}/api/v1/notifications/stream?organizationId=${org.id}`, {
      headers: { cookie: stranger.client.cookieHeader() },
    });
    expect(hidden.status).toBe(404);
  });
});
