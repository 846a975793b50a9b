import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkInsights, LinkVersionInsights } from '../src/contracts/link-insights.ts';
import { schema } from '../src/db/client.ts';
import { Client, type SignedInUser } from './support/client.ts';
import { createOrganization, paths, type TestOrganization } from './support/factories.ts';
import { seedUser } from './support/seed.ts';
import { createTeam, join } from './support/team.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';
import { waitFor } from './support/wait.ts';

// Link insights (issue 16 item 3, decision 0031): per link version, opened (distinct
// people), signed up from the link, joined and turned away by reason — counted after the
// answer, never changing what the invitee is told.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

type Version = LinkVersionInsights;

const insightsOf = async (owner: SignedInUser, org: TestOrganization) => {
  const reply = await owner.client.get(`/api/v1/organizations/${org.id}/invite-link/insights`);
  expect(reply.status, reply.text).toBe(200);
  return reply.body as LinkInsights;
};

/** Waits until the gathered counts of `version` say what `done` wants, then returns them. */
const waitForVersion = (
  owner: SignedInUser,
  org: TestOrganization,
  version: number,
  done: (v: Version) => boolean,
  what: string,
) =>
  waitFor(
    async () => {
      const found = (await insightsOf(owner, org)).versions.find((v) => v.version === version);
      return found && done(found) ? found : undefined;
    },
    { what },
  );

const none = {
  noSeats: 0,
  emailDomain: 0,
  emailNotVerified: 0,
  limitReached: 0,
  paused: 0,
  expired: 0,
  reset: 0,
};
const today = () => new Date().toISOString().slice(0, 10);

describe('link insights', () => {
  it('counts distinct people who opened, signed-out opens once per address, sign-ups from the link and joins', async () => {
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner, { name: 'Open House', seats: 10 });
    const fresh = await insightsOf(owner, org);
    expect(fresh.currentVersion).toBe(1);
    expect(fresh.versions).toEqual([
      {
        version: 1,
        current: true,
        startedAt: null,
        opened: { people: 0, signedOut: 0 },
        signedUp: 0,
        joined: 0,
        turnedAway: none,
        days: [],
      },
    ]);

    const anonymous = new Client(server.url);
    for (let i = 0; i < 3; i++) expect((await anonymous.get(org.invitePath)).status).toBe(200);
    const [ada, ben, old] = await Promise.all([
      seedUser(server.url),
      seedUser(server.url),
      seedUser(server.url),
    ]);
    for (let i = 0; i < 3; i++) expect((await ada.client.get(org.invitePath)).status).toBe(200);
    expect((await ben.client.get(org.invitePath)).status).toBe(200);
    // The owner looking at their own link is not an invitee opening it.
    expect((await owner.client.get(org.invitePath)).status).toBe(200);
    // Back from sign-up: counted for a new account, twice still once; an old account's flag is ignored.
    await server.database.db
      .update(schema.user)
      .set({ createdAt: new Date(Date.now() - 3 * 86_400_000) })
      .where(eq(schema.user.id, old.id));
    const fromSignUp = `${org.invitePath}?from=sign-up`;
    const answered = await ada.client.get(fromSignUp);
    expect(answered.status).toBe(200);
    // The invitee is told exactly what they would be told without the flag.
    expect(answered.body).toEqual((await ada.client.get(org.invitePath)).body);
    expect((await ada.client.get(fromSignUp)).status).toBe(200);
    expect((await old.client.get(fromSignUp)).status).toBe(200);
    // A bad flag is no error either.
    expect((await ben.client.get(`${org.invitePath}?from=%00junk`)).status).toBe(200);
    await join(ada, org);

    const v1 = await waitForVersion(
      owner,
      org,
      1,
      (v) => v.opened.people === 3 && v.joined === 1 && v.signedUp === 1 && v.opened.signedOut === 1,
      'the opens, sign-up and join of version 1',
    );
    expect(v1).toMatchObject({
      current: true,
      opened: { people: 3, signedOut: 1 },
      signedUp: 1,
      joined: 1,
      turnedAway: none,
    });
    // Remembered in memory: many previews of one person were one row written once, not a write each.
    const written = await server.database.db
      .select()
      .from(schema.inviteLinkActivity)
      .where(eq(schema.inviteLinkActivity.organizationId, org.id));
    expect(written.find((r) => r.subject === ada.id && r.kind === 'opened')?.count).toBe(1);
    expect(written.find((r) => r.kind === 'opened_signed_out')).toMatchObject({ subject: '', count: 1 });
    expect(v1.days).toEqual([
      { day: today(), opened: 3, openedSignedOut: 1, signedUp: 1, joined: 1, turnedAway: 0 },
    ]);
  });

  it('counts each reason people were turned away, and a reset starts a new version while the old token counts as reset', async () => {
    const owner = await seedUser(server.url);
    // The owner holds the one seat: nobody else can take one.
    const org = await createOrganization(owner, { name: 'Turned Away', seats: 1 });
    const link = `/api/v1/organizations/${org.id}/invite-link`;
    const person = () => seedUser(server.url);
    const [noSeat, tried, wrongDomain, paused, expired, full, afterReset, stranger] = await Promise.all([
      person(),
      person(),
      person(),
      person(),
      person(),
      person(),
      person(),
      person(),
    ]);
    // Seen in the preview (Join is not offered), and refused by the join itself: each counts once.
    expect((await noSeat.client.get(org.invitePath)).body.viewer.state).toBe('no_seats');
    for (let i = 0; i < 2; i++) expect((await tried.client.post(`${org.invitePath}/join`)).status).toBe(409);
    expect((await noSeat.client.post(`${org.invitePath}/join`)).status).toBe(409);

    // A made-up token counts nothing, whoever sends it; its answer is the closed-link answer.
    const madeUp = await stranger.client.get(`/api/v1/invites/${org.id}/AAAAAAAAAAAAAAAAAAAAAA`);
    expect(madeUp.status).toBe(404);
    const closed = madeUp.body;

    expect((await owner.client.patch(link, { allowedDomains: ['elsewhere.test'] })).status).toBe(200);
    expect((await wrongDomain.client.get(org.invitePath)).body.viewer.state).toBe('email_domain_not_allowed');
    expect((await owner.client.patch(link, { allowedDomains: [], paused: true })).status).toBe(200);
    const pausedReply = await paused.client.get(org.invitePath);
    expect(pausedReply.status).toBe(404);
    expect(pausedReply.body).toEqual(closed);
    expect((await paused.client.post(`${org.invitePath}/join`)).body).toEqual(closed);

    expect((await owner.client.patch(link, { paused: false })).status).toBe(200);
    // Written behind the server's back, so its cache may serve the old state for up to a
    // second: a signed-out look (which counts no one) waits until the link is closed.
    const look = new Client(server.url);
    const closedNow = (what: string) =>
      waitFor(async () => (await look.get(org.invitePath)).status === 404, { what });
    await server.database.db
      .update(schema.inviteLink)
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where(eq(schema.inviteLink.organizationId, org.id));
    await closedNow('the expired link to close');
    expect((await expired.client.get(org.invitePath)).body).toEqual(closed);

    // Through the API, which drops the cached link at once; then full behind its back.
    expect((await owner.client.patch(link, { expiresAt: null })).status).toBe(200);
    expect((await look.get(org.invitePath)).status).toBe(200);
    await server.database.db
      .update(schema.inviteLink)
      .set({ maxJoins: 1, joins: 1 })
      .where(eq(schema.inviteLink.organizationId, org.id));
    await closedNow('the full link to close');
    expect((await full.client.get(org.invitePath)).body).toEqual(closed);

    const v1 = await waitForVersion(
      owner,
      org,
      1,
      (v) => v.turnedAway.limitReached === 1 && v.turnedAway.expired === 1 && v.turnedAway.paused === 1,
      'the refusals of version 1',
    );
    expect(v1.turnedAway).toEqual({
      ...none,
      noSeats: 2,
      emailDomain: 1,
      paused: 1,
      expired: 1,
      limitReached: 1,
    });
    expect(v1.days.map((d) => d.turnedAway)).toEqual([6]);

    // The reset: a new version, empty; the old token now answers as any closed link does.
    const reset = await owner.client.post(`${link}/regenerate`);
    expect(reset.status).toBe(200);
    const fresh: TestOrganization = { ...org, ...paths(reset.body.url) };
    const oldReply = await afterReset.client.get(org.invitePath);
    expect(oldReply.status).toBe(404);
    expect(oldReply.body).toEqual(closed);
    expect((await owner.client.patch(link, { maxJoins: null })).status).toBe(200);
    await server.database.db
      .update(schema.organization)
      .set({ seats: 2 })
      .where(eq(schema.organization.id, org.id));
    await waitFor(
      async () => (await afterReset.client.get(fresh.invitePath)).body.viewer?.state === 'can_join',
      {
        what: 'the new seat to show',
      },
    );
    await join(afterReset, fresh);

    const v2 = await waitForVersion(
      owner,
      org,
      2,
      (v) => v.joined === 1 && v.opened.people === 1,
      'the join through version 2',
    );
    expect(v2).toMatchObject({
      current: true,
      joined: 1,
      opened: { people: 1, signedOut: 0 },
      turnedAway: none,
    });
    expect(v2.startedAt).toEqual(expect.any(String));
    const after = await waitForVersion(owner, org, 1, (v) => v.turnedAway.reset === 1, 'the reset refusal');
    expect(after).toMatchObject({ current: false, joined: 0 });
    expect(after.turnedAway).toEqual({
      ...none,
      noSeats: 2,
      emailDomain: 1,
      paused: 1,
      expired: 1,
      limitReached: 1,
      reset: 1,
    });
    // The current version comes first.
    expect((await insightsOf(owner, org)).versions.map((v) => v.version)).toEqual([2, 1]);
  });

  it('are for owners and admins only: a member is refused, a non-member and a stranger learn nothing', async () => {
    const team = await createTeam(server.url);
    const path = `/api/v1/organizations/${team.org.id}/invite-link/insights`;
    expect((await team.admin.client.get(path)).status).toBe(200);
    const member = await team.member.client.get(path);
    expect(member.status).toBe(403);
    expect(member.body.error.code).toBe('FORBIDDEN');
    const outsider = await seedUser(server.url);
    const hidden = await outsider.client.get(path);
    expect(hidden.status).toBe(404);
    expect(hidden.body.error.code).toBe('ORGANIZATION_NOT_FOUND');
    expect((await new Client(server.url).get(path)).status).toBe(401);
  });
});
