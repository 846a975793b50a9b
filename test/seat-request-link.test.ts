import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookDataSchemas } from '../src/contracts/webhooks.ts';
import { operator, type SignedInUser } from './support/client.ts';
import { paths } from './support/factories.ts';
import { checkSeatInvariantAfterEach } from './support/invariants.ts';
import { outboxSettled } from './support/outbox.ts';
import { seedUser, seedUsers } from './support/seed.ts';
import { type ReceivedMail, startSmtpServer } from './support/smtp.ts';
import { createTeam, type Team } from './support/team.ts';
import { startTestServer, TEST_API_KEY, type TestServer } from './support/test-server.ts';
import { waitFor } from './support/wait.ts';
import { startWebhookReceiver } from './support/webhook-receiver.ts';

/**
 * Issue 14, item 6: a seat request belongs to the link version it came through. A link
 * that was reset, paused, expired or restricted since never lets its holder in through a
 * request, on any path that admits one (decision 0015).
 */
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let server: TestServer;
beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startTestServer({ SMTP_URL: smtp.url });
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});
checkSeatInvariantAfterEach(() => server?.database.db);

const fullTeam = () => createTeam(server.url, { seats: 3 });
const requestsPath = (team: Team) => `/api/v1/organizations/${team.org.id}/seat-requests`;
const linkPath = (team: Team) => `/api/v1/organizations/${team.org.id}/invite-link`;
const seatsPath = (team: Team) => `/api/v1/organizations/${team.org.id}/billing/seats`;

async function ask(person: SignedInUser, invitePath: string) {
  const reply = await person.client.post(`${invitePath}/seat-request`);
  expect(reply.status, reply.text).toBe(201);
  return reply.body as { id: string };
}

async function resetLink(team: Team): Promise<string> {
  const reset = await team.admin.client.post(`${linkPath(team)}/regenerate`);
  expect(reset.status, reset.text).toBe(200);
  return paths(reset.body.url).invitePath;
}

const isMember = async (team: Team, person: SignedInUser) =>
  (await team.owner.client.get(`/api/v1/organizations/${team.org.id}/members`)).body.members.some(
    (m: { user: { id: string } }) => m.user.id === person.id,
  );

const waiting = async (team: Team) =>
  (await team.owner.client.get(requestsPath(team))).body.requests.map((r: { id: string }) => r.id);

const endedNotice = (person: SignedInUser) =>
  waitFor(
    async () =>
      (await person.client.get('/api/v1/notifications')).body.notifications.find(
        (n: { type: string }) => n.type === 'seat_request_ended',
      ),
    { what: `a seat_request_ended notice for ${person.email}` },
  );

const mailTo = (person: SignedInUser, subject: RegExp) =>
  waitFor(
    () => smtp.received.find((m: ReceivedMail) => m.to.includes(person.email) && subject.test(m.subject)),
    {
      what: `mail "${subject}" to ${person.email}`,
    },
  );

describe('changing the link ends the requests it no longer admits', () => {
  it('a reset ends every pending request; the requester is told in the app and by e-mail; they may ask again through the new link', async () => {
    const team = await fullTeam();
    const [early, other] = await seedUsers(server.url, 2);
    const first = await ask(early!, team.org.invitePath);
    await ask(other!, team.org.invitePath);
    const invitePath = await resetLink(team);
    expect(await waiting(team)).toEqual([]);

    const notice = await endedNotice(early!);
    expect(notice.title).toBe(
      `Your request for a seat in ${team.org.name} ended: the invite link was reset. Ask an admin for the current link.`,
    );
    await mailTo(early!, /Your request for a seat in .* ended: the invite link was reset/);
    const log = await team.owner.client.get(
      `/api/v1/organizations/${team.org.id}/audit-log?action=seat_request.ended`,
    );
    expect(log.body.events).toHaveLength(2);
    expect(log.body.events).toContainEqual(
      expect.objectContaining({
        actor: expect.objectContaining({ id: team.admin.id }),
        target: expect.objectContaining({ id: early!.id }),
        data: expect.objectContaining({ requestId: first.id, reason: 'link_reset' }),
      }),
    );

    // The old link is dead for asking again too; the new one takes a fresh request.
    const old = await early!.client.post(`${team.org.invitePath}/seat-request`);
    expect(old.body.error.code).toBe('INVITE_INVALID');
    const again = await ask(early!, invitePath);
    expect(again.id).not.toBe(first.id);
    expect(await waiting(team)).toEqual([again.id]);
  });

  it('a pause ends them; a domain restriction ends only those it excludes (unverified addresses included)', async () => {
    const paused = await fullTeam();
    const [person] = await seedUsers(server.url, 1);
    await ask(person!, paused.org.invitePath);
    const pause = await paused.admin.client.patch(linkPath(paused), { paused: true });
    expect(pause.status, pause.text).toBe(200);
    expect((await endedNotice(person!)).title).toBe(
      `Your request for a seat in ${paused.org.name} ended: the invite link was paused. Ask an admin for the current link.`,
    );
    await paused.admin.client.patch(linkPath(paused), { paused: false });
    expect(await waiting(paused)).toEqual([]);

    const team = await fullTeam();
    const tag = Date.now();
    const insider = await seedUser(server.url, { email: `in-${tag}@acme.example` });
    const unverified = await seedUser(server.url, { email: `new-${tag}@acme.example` });
    const outsider = await seedUser(server.url, { email: `out-${tag}@other.example` });
    await server.database.db.execute(sql`UPDATE "user" SET email_verified = true WHERE id = ${insider.id}`);
    const kept = await ask(insider, team.org.invitePath);
    await ask(unverified, team.org.invitePath);
    await ask(outsider, team.org.invitePath);
    const restrict = await team.owner.client.patch(linkPath(team), { allowedDomains: ['acme.example'] });
    expect(restrict.status, restrict.text).toBe(200);
    expect(await waiting(team)).toEqual([kept.id]);
    expect((await endedNotice(outsider)).title).toBe(
      `Your request for a seat in ${team.org.name} ended: the invite link now only accepts addresses at acme.example.`,
    );
    expect((await endedNotice(unverified)).title).toBe(
      `Your request for a seat in ${team.org.name} ended: the invite link now only accepts verified addresses at acme.example. Verify yours, then ask again.`,
    );
    // The one the link still admits is admitted when seats are added.
    const raised = await team.owner.client.put(seatsPath(team), { seats: 6 });
    expect(raised.body).toMatchObject({ admitted: 1 });
    expect(await isMember(team, insider)).toBe(true);
    expect(await isMember(team, outsider)).toBe(false);
  });

  it('the requester chose no e-mail for this notice: told in the app only', async () => {
    const team = await fullTeam();
    const [person] = await seedUsers(server.url, 1);
    const off = await person!.client.put('/api/v1/me/notification-preferences', {
      seat_request_ended: { email: false },
    });
    expect(off.status, off.text).toBe(200);
    await ask(person!, team.org.invitePath);
    await resetLink(team);
    await endedNotice(person!);
    await outboxSettled(server);
    expect(smtp.received.filter((m) => m.to.includes(person!.email) && /ended/.test(m.subject))).toEqual([]);
  });
});

describe('every path that admits re-checks the link', () => {
  it('an admin admitting a request whose link was reset by hand: 409 SEAT_REQUEST_NOT_ADMISSIBLE, nothing changes', async () => {
    const team = await fullTeam();
    const [person] = await seedUsers(server.url, 1);
    const request = await ask(person!, team.org.invitePath);
    await team.owner.client.patch(team.memberPath(team.member), { seat: 'none' });
    await resetLink(team);
    const refused = await team.admin.client.post(`${requestsPath(team)}/${request.id}/admit`);
    expect(refused.status, refused.text).toBe(409);
    expect(refused.body.error).toEqual({
      code: 'SEAT_REQUEST_NOT_ADMISSIBLE',
      message: expect.stringMatching(/reset, paused or restricted/),
    });
    expect(await isMember(team, person!)).toBe(false);
    expect((await team.owner.client.get(`/api/v1/organizations/${team.org.id}`)).body.seats).toMatchObject({
      used: 2,
    });
  });

  it('the owner adding seats admits only requests made through the link as it is now', async () => {
    const hook = await startWebhookReceiver();
    const created = await operator(server.url, TEST_API_KEY).post('/api/v1/webhooks', {
      url: hook.url,
      eventTypes: ['member.joined', 'seat.assigned'],
    });
    expect(created.status, created.text).toBe(201);
    try {
      await ownerRaise(hook.deliveries);
    } finally {
      await operator(server.url, TEST_API_KEY).delete(`/api/v1/webhooks/${created.body.id}`);
      await hook.close();
    }
  });

  it('an expired link admits nobody by request, by hand or by added seats; extending it lets them in again', async () => {
    const team = await fullTeam();
    const [person] = await seedUsers(server.url, 1);
    const soon = new Date(Date.now() + 1500).toISOString();
    expect((await team.owner.client.patch(linkPath(team), { expiresAt: soon })).status).toBe(200);
    const request = await ask(person!, team.org.invitePath);
    await waitFor(
      async () => (await person!.client.get(team.org.invitePath)).body.error?.code === 'INVITE_INVALID',
      { what: 'the link to expire', timeoutMs: 5000 },
    );
    expect(await waiting(team)).toEqual([]);
    await team.owner.client.patch(team.memberPath(team.member), { seat: 'none' });
    const byHand = await team.admin.client.post(`${requestsPath(team)}/${request.id}/admit`);
    expect(byHand.status, byHand.text).toBe(409);
    expect(byHand.body.error).toMatchObject({
      code: 'SEAT_REQUEST_NOT_ADMISSIBLE',
      message: expect.stringMatching(/expired/),
    });
    const raised = await team.owner.client.put(seatsPath(team), { seats: 4 });
    expect(raised.body).toMatchObject({ admitted: 0 });
    expect(await isMember(team, person!)).toBe(false);

    // The same link opened again (same token): the request it took is good again.
    const later = new Date(Date.now() + 86_400_000).toISOString();
    expect((await team.owner.client.patch(linkPath(team), { expiresAt: later })).status).toBe(200);
    expect(await waiting(team)).toEqual([request.id]);
    const admitted = await team.admin.client.post(`${requestsPath(team)}/${request.id}/admit`);
    expect(admitted.status, admitted.text).toBe(200);
    expect(await isMember(team, person!)).toBe(true);
  });
});

/** The owner's raise, and the webhooks it sets off after commit: the admitted request's join only. */
async function ownerRaise(deliveries: { body: string }[]) {
  const team = await fullTeam();
  const [leaked, current] = await seedUsers(server.url, 2);
  await ask(leaked!, team.org.invitePath);
  const invitePath = await resetLink(team);
  const fresh = await ask(current!, invitePath);
  const preview = await team.owner.client.post(`${seatsPath(team)}/preview`, { seats: 5 });
  expect(preview.body).toMatchObject({ admits: 1 });
  const raised = await team.owner.client.put(seatsPath(team), { seats: 5 });
  expect(raised.status, raised.text).toBe(200);
  expect(raised.body).toMatchObject({
    admitted: 1,
    billing: { seats: { total: 5, used: 4 }, pendingRequests: 0 },
  });
  expect(await isMember(team, leaked!)).toBe(false);
  expect(await isMember(team, current!)).toBe(true);
  expect(await waiting(team)).not.toContain(fresh.id);
  const mine = () =>
    deliveries.map((d) => JSON.parse(d.body)).filter((e) => e.data.organizationId === team.org.id);
  await outboxSettled(server);
  const events = mine().filter((e) => e.data.userId !== team.admin.id && e.data.userId !== team.member.id);
  expect(events.map((e) => e.type).sort()).toEqual(['member.joined', 'seat.assigned']);
  for (const event of events) {
    expect(event.data.userId).toBe(current!.id);
    webhookDataSchemas[event.type as 'member.joined' | 'seat.assigned'].parse(event.data);
  }
  expect(events.find((e) => e.type === 'member.joined').data).toMatchObject({
    via: 'seat_request',
    seat: 'plus',
  });
}

describe('a link change racing a request', () => {
  it('asking while the link is reset: the request is refused or ended, never left waiting on the dead link', async () => {
    for (let round = 0; round < 4; round++) {
      const team = await fullTeam();
      const [person] = await seedUsers(server.url, 1);
      const [asked, reset] = await Promise.all([
        person!.client.post(`${team.org.invitePath}/seat-request`),
        team.admin.client.post(`${linkPath(team)}/regenerate`),
      ]);
      expect(reset.status, reset.text).toBe(200);
      expect([201, 404], asked.text).toContain(asked.status);
      if (asked.status === 404) expect(asked.body.error.code).toBe('INVITE_INVALID');
      const invitePath = paths(reset.body.url).invitePath;
      expect((await person!.client.get(invitePath)).body.viewer.state, `round ${round}`).toBe('no_seats');
      expect(await waiting(team)).toEqual([]);
    }
  });
});
