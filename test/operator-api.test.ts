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

describe('operator API', () => {
  it('answers who has Plus and from where', async () => {
    const api = operator(server.url, TEST_API_KEY);
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner);
    const nobody = await seedUser(server.url);

    expect((await api.get(`/api/v1/users/${owner.id}/entitlements`)).body).toEqual({
      userId: owner.id,
      plus: { active: true, source: 'organization', organizationId: org.id },
    });
    expect((await api.get(`/api/v1/users/${nobody.id}/entitlements`)).body.plus).toEqual({
      active: false,
      source: null,
      organizationId: null,
    });
    const missing = await api.get('/api/v1/users/no-such-user/entitlements');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('USER_NOT_FOUND');
  });

  it('personal Plus replaces an organization seat, which goes back to the organization', async () => {
    const api = operator(server.url, TEST_API_KEY);
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner, { seats: 2 });
    const member = await seedUser(server.url);
    await member.client.post(`${org.invitePath}/join`);
    expect((await owner.client.get(`/api/v1/organizations/${org.id}`)).body.seats.available).toBe(0);

    const on = await api.put(`/api/v1/users/${member.id}/plus`, { active: true });
    expect(on.status).toBe(200);
    expect(on.body.plus).toEqual({ active: true, source: 'personal', organizationId: null });
    expect((await owner.client.get(`/api/v1/organizations/${org.id}`)).body.seats.available).toBe(1);
    expect((await api.put(`/api/v1/users/${member.id}/plus`, { active: true })).body.plus.source).toBe(
      'personal',
    );

    const off = await api.put(`/api/v1/users/${member.id}/plus`, { active: false });
    expect(off.body.plus).toEqual({ active: false, source: null, organizationId: null });
    expect((await member.client.get('/api/v1/me')).body.plus.active).toBe(false);
  });

  it('refuses a missing or wrong key, and users cannot call it with their session', async () => {
    const owner = await seedUser(server.url);
    const path = `/api/v1/users/${owner.id}/entitlements`;
    const noKey = await new Client(server.url).get(path);
    expect(noKey.status).toBe(401);
    expect(noKey.body.error.code).toBe('INVALID_API_KEY');
    expect((await operator(server.url, 'wrong-key-wrong-key-wrong-key').get(path)).status).toBe(401);
    expect((await owner.client.get(path)).status).toBe(401);
    const bad = await operator(server.url, TEST_API_KEY).put(`/api/v1/users/${owner.id}/plus`, {
      active: 'yes',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('active');
  });

  it('is off, and says how to turn it on, when no key is configured', async () => {
    const keyless = await startTestServer({ ROSTER_API_KEY: '' });
    try {
      const reply = await operator(keyless.url, TEST_API_KEY).get('/api/v1/users/x/entitlements');
      expect(reply.status).toBe(503);
      expect(reply.body.error).toEqual({
        code: 'OPERATOR_API_DISABLED',
        message: 'The operator API is off: set ROSTER_API_KEY to turn it on.',
      });
    } finally {
      await keyless.close();
    }
  });
});
