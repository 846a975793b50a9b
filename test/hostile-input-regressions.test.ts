import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../src/contracts/errors.ts';
import { createOrganization } from './support/factories.ts';
import { rawClient } from './support/raw-http.ts';
import { seedUser } from './support/seed.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

/** Named regression tests for what the hostile-input property tests found. */
let server: TestServer;
let http: ReturnType<typeof rawClient>;
beforeAll(async () => {
  server = await startTestServer({ LOG_LEVEL: 'silent' });
  http = rawClient(server.url, { keepAlive: false });
});
afterAll(async () => {
  http.close();
  await server.close();
});

describe('URLs the router refuses', () => {
  it('a broken %-escape or an over-long path segment gets the error shape, and INVITE_INVALID under /invites', async () => {
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner);
    const long = 'x'.repeat(2_100);
    const cases = [
      { path: `/api/v1/organizations/%/invite-link`, code: 'VALIDATION_FAILED' },
      { path: `/api/v1/users/%zz/entitlements`, code: 'VALIDATION_FAILED' },
      {
        path: `/api/v1/organizations/${org.id}/members/${long}`,
        code: 'VALIDATION_FAILED',
        method: 'DELETE',
      },
      { path: `/api/v1/invites/${org.id}/%`, code: 'INVITE_INVALID' },
      { path: `/api/v1/invites/${org.id}/${long}`, code: 'INVITE_INVALID' },
    ];
    const valid = await http.send({
      method: 'GET',
      path: `/api/v1/invites/${org.id}/AAAAAAAAAAAAAAAAAAAAAA`,
    });
    for (const { path, code, method } of cases) {
      const reply = await http.send({ method: method ?? 'GET', path });
      const body = errorBodySchema.parse(JSON.parse(reply.text));
      expect(body.error.code, path).toBe(code);
      // Under /invites, byte for byte what any other bad link gets.
      if (code === 'INVITE_INVALID') expect([reply.status, reply.text]).toEqual([valid.status, valid.text]);
      else expect(reply.status, path).toBe(400);
    }
  });

  it('an identity-provider callback too long for its route gets our error shape, not better-auth’s', async () => {
    // Found by the property test: the path passes our route by, and better-auth's own
    // query check answered `{ message, code: 'VALIDATION_ERROR' }`.
    const reply = await http.send({
      method: 'GET',
      path: `/api/auth/callback/${'x'.repeat(2_100)}?iss=&iss=null`,
    });
    expect(reply.status).toBe(400);
    const body = errorBodySchema.parse(JSON.parse(reply.text));
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.message).toMatch(/iss/);
  });
});

describe('text the database cannot hold', () => {
  it('a NUL byte in a filter, search or id is a 400 VALIDATION_FAILED, and the CSV export answers JSON', async () => {
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner);
    const cookie = owner.client.cookieHeader();
    const base = `/api/v1/organizations/${org.id}`;
    for (const path of [
      `${base}/audit-log.csv?actor=%00`,
      `${base}/audit-log?actor=%00`,
      `${base}/members?q=a%00b`,
      `/api/v1/users/a%00b/entitlements`,
    ]) {
      const reply = await http.send({
        method: 'GET',
        path,
        headers: { cookie, authorization: 'Bearer test-operator-key-0123456789abcdef' },
      });
      expect(reply.status, path).toBeLessThan(500);
      expect(errorBodySchema.parse(JSON.parse(reply.text)).error.code, path).toMatch(
        /VALIDATION_FAILED|NOT_FOUND/,
      );
    }
  });
});

describe('paths better-auth has no endpoint for', () => {
  it('get the error shape, not its bare 404 (`null` for a dot segment, found by the property test)', async () => {
    for (const path of ['/api/auth/callback/.', '/api/auth/callback/..', '/api/auth/no-such-endpoint']) {
      const reply = await http.send({ method: 'GET', path });
      expect(reply.status, path).toBe(404);
      expect(errorBodySchema.parse(JSON.parse(reply.text)).error.code, path).toBe('NOT_FOUND');
    }
  });
});
