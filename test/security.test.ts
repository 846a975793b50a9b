import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './support/client.ts';
import { createOrganization } from './support/factories.ts';
import { seedUser } from './support/seed.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());

describe('cross-site request forgery', () => {
  it('refuses signed-in writes without our Origin, on our API and on better-auth', async () => {
    const owner = await seedUser(server.url);
    const foreign = new Client(server.url, { origin: 'https://evil.example' });
    const noOrigin = new Client(server.url, { origin: null });
    for (const client of [foreign, noOrigin]) {
      for (const [k, v] of owner.client.cookies) client.cookies.set(k, v);
      const reply = await client.post('/api/v1/organizations', { name: 'Forged', seats: 1 });
      expect(reply.status).toBe(403);
      expect(reply.body.error.code).toBe('ORIGIN_NOT_ALLOWED');
    }
    const signOut = await foreign.post('/api/auth/sign-out', {});
    expect(signOut.status).toBe(403);
    expect((await owner.client.get('/api/v1/organizations')).body.organizations).toEqual([]);
    // The same request from our own origin works.
    expect((await owner.client.post('/api/v1/organizations', { name: 'Real', seats: 1 })).status).toBe(201);
  });
});

describe('rate limits', () => {
  it('slows down link guessing per address, with the uniform error shape and Retry-After', async () => {
    const limited = await startTestServer({ RATE_LIMIT_PREVIEW_PER_MINUTE: '20' });
    try {
      const owner = await seedUser(limited.url);
      const org = await createOrganization(owner);
      const statuses: number[] = [];
      let last = await owner.client.get(`/api/v1/invites/${org.id}/AAAAAAAAAAAAAAAAAAAAAA`);
      for (let i = 0; i < 25; i++) {
        last = await owner.client.get(`/api/v1/invites/${org.id}/${`guess${i}`.padEnd(22, 'A')}`);
        statuses.push(last.status);
      }
      expect(statuses.slice(0, 19).every((s) => s === 404)).toBe(true);
      expect(statuses.slice(19).every((s) => s === 429)).toBe(true);
      expect(last.body.error.code).toBe('RATE_LIMITED');
      expect(last.body.error.message).toMatch(/try again in/);
      expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
      // Even the real link waits: a guesser learns nothing by trying it.
      expect((await owner.client.get(org.invitePath)).status).toBe(429);
    } finally {
      await limited.close();
    }
  });

  it('limits join attempts per signed-in user', async () => {
    const limited = await startTestServer({ RATE_LIMIT_JOIN_PER_USER_PER_MINUTE: '3' });
    try {
      const owner = await seedUser(limited.url);
      const org = await createOrganization(owner);
      const joiner = await seedUser(limited.url);
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await joiner.client.post(`${org.invitePath}/join`)).status);
      expect(statuses).toEqual([201, 409, 409, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('headers and errors', () => {
  it('sends helmet security headers', async () => {
    const reply = await fetch(new URL('/api/health', server.url));
    expect(reply.status).toBe(200);
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    expect(reply.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(reply.headers.get('strict-transport-security')).toContain('max-age');
  });

  it('answers unknown API routes with the error shape', async () => {
    const reply = await new Client(server.url).get('/api/v1/nothing-here');
    expect(reply.status).toBe(404);
    expect(reply.body.error).toEqual({
      code: 'NOT_FOUND',
      message: 'There is no GET /api/v1/nothing-here route.',
    });
  });

  it('publishes an OpenAPI document that lists every API route', async () => {
    const reply = await new Client(server.url).get('/api/docs');
    expect(reply.status).toBe(200);
    expect(reply.body.openapi).toMatch(/^3\./);
    const paths = Object.keys(reply.body.paths);
    for (const path of [
      '/api/v1/me',
      '/api/v1/organizations',
      '/api/v1/organizations/{orgId}',
      '/api/v1/organizations/{orgId}/members',
      '/api/v1/organizations/{orgId}/invite-link',
      '/api/v1/organizations/{orgId}/invite-link/regenerate',
      '/api/v1/invites/{orgId}/{token}',
      '/api/v1/invites/{orgId}/{token}/join',
      '/api/v1/users/{userId}/plus',
      '/api/v1/users/{userId}/entitlements',
    ]) {
      expect(paths).toContain(path);
    }
    const join = reply.body.paths['/api/v1/invites/{orgId}/{token}/join'].post;
    expect(Object.keys(join.responses)).toEqual(expect.arrayContaining(['201', '4XX']));
  });
});
