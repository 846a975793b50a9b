import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { operator, type SignedInUser } from './support/client.ts';
import { createOrganization, paths, type TestOrganization } from './support/factories.ts';
import { expectSeatInvariant } from './support/invariants.ts';
import { seedUser } from './support/seed.ts';
import { startTestServer, TEST_API_KEY, type TestServer } from './support/test-server.ts';
import { waitFor } from './support/wait.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterEach(async () => expectSeatInvariant(server.database.db));
afterAll(async () => server.close());

const join = (user: SignedInUser, org: { invitePath: string }) => user.client.post(`${org.invitePath}/join`);
const stateOf = async (user: SignedInUser, org: TestOrganization) =>
  (await user.client.get(org.invitePath)).body.viewer.state;

describe('invite preview', () => {
  it('shows the organization and free seats, never members or tokens, and is never cached', async () => {
    const owner = await seedUser(server.url, { name: 'Olive Owner' });
    const org = await createOrganization(owner, { name: 'Preview Co', seats: 4 });
    const anonymous = await fetch(new URL(org.invitePath, server.url));
    const body = await anonymous.json();

    expect(anonymous.status).toBe(200);
    expect(body).toEqual({
      organization: { id: org.id, name: 'Preview Co', image: null, description: '' },
      plusBenefits: [],
      seats: { total: 4, used: 1, available: 3 },
      viewer: { state: 'signed_out' },
      requiresApproval: false,
    });
    expect(anonymous.headers.get('cache-control')).toBe('no-store');
    expect(anonymous.headers.get('referrer-policy')).toBe('no-referrer');
    const raw = JSON.stringify(body);
    expect(raw).not.toContain('Olive');
    expect(raw).not.toContain(new URL(org.inviteUrl).pathname.split('/').at(-1));
  });

  it('tells each viewer what joining would do for them', async () => {
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner, { seats: 2 });
    const newcomer = await seedUser(server.url);
    const subscriber = await seedUser(server.url);
    await operator(server.url, TEST_API_KEY).put(`/api/v1/users/${subscriber.id}/plus`, { active: true });

    expect(await stateOf(owner, org)).toBe('already_member');
    expect(await stateOf(newcomer, org)).toBe('can_join');
    expect(await stateOf(subscriber, org)).toBe('joins_without_seat');

    expect((await join(newcomer, org)).body.seat).toBe('plus');
    expect(await stateOf(newcomer, org)).toBe('already_member');
    const latecomer = await seedUser(server.url);
    expect(await stateOf(latecomer, org)).toBe('no_seats');
    // Someone who brings their own Plus can still join a full organization.
    expect(await stateOf(subscriber, org)).toBe('joins_without_seat');
  });
});

describe('joining', () => {
  it('gives a seat and Plus at once, and shows in /me and the member list', async () => {
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner, { seats: 3 });
    const joiner = await seedUser(server.url, { name: 'Jo Joiner' });

    const joined = await join(joiner, org);
    expect(joined.status).toBe(201);
    expect(joined.body).toMatchObject({
      organizationId: org.id,
      userId: joiner.id,
      role: 'member',
      seat: 'plus',
    });
    expect((await joiner.client.get('/api/v1/me')).body.plus).toEqual({
      active: true,
      source: 'organization',
      organizationId: org.id,
    });
    const detail = await joiner.client.get(`/api/v1/organizations/${org.id}`);
    expect(detail.body.seats).toEqual({ total: 3, used: 2, available: 1 });
    expect(detail.body.viewer).toEqual({ role: 'member', seat: 'plus' });
    expect((await owner.client.get(`/api/v1/organizations/${org.id}/invite-link`)).body.joins).toBe(1);
  });

  it('lets a person with personal Plus join without taking a seat, even when the organization is full', async () => {
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner, { seats: 1 });
    const subscriber = await seedUser(server.url);
    await operator(server.url, TEST_API_KEY).put(`/api/v1/users/${subscriber.id}/plus`, { active: true });

    const joined = await join(subscriber, org);
    expect(joined.status).toBe(201);
    expect(joined.body.seat).toBe('none');
    expect((await subscriber.client.get('/api/v1/me')).body.plus.source).toBe('personal');
    expect((await owner.client.get(`/api/v1/organizations/${org.id}`)).body.seats.used).toBe(1);
  });

  it('refuses a join with no free seat, with the message the invite page shows, and writes nothing', async () => {
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner, { seats: 1 });
    const joiner = await seedUser(server.url);

    const refused = await join(joiner, org);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toEqual({
      code: 'NO_SEATS_AVAILABLE',
      message: 'No seats left — ask an admin of this organization to add seats.',
    });
    const members = await owner.client.get(`/api/v1/organizations/${org.id}/members`);
    expect(members.body.members).toHaveLength(1);
    expect((await owner.client.get(`/api/v1/organizations/${org.id}/invite-link`)).body.joins).toBe(0);
  });

  it('asks a signed-out person to sign in', async () => {
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner);
    const reply = await fetch(new URL(`${org.invitePath}/join`, server.url), { method: 'POST' });
    expect(reply.status).toBe(401);
    expect((await reply.json()).error.code).toBe('UNAUTHENTICATED');
  });
});

describe('regenerating the link', () => {
  it('kills the old link at once for preview and join, and the new one works', async () => {
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner);
    const early = await seedUser(server.url);
    expect((await join(early, org)).status).toBe(201);

    const regenerated = await owner.client.post(`/api/v1/organizations/${org.id}/invite-link/regenerate`);
    expect(regenerated.status).toBe(200);
    expect(regenerated.body.url).not.toBe(org.inviteUrl);
    expect(regenerated.body.joins).toBe(0);

    const late = await seedUser(server.url);
    const oldPreview = await late.client.get(org.invitePath);
    expect(oldPreview.status).toBe(404);
    expect(oldPreview.body.error.code).toBe('INVITE_INVALID');
    const oldJoin = await join(late, org);
    expect(oldJoin.status).toBe(404);
    expect(oldJoin.body.error.code).toBe('INVITE_INVALID');

    const fresh = paths(regenerated.body.url);
    expect((await late.client.get(fresh.invitePath)).body.viewer.state).toBe('can_join');
    expect((await join(late, fresh)).status).toBe(201);
    // The link read afterwards is the new one, not a third.
    expect((await owner.client.get(`/api/v1/organizations/${org.id}/invite-link`)).body.url).toBe(
      regenerated.body.url,
    );
  });
});

describe('link settings', () => {
  it('pausing stops the link and unpausing brings the same link back', async () => {
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner);
    const joiner = await seedUser(server.url);
    const settings = `/api/v1/organizations/${org.id}/invite-link`;

    expect((await owner.client.patch(settings, { paused: true })).body.paused).toBe(true);
    expect((await join(joiner, org)).body.error.code).toBe('INVITE_INVALID');
    expect((await owner.client.patch(settings, { paused: false })).body.url).toBe(org.inviteUrl);
    expect((await join(joiner, org)).status).toBe(201);
  });

  it('an expiry ends the link when it passes; a past expiry is refused', async () => {
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner);
    const settings = `/api/v1/organizations/${org.id}/invite-link`;

    const past = await owner.client.patch(settings, {
      expiresAt: new Date(Date.now() - 60_000).toISOString(),
    });
    expect(past.status).toBe(400);
    expect(past.body.error.message).toMatch(/future/);

    // Seconds of margin, so a slow machine still sees the link before its expiry.
    const soon = new Date(Date.now() + 3_000).toISOString();
    expect((await owner.client.patch(settings, { expiresAt: soon })).body.expiresAt).toBe(soon);
    expect((await fetch(new URL(org.invitePath, server.url))).status).toBe(200);
    // Polled: the link turns away at its expiry, and not a moment before.
    await waitFor(async () => (await fetch(new URL(org.invitePath, server.url))).status === 404, {
      what: 'the link to expire',
    });
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(soon));

    expect((await owner.client.patch(settings, { expiresAt: null })).body.expiresAt).toBeNull();
    expect((await fetch(new URL(org.invitePath, server.url))).status).toBe(200);
  });

  it('allowed domains admit only verified addresses at those domains', async () => {
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner);
    const settings = `/api/v1/organizations/${org.id}/invite-link`;
    const updated = await owner.client.patch(settings, { allowedDomains: ['Acme.example', 'acme.example'] });
    expect(updated.body.allowedDomains).toEqual(['acme.example']);

    const outsider = await seedUser(server.url, { email: `out-${Date.now()}@other.example` });
    expect(await stateOf(outsider, org)).toBe('email_domain_not_allowed');
    const refused = await join(outsider, org);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('EMAIL_DOMAIN_NOT_ALLOWED');
    expect(refused.body.error.message).toContain('acme.example');

    const insider = await seedUser(server.url, { email: `in-${Date.now()}@acme.example` });
    expect(await stateOf(insider, org)).toBe('email_not_verified');
    expect((await join(insider, org)).body.error.code).toBe('EMAIL_NOT_VERIFIED');

    // Verification mail arrives with the notification system; until then, mark it as done.
    await server.database.db.execute(sql`UPDATE "user" SET email_verified = true WHERE id = ${insider.id}`);
    expect(await stateOf(insider, org)).toBe('can_join');
    expect((await join(insider, org)).status).toBe(201);
  });

  it('a maximum of joins stops the link at its limit with the same answer as a closed link, until it is lifted or the link is reset', async () => {
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner, { seats: 10 });
    const settings = `/api/v1/organizations/${org.id}/invite-link`;
    const [first, second, third] = await Promise.all([1, 2, 3].map(() => seedUser(server.url)));
    expect((await join(first!, org)).status).toBe(201);

    for (const [maxJoins, words] of [
      [0, 'at least 1'],
      [-3, 'at least 1'],
      [1.5, 'whole number'],
    ] as const) {
      const refused = await owner.client.patch(settings, { maxJoins });
      expect(refused.status, String(maxJoins)).toBe(400);
      expect(refused.body.error.message).toContain(words);
    }
    const set = await owner.client.patch(settings, { maxJoins: 2 });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ joins: 1, maxJoins: 2 });

    // The preview was cached before the limit was reached: the last join tells every cache.
    expect(await stateOf(second!, org)).toBe('can_join');
    expect((await join(second!, org)).status).toBe(201);
    const closed = await join(third!, org);
    expect(closed.status).toBe(404);
    expect(closed.body.error.code).toBe('INVITE_INVALID');
    await waitFor(async () => (await fetch(new URL(org.invitePath, server.url))).status === 404, {
      what: 'the preview closed at the limit',
    });

    // Lower than the joins made: refused, and nothing changed.
    const lower = await owner.client.patch(settings, { maxJoins: 1 });
    expect(lower.status).toBe(400);
    expect(lower.body.error.message).toContain('lower than the 2 joins');
    expect((await owner.client.get(settings)).body).toMatchObject({ joins: 2, maxJoins: 2 });

    // No limit again: the same link works.
    expect((await owner.client.patch(settings, { maxJoins: null })).body.maxJoins).toBeNull();
    expect((await join(third!, org)).status).toBe(201);

    // At its limit again, then reset: the new link starts counting from none.
    expect((await owner.client.patch(settings, { maxJoins: 3 })).status).toBe(200);
    const reset = await owner.client.post(`${settings}/regenerate`);
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({ joins: 0, maxJoins: 3 });
    const fourth = await seedUser(server.url);
    expect((await join(fourth, paths(reset.body.url))).status).toBe(201);
  });

  it('rejects malformed settings with a message naming the field', async () => {
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner);
    const settings = `/api/v1/organizations/${org.id}/invite-link`;
    const cases = [
      { body: { allowedDomains: ['not a domain'] }, field: 'allowedDomains' },
      { body: { expiresAt: 'tomorrow' }, field: 'expiresAt' },
      { body: { paused: 'yes' }, field: 'paused' },
      { body: { version: 7 }, field: 'version' },
    ];
    for (const { body, field } of cases) {
      const reply = await owner.client.patch(settings, body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.body.error.code).toBe('VALIDATION_FAILED');
      expect(reply.body.error.message).toContain(field);
    }
    const link = await owner.client.get(settings);
    expect(link.body).toMatchObject({ paused: false, expiresAt: null, allowedDomains: [] });
  });
});

describe('a bad link reveals nothing', () => {
  it('answers reset, paused, foreign, made-up and malformed links with identical bytes', async () => {
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner);
    const other = await createOrganization(owner, { name: 'Other' });
    const token = org.invitePath.split('/').at(-1)!;
    const otherToken = other.invitePath.split('/').at(-1)!;
    const paused = await createOrganization(owner, { name: 'Paused' });
    await owner.client.patch(`/api/v1/organizations/${paused.id}/invite-link`, { paused: true });
    const reset = await createOrganization(owner, { name: 'Reset' });
    await owner.client.post(`/api/v1/organizations/${reset.id}/invite-link/regenerate`);

    const bad = [
      reset.invitePath,
      paused.invitePath,
      `/api/v1/invites/${org.id}/${otherToken}`,
      `/api/v1/invites/${other.id}/${token}`,
      `/api/v1/invites/${org.id}/AAAAAAAAAAAAAAAAAAAAAA`,
      `/api/v1/invites/00000000-0000-4000-8000-000000000000/${token}`,
      `/api/v1/invites/not-a-uuid/${token}`,
      `/api/v1/invites/${org.id}/short`,
      `/api/v1/invites/${org.id}/${'x'.repeat(150)}`,
      `/api/v1/invites/${org.id}/${encodeURIComponent("' OR 1=1 --")}`,
    ];
    const bodies = new Set<string>();
    for (const path of bad) {
      const reply = await owner.client.get(path);
      expect(reply.status, path).toBe(404);
      bodies.add(reply.text);
    }
    expect(bodies.size).toBe(1);
    expect(JSON.parse([...bodies][0]!).error.code).toBe('INVITE_INVALID');
  });
});
