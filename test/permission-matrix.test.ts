import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load-config.ts';
import { can } from '../src/contracts/permissions.ts';
import { type RouteKey, type RouteRule, routePermissions } from '../src/contracts/route-permissions.ts';
import { buildApp } from '../src/server/app.ts';
import { Client, operator, type Reply, type SignedInUser } from './support/client.ts';
import { checkSeatInvariantAfterEach } from './support/invariants.ts';
import { DEFAULT_PASSWORD, seedUser } from './support/seed.ts';
import { createTeam, join, type Team } from './support/team.ts';
import { startTestServer, TEST_API_KEY, type TestServer } from './support/test-server.ts';

/**
 * Every /api/v1 route × owner, admin, member, non-member and signed-out, with the expected
 * status derived from src/contracts/route-permissions.ts and the permission map. A route
 * without a rule fails the first test; a rule without a driver below fails to compile.
 */
const everyone = ['owner', 'admin', 'member', 'nonMember', 'signedOut'] as const;
type Who = (typeof everyone)[number];

type World = { team: Team; target: SignedInUser; imageUrl: string; avatarUrl: string };
type Driver = {
  /** Success changes the organization, so each successful call gets a fresh one. */
  mutates?: boolean;
  /** The status meaning "allowed" (default 200), per caller where it differs. */
  ok?: number | Partial<Record<Who, number>>;
  call(world: World, client: Client): Promise<Reply>;
};

const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const org = (w: World) => `/api/v1/organizations/${w.team.org.id}`;
const noSuchId = '00000000-0000-4000-8000-000000000000';

/** For event streams, whose body never ends: the status, then hang up. */
async function peek(client: Client, path: string): Promise<Reply> {
  const abort = new AbortController();
  const cookie = client.cookieHeader();
  const response = await fetch(new URL(path, client.baseUrl), {
    headers: cookie ? { cookie } : {},
    signal: abort.signal,
  });
  const streaming = response.headers.get('content-type')?.includes('text/event-stream');
  const text = streaming ? '' : await response.text();
  abort.abort();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers, text };
}

const drivers = {
  'GET /api/v1/me': { call: (_w, c) => c.get('/api/v1/me') },
  'PATCH /api/v1/me': { call: (_w, c) => c.patch('/api/v1/me', { image: null }) },
  // A wrong password refuses every caller before anything else is looked at.
  'DELETE /api/v1/me': { ok: 403, call: (_w, c) => c.delete('/api/v1/me', { password: 'not the password' }) },
  'PUT /api/v1/me/image': {
    call: (_w, c) => c.put('/api/v1/me/image', png, { 'content-type': 'image/png' }),
  },
  'GET /api/v1/user-images/:userId/:hash': { call: (w, c) => c.get(w.avatarUrl) },
  'POST /api/v1/me/email-verification': {
    ok: 202,
    call: (_w, c) => c.post('/api/v1/me/email-verification', {}),
  },
  // Everyone asks for the target's address, which is taken.
  'POST /api/v1/me/email': {
    ok: 409,
    call: (w, c) => c.post('/api/v1/me/email', { newEmail: w.target.email, password: DEFAULT_PASSWORD }),
  },
  'POST /api/v1/me/password': {
    ok: 403,
    call: (_w, c) =>
      c.post('/api/v1/me/password', { currentPassword: 'not the password', newPassword: 'a new password' }),
  },
  'GET /api/v1/me/sessions': { call: (_w, c) => c.get('/api/v1/me/sessions') },
  'POST /api/v1/me/sessions/sign-out-others': {
    call: (_w, c) => c.post('/api/v1/me/sessions/sign-out-others'),
  },
  'POST /api/v1/email-verification': {
    ok: 400,
    call: (_w, c) => c.post('/api/v1/email-verification', { token: 'forged' }),
  },
  'POST /api/v1/password-reset': {
    ok: 202,
    call: (_w, c) => c.post('/api/v1/password-reset', { email: 'nobody@example.com' }),
  },
  'POST /api/v1/password-reset/complete': {
    ok: 400,
    call: (_w, c) =>
      c.post('/api/v1/password-reset/complete', { token: 'forged', newPassword: 'a new password' }),
  },
  'GET /api/v1/organizations': { call: (_w, c) => c.get('/api/v1/organizations') },
  'POST /api/v1/organizations': {
    ok: 201,
    call: (_w, c) => c.post('/api/v1/organizations', { name: 'M', seats: 1 }),
  },
  'GET /api/v1/organizations/:orgId': { call: (w, c) => c.get(org(w)) },
  'PATCH /api/v1/organizations/:orgId': {
    mutates: true,
    call: (w, c) => c.patch(org(w), { name: 'Renamed' }),
  },
  'DELETE /api/v1/organizations/:orgId': {
    mutates: true,
    ok: 204,
    call: (w, c) => c.delete(org(w), { confirmName: w.team.org.name }),
  },
  'PUT /api/v1/organizations/:orgId/image': {
    mutates: true,
    call: (w, c) => c.put(`${org(w)}/image`, png, { 'content-type': 'image/png' }),
  },
  'GET /api/v1/organization-images/:orgId/:hash': { call: (w, c) => c.get(w.imageUrl) },
  'POST /api/v1/organizations/:orgId/transfer-ownership': {
    mutates: true,
    call: (w, c) => c.post(`${org(w)}/transfer-ownership`, { userId: w.target.id }),
  },
  'GET /api/v1/organizations/:orgId/members': { call: (w, c) => c.get(`${org(w)}/members`) },
  'PATCH /api/v1/organizations/:orgId/members/:userId': {
    mutates: true,
    call: (w, c) => c.patch(w.team.memberPath(w.target), { role: 'admin' }),
  },
  'DELETE /api/v1/organizations/:orgId/members/:userId': {
    mutates: true,
    ok: 204,
    call: (w, c) => c.delete(w.team.memberPath(w.target)),
  },
  'POST /api/v1/organizations/:orgId/members/bulk': {
    mutates: true,
    call: (w, c) =>
      c.post(`${org(w)}/members/bulk`, { action: 'set_role', userIds: [w.target.id], role: 'admin' }),
  },
  'GET /api/v1/organizations/:orgId/members.csv': { call: (w, c) => c.get(`${org(w)}/members.csv`) },
  'GET /api/v1/organizations/:orgId/seats/restorable': {
    call: (w, c) => c.get(`${org(w)}/seats/restorable`),
  },
  // Nothing to give back in this world: a 409 for those allowed, the rule still decides the rest.
  'POST /api/v1/organizations/:orgId/seats/restore': {
    mutates: true,
    ok: 409,
    call: (w, c) => c.post(`${org(w)}/seats/restore`),
  },
  'POST /api/v1/organizations/:orgId/leave': {
    mutates: true,
    ok: { owner: 409, admin: 204, member: 204 },
    call: (w, c) => c.post(`${org(w)}/leave`),
  },
  'GET /api/v1/organizations/:orgId/audit-log': { call: (w, c) => c.get(`${org(w)}/audit-log`) },
  'GET /api/v1/organizations/:orgId/audit-log.csv': { call: (w, c) => c.get(`${org(w)}/audit-log.csv`) },
  'GET /api/v1/organizations/:orgId/invite-link': { call: (w, c) => c.get(`${org(w)}/invite-link`) },
  'GET /api/v1/organizations/:orgId/invite-link/insights': {
    call: (w, c) => c.get(`${org(w)}/invite-link/insights`),
  },
  'PATCH /api/v1/organizations/:orgId/invite-link': {
    mutates: true,
    call: (w, c) => c.patch(`${org(w)}/invite-link`, { paused: false }),
  },
  'POST /api/v1/organizations/:orgId/invite-link/regenerate': {
    mutates: true,
    call: (w, c) => c.post(`${org(w)}/invite-link/regenerate`),
  },
  'GET /api/v1/organizations/:orgId/invitations': { call: (w, c) => c.get(`${org(w)}/invitations`) },
  'GET /api/v1/organizations/:orgId/invitations.csv': { call: (w, c) => c.get(`${org(w)}/invitations.csv`) },
  'POST /api/v1/organizations/:orgId/invitations': {
    mutates: true,
    ok: 201,
    call: (w, c) => c.post(`${org(w)}/invitations`, { addresses: 'matrix@example.com' }),
  },
  'POST /api/v1/organizations/:orgId/invitations/preview': {
    call: (w, c) => c.post(`${org(w)}/invitations/preview`, { addresses: 'matrix@example.com' }),
  },
  'POST /api/v1/organizations/:orgId/invitations/resend': {
    ok: 404,
    call: (w, c) => c.post(`${org(w)}/invitations/resend`, { ids: [noSuchId] }),
  },
  'DELETE /api/v1/organizations/:orgId/invitations/:invitationId': {
    ok: 404,
    call: (w, c) => c.delete(`${org(w)}/invitations/${noSuchId}`),
  },
  'GET /api/v1/invites/:orgId/:token': { call: (w, c) => c.get(w.team.org.invitePath) },
  'GET /api/v1/identity-providers': { call: (_w, c) => c.get('/api/v1/identity-providers') },
  'POST /api/v1/invites/:orgId/:token/join': {
    mutates: true,
    // Existing members are told they already are; everyone else signed in may join.
    ok: { owner: 409, admin: 409, member: 409, nonMember: 201 },
    call: (w, c) => c.post(`${w.team.org.invitePath}/join`),
  },
  'GET /api/v1/notifications': { call: (_w, c) => c.get('/api/v1/notifications') },
  'GET /api/v1/notifications/unread-count': { call: (_w, c) => c.get('/api/v1/notifications/unread-count') },
  'POST /api/v1/notifications/read': { call: (_w, c) => c.post('/api/v1/notifications/read', { all: true }) },
  'GET /api/v1/me/notification-preferences': {
    call: (_w, c) => c.get('/api/v1/me/notification-preferences'),
  },
  'PUT /api/v1/me/notification-preferences': {
    call: (_w, c) => c.put('/api/v1/me/notification-preferences', { welcome: { email: true } }),
  },
  // A bad token gets the same answer whoever asks: the session plays no part.
  'GET /api/v1/unsubscribe': { ok: 404, call: (_w, c) => c.get('/api/v1/unsubscribe?token=forged') },
  'POST /api/v1/unsubscribe': { ok: 404, call: (_w, c) => c.post('/api/v1/unsubscribe?token=forged') },
  'GET /api/v1/notifications/stream': { call: (_w, c) => peek(c, '/api/v1/notifications/stream') },
  'GET /api/v1/invites/:orgId/:token/stream': { call: (w, c) => peek(c, `${w.team.org.invitePath}/stream`) },
  // Subscribed to seats.changed, which only the billing drivers below emit, so few deliveries queue.
  'POST /api/v1/webhooks': {
    ok: 201,
    call: (_w, c) =>
      c.post('/api/v1/webhooks', { url: 'https://hooks.example/x', eventTypes: ['seats.changed'] }),
  },
  'GET /api/v1/webhooks': { call: (_w, c) => c.get('/api/v1/webhooks') },
  'DELETE /api/v1/webhooks/:webhookId': {
    ok: 404,
    call: (_w, c) => c.delete(`/api/v1/webhooks/${noSuchId}`),
  },
  'GET /api/v1/admin/outbox': { call: (_w, c) => c.get('/api/v1/admin/outbox') },
  'POST /api/v1/admin/outbox/:outboxId/retry': {
    ok: 404,
    call: (_w, c) => c.post(`/api/v1/admin/outbox/${noSuchId}/retry`),
  },
  'PUT /api/v1/users/:userId/plus': {
    call: (w, c) => c.put(`/api/v1/users/${w.target.id}/plus`, { active: false }),
  },
  'GET /api/v1/users/:userId/entitlements': {
    call: (w, c) => c.get(`/api/v1/users/${w.target.id}/entitlements`),
  },
  'GET /api/v1/organizations/:orgId/billing': { call: (w, c) => c.get(`${org(w)}/billing`) },
  'POST /api/v1/organizations/:orgId/billing/seats/preview': {
    call: (w, c) => c.post(`${org(w)}/billing/seats/preview`, { seats: 20 }),
  },
  'PUT /api/v1/organizations/:orgId/billing/seats': {
    mutates: true,
    call: (w, c) => c.put(`${org(w)}/billing/seats`, { seats: 20 }),
  },
  // This server bills nothing (no STRIPE_SECRET_KEY): whoever may use a payment route is told
  // BILLING_NOT_CONFIGURED (404); test/stripe-*.test.ts run them against a Stripe double.
  'POST /api/v1/organizations/:orgId/billing/portal': {
    ok: 404,
    call: (w, c) => c.post(`${org(w)}/billing/portal`),
  },
  'POST /api/v1/organizations/:orgId/billing/checkout': {
    ok: 404,
    call: (w, c) => c.post(`${org(w)}/billing/checkout`, { seats: 3 }),
  },
  'GET /api/v1/billing': { call: (_w, c) => c.get('/api/v1/billing') },
  'POST /api/v1/billing/checkout': {
    ok: 404,
    call: (_w, c) => c.post('/api/v1/billing/checkout', { name: 'Paid', seats: 2 }),
  },
  'GET /api/v1/billing/checkout/:checkoutId': {
    ok: 404,
    call: (_w, c) => c.get(`/api/v1/billing/checkout/${noSuchId}`),
  },
  'POST /api/v1/billing/stripe/webhook': {
    ok: 404,
    call: (_w, c) => c.post('/api/v1/billing/stripe/webhook', { id: 'evt_1', type: 'ping' }),
  },
  'GET /api/v1/admin/billing/reconciliation': {
    call: (_w, c) => c.get('/api/v1/admin/billing/reconciliation'),
  },
  'POST /api/v1/admin/billing/reconcile': {
    ok: 404,
    call: (_w, c) => c.post('/api/v1/admin/billing/reconcile'),
  },
  // Members are members already, and the outsider holds Plus through the organization the
  // join driver let them into: nobody here needs a seat (test/seat-requests.test.ts has the rest).
  'POST /api/v1/invites/:orgId/:token/seat-request': {
    ok: 409,
    call: (w, c) => c.post(`${w.team.org.invitePath}/seat-request`),
  },
  // Any signed-in person may withdraw; with nothing pending the answer is 404, not 401.
  'DELETE /api/v1/invites/:orgId/:token/seat-request': {
    ok: 404,
    call: (w, c) => c.delete(`${w.team.org.invitePath}/seat-request`),
  },
  'GET /api/v1/organizations/:orgId/seat-requests': { call: (w, c) => c.get(`${org(w)}/seat-requests`) },
  'POST /api/v1/organizations/:orgId/seat-requests/:requestId/admit': {
    ok: 404,
    call: (w, c) => c.post(`${org(w)}/seat-requests/${noSuchId}/admit`),
  },
  'POST /api/v1/organizations/:orgId/seat-requests/:requestId/decline': {
    ok: 404,
    call: (w, c) => c.post(`${org(w)}/seat-requests/${noSuchId}/decline`),
  },
} satisfies Record<RouteKey, Driver>;

function okStatus(driver: Driver, who: Who | 'operator'): number {
  if (typeof driver.ok === 'number') return driver.ok;
  return (who !== 'operator' && driver.ok?.[who]) || 200;
}

function expectedStatus(rule: RouteRule, driver: Driver, who: Who): number {
  if (rule === 'public' || rule === 'token') return okStatus(driver, who);
  if (rule === 'operator') return 401;
  if (who === 'signedOut') return 401;
  if (rule === 'signedIn') return okStatus(driver, who);
  if (who === 'nonMember') return 404;
  if (rule === 'member') return okStatus(driver, who);
  return can(who, rule.resource, rule.action) ? okStatus(driver, who) : 403;
}

let server: TestServer;
let people: Record<'owner' | 'admin' | 'member' | 'target' | 'outsider', SignedInUser>;
let shared: World;

async function newWorld(): Promise<World> {
  const team = await createTeam(server.url, people);
  await join(people.target, team.org);
  const uploaded = await team.owner.client.put(`/api/v1/organizations/${team.org.id}/image`, png, {
    'content-type': 'image/png',
  });
  const avatar = await people.target.client.put('/api/v1/me/image', png, { 'content-type': 'image/png' });
  return { team, target: people.target, imageUrl: uploaded.body.image, avatarUrl: avatar.body.user.image };
}

function clientFor(who: Who): Client {
  if (who === 'signedOut') return new Client(server.url);
  return people[who === 'nonMember' ? 'outsider' : who].client;
}

beforeAll(async () => {
  server = await startTestServer();
  const [owner, admin, member, target, outsider] = await Promise.all(
    ['Olive Owner', 'Adam Admin', 'Mia Member', 'Tess Target', 'Otto Outsider'].map((name) =>
      seedUser(server.url, { name }),
    ),
  );
  people = { owner: owner!, admin: admin!, member: member!, target: target!, outsider: outsider! };
  shared = await newWorld();
});
afterAll(async () => {
  await server.close();
});
checkSeatInvariantAfterEach(() => server?.database.db);

describe('permission matrix', () => {
  it('every /api/v1 route has a rule in src/contracts/route-permissions.ts, and every rule a route', async () => {
    const found = new Set<string>();
    const config = loadConfig({
      NODE_ENV: 'test',
      SECRET: randomBytes(32).toString('hex'),
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'roster-routes-')),
    });
    const app = await buildApp({
      config,
      db: server.database.db,
      onRoute: (route) => {
        for (const method of [route.method].flat()) {
          if (method !== 'HEAD' && route.url.startsWith('/api/v1/')) found.add(`${method} ${route.url}`);
        }
      },
    });
    await app.ready();
    await app.close();
    const rules = Object.keys(routePermissions);
    expect(
      [...found].filter((key) => !rules.includes(key)),
      'routes without a rule',
    ).toEqual([]);
    expect(
      rules.filter((key) => !found.has(key)),
      'rules without a route',
    ).toEqual([]);
  });

  for (const [key, rule] of Object.entries(routePermissions) as [RouteKey, RouteRule][]) {
    const driver: Driver = drivers[key];
    it(`${key}: ${typeof rule === 'string' ? rule : `${rule.resource}.${rule.action}`}`, async () => {
      const got: Record<string, number> = {};
      const want: Record<string, number> = {};
      for (const who of everyone) {
        want[who] = expectedStatus(rule, driver, who);
        const world = driver.mutates && want[who] < 300 ? await newWorld() : shared;
        const reply = await driver.call(world, clientFor(who));
        got[who] = reply.status;
        if (reply.status >= 400 && reply.status !== want[who]) got[`${who} says`] = reply.text as never;
      }
      if (rule === 'operator') {
        want.operator = okStatus(driver, 'operator');
        got.operator = (await driver.call(shared, operator(server.url, TEST_API_KEY))).status;
      }
      expect(got).toEqual(want);
    });
  }
});
