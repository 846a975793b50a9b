import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Client, operator } from './support/client.ts';
import { createOrganization } from './support/factories.ts';
import { expectSeatInvariant } from './support/invariants.ts';
import { seedUser } from './support/seed.ts';
import { startTestServer, TEST_API_KEY, type TestServer } from './support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterEach(async () => expectSeatInvariant(server.database.db));
afterAll(async () => server.close());

describe('organizations', () => {
  it('the creator becomes the owner and takes a seat', async () => {
    const owner = await seedUser(server.url);
    const created = await owner.client.post('/api/v1/organizations', { name: '  Acme Rockets  ', seats: 5 });

    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Acme Rockets',
      image: null,
      seats: { total: 5, used: 1, available: 4 },
      viewer: { role: 'owner', seat: 'plus' },
    });
    const mine = await owner.client.get('/api/v1/organizations');
    expect(mine.body.organizations).toEqual([created.body]);
    expect((await owner.client.get(`/api/v1/organizations/${created.body.id}`)).body).toEqual(created.body);
    expect((await owner.client.get('/api/v1/me')).body.plus).toEqual({
      active: true,
      source: 'organization',
      organizationId: created.body.id,
    });
  });

  it('an owner who already has Plus takes no seat, and one seat anywhere is the limit', async () => {
    const owner = await seedUser(server.url);
    const first = await createOrganization(owner, { seats: 2 });
    const second = await owner.client.post('/api/v1/organizations', { name: 'Second', seats: 2 });
    expect(second.body.viewer).toEqual({ role: 'owner', seat: 'none' });
    expect(second.body.seats.used).toBe(0);

    const subscriber = await seedUser(server.url);
    await operator(server.url, TEST_API_KEY).put(`/api/v1/users/${subscriber.id}/plus`, { active: true });
    const theirs = await subscriber.client.post('/api/v1/organizations', { name: 'Theirs', seats: 1 });
    expect(theirs.body.viewer.seat).toBe('none');
    expect((await owner.client.get(`/api/v1/organizations/${first.id}`)).body.seats.used).toBe(1);
  });

  it('lists only my organizations, each with my role', async () => {
    const owner = await seedUser(server.url);
    const member = await seedUser(server.url);
    const stranger = await seedUser(server.url);
    const org = await createOrganization(owner, { name: 'Listed' });
    await member.client.post(`${org.invitePath}/join`);
    await createOrganization(stranger, { name: 'Not yours' });

    const theirs = await member.client.get('/api/v1/organizations');
    expect(theirs.body.organizations.map((o: any) => [o.name, o.viewer.role])).toEqual([
      ['Listed', 'member'],
    ]);
  });

  it('hides an organization from non-members behind the same 404 as one that does not exist', async () => {
    const owner = await seedUser(server.url);
    const stranger = await seedUser(server.url);
    const org = await createOrganization(owner);
    const missing = '00000000-0000-4000-8000-000000000000';

    for (const path of [`/api/v1/organizations/${org.id}`, `/api/v1/organizations/${org.id}/members`]) {
      const hidden = await stranger.client.get(path);
      const absent = await stranger.client.get(path.replace(org.id, missing));
      expect(hidden.status).toBe(404);
      expect(hidden.body.error.code).toBe('ORGANIZATION_NOT_FOUND');
      expect(hidden.text).toBe(absent.text);
    }
  });

  it('shows the invite link to owners only among its members, and to no outsider', async () => {
    const owner = await seedUser(server.url);
    const member = await seedUser(server.url);
    const stranger = await seedUser(server.url);
    const org = await createOrganization(owner);
    await member.client.post(`${org.invitePath}/join`);
    const link = `/api/v1/organizations/${org.id}/invite-link`;

    const forMember = await member.client.get(link);
    expect(forMember.status).toBe(403);
    expect(forMember.body.error.code).toBe('FORBIDDEN');
    expect(forMember.text).not.toContain(org.invitePath.split('/').at(-1));
    expect((await member.client.post(`${link}/regenerate`)).status).toBe(403);
    expect((await member.client.patch(link, { paused: true })).status).toBe(403);
    expect((await stranger.client.get(link)).status).toBe(404);
    // Nothing changed: the original link still works.
    expect((await owner.client.get(link)).body).toMatchObject({ url: org.inviteUrl, paused: false });
  });

  it('refuses bad input with a clear message and creates nothing', async () => {
    const owner = await seedUser(server.url);
    const cases: [unknown, RegExp][] = [
      [{ name: '', seats: 3 }, /name must not be empty/],
      [{ name: 'x'.repeat(101), seats: 3 }, /at most 100/],
      [{ name: 'Zero', seats: 0 }, /at least 1/],
      [{ name: 'Half', seats: 2.5 }, /whole number/],
      [{ name: 'Huge', seats: 10_000_000 }, /at most 100000/],
      [{ name: 'Text', seats: 'ten' }, /seats/],
      [{ seats: 3 }, /name/],
      ['[]', /body/],
    ];
    for (const [body, message] of cases) {
      const reply = await owner.client.post('/api/v1/organizations', body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.body.error.code).toBe('VALIDATION_FAILED');
      expect(reply.body.error.message).toMatch(message);
    }
    const broken = await owner.client.post('/api/v1/organizations', '{"name": "Acme",');
    expect(broken.status).toBe(400);
    expect(broken.body.error.message).toBe('The request body is not valid JSON.');
    const notJson = await owner.client.post('/api/v1/organizations', 'name=Acme', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(notJson.status).toBe(415);
    expect(notJson.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const badId = await owner.client.get('/api/v1/organizations/42');
    expect(badId.status).toBe(400);
    expect(badId.body.error.message).toMatch(/orgId must be an organization id/);

    expect((await owner.client.get('/api/v1/organizations')).body.organizations).toEqual([]);
  });

  it('asks signed-out callers to sign in', async () => {
    const anonymous = new Client(server.url);
    for (const [method, path] of [
      ['GET', '/api/v1/me'],
      ['GET', '/api/v1/organizations'],
      ['POST', '/api/v1/organizations'],
      ['GET', '/api/v1/organizations/00000000-0000-4000-8000-000000000000'],
    ] as const) {
      const reply = await anonymous.request(
        method,
        path,
        method === 'POST' ? { name: 'A', seats: 1 } : undefined,
      );
      expect(reply.status, path).toBe(401);
      expect(reply.body.error.code).toBe('UNAUTHENTICATED');
    }
  });
});
