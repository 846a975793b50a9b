import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../src/db/rows.ts';
import { Client, type SignedInUser } from './support/client.ts';
import { checkSeatInvariantAfterEach } from './support/invariants.ts';
import { eventsExpanded } from './support/outbox.ts';
import { seedUsers } from './support/seed.ts';
import { createTeam, type Team } from './support/team.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});
checkSeatInvariantAfterEach(() => server?.database.db);

/** Owner, admin and member hold all three seats. */
const fullTeam = () => createTeam(server.url, { seats: 3 });
const requestsPath = (team: Team) => `/api/v1/organizations/${team.org.id}/seat-requests`;
const seatsOf = async (team: Team) =>
  (await team.owner.client.get(`/api/v1/organizations/${team.org.id}`)).body.seats;

async function ask(person: SignedInUser, team: Team) {
  const reply = await person.client.post(`${team.org.invitePath}/seat-request`);
  expect(reply.status, reply.text).toBe(201);
  return reply.body as { id: string };
}

async function snapshot(team: Team) {
  const [counts] = await rows<Record<string, number>>(
    server.database.db,
    sql`SELECT
          (SELECT count(*)::int FROM membership WHERE organization_id = ${team.org.id}) AS members,
          (SELECT count(*)::int FROM audit_event WHERE organization_id = ${team.org.id}) AS audit,
          (SELECT count(*)::int FROM notification WHERE organization_id = ${team.org.id}) AS notifications,
          (SELECT count(*)::int FROM outbox) AS outbox,
          (SELECT count(*)::int FROM seat_request WHERE organization_id = ${team.org.id} AND status = 'pending') AS pending`,
  );
  return { ...counts, seats: await seatsOf(team) };
}

const stateOf = async (person: SignedInUser, team: Team) =>
  (await person.client.get(team.org.invitePath)).body.viewer.state;

describe('asking for a seat', () => {
  it('on a full organization: one pending request per person, owner and admins told, preview says request_pending', async () => {
    const team = await fullTeam();
    const [person] = await seedUsers(server.url, 1);
    expect(await stateOf(person!, team)).toBe('no_seats');
    const first = await ask(person!, team);
    const again = await person!.client.post(`${team.org.invitePath}/seat-request`);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.id, status: 'pending', organizationId: team.org.id });
    expect(await stateOf(person!, team)).toBe('request_pending');

    // Notices are written when the worker expands the request's event, just after commit.
    await eventsExpanded(server);
    for (const manager of [team.owner, team.admin]) {
      const notices = (await manager.client.get('/api/v1/notifications')).body.notifications;
      expect(notices.filter((n: any) => n.type === 'seat_requested')).toEqual([
        expect.objectContaining({
          title: `${person!.name} asks for a seat in ${team.org.name}; no seats are left`,
        }),
      ]);
    }
    const list = await team.admin.client.get(requestsPath(team));
    expect(list.body.requests).toEqual([
      expect.objectContaining({
        id: first.id,
        status: 'pending',
        user: expect.objectContaining({ id: person!.id }),
      }),
    ]);
    expect((await team.member.client.get(requestsPath(team))).status).toBe(403);
    const billing = await team.owner.client.get(`/api/v1/organizations/${team.org.id}/billing`);
    expect(billing.body.pendingRequests).toBe(1);
  });

  it('is refused when not needed: a member, someone with Plus, a free seat; a bad link gets INVITE_INVALID', async () => {
    const team = await fullTeam();
    const asMember = await team.member.client.post(`${team.org.invitePath}/seat-request`);
    expect(asMember.body.error.code).toBe('ALREADY_MEMBER');
    const roomy = await createTeam(server.url, { seats: 5 });
    const [person] = await seedUsers(server.url, 1);
    const free = await person!.client.post(`${roomy.org.invitePath}/seat-request`);
    expect(free.status).toBe(409);
    expect(free.body.error).toMatchObject({
      code: 'SEAT_REQUEST_NOT_NEEDED',
      message: expect.stringMatching(/join now/),
    });
    // The roomy team's member holds Plus there, so needs no seat here.
    const withPlus = await roomy.member.client.post(`${team.org.invitePath}/seat-request`);
    expect(withPlus.body.error.code).toBe('SEAT_REQUEST_NOT_NEEDED');
    const bad = await person!.client.post(`/api/v1/invites/${team.org.id}/not-the-token/seat-request`);
    expect(bad.status).toBe(404);
    expect(bad.body.error.code).toBe('INVITE_INVALID');
    expect((await new Client(server.url).post(`${team.org.invitePath}/seat-request`)).status).toBe(401);
    expect((await team.owner.client.get(requestsPath(team))).body.requests).toEqual([]);
  });
});

describe('admitting and declining', () => {
  it('admitting without a free seat is refused and changes nothing; with one, the requester joins with Plus and is told', async () => {
    const team = await fullTeam();
    const [person] = await seedUsers(server.url, 1);
    const request = await ask(person!, team);
    await eventsExpanded(server);
    const before = await snapshot(team);
    const refused = await team.admin.client.post(`${requestsPath(team)}/${request.id}/admit`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('NO_SEATS_AVAILABLE');
    expect(await snapshot(team)).toEqual(before);

    await team.owner.client.patch(team.memberPath(team.member), { seat: 'none' });
    const admitted = await team.admin.client.post(`${requestsPath(team)}/${request.id}/admit`);
    expect(admitted.status, admitted.text).toBe(200);
    expect(admitted.body).toMatchObject({
      id: request.id,
      status: 'admitted',
      decidedAt: expect.any(String),
    });
    expect((await person!.client.get('/api/v1/me')).body.plus).toMatchObject({
      active: true,
      organizationId: team.org.id,
    });
    expect(await stateOf(person!, team)).toBe('already_member');
    await eventsExpanded(server);
    const told = (await person!.client.get('/api/v1/notifications')).body.notifications;
    expect(told[0]).toMatchObject({
      type: 'seat_request_admitted',
      title: `Your seat request was admitted: you joined ${team.org.name} and have Plus`,
    });
    const log = await team.owner.client.get(
      `/api/v1/organizations/${team.org.id}/audit-log?action=member.joined`,
    );
    expect(log.body.events[0]).toMatchObject({
      actor: { id: team.admin.id },
      target: { id: person!.id },
      data: { seat: 'plus', via: 'seat_request', requestId: request.id },
    });
    const twice = await team.owner.client.post(`${requestsPath(team)}/${request.id}/decline`);
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('SEAT_REQUEST_DECIDED');
  });

  it('declining tells the requester, who may ask again', async () => {
    const team = await fullTeam();
    const [person] = await seedUsers(server.url, 1);
    const request = await ask(person!, team);
    const declined = await team.owner.client.post(`${requestsPath(team)}/${request.id}/decline`);
    expect(declined.status).toBe(200);
    expect(declined.body.status).toBe('declined');
    await eventsExpanded(server);
    const told = (await person!.client.get('/api/v1/notifications')).body.notifications;
    expect(told[0]).toMatchObject({ type: 'seat_request_declined' });
    expect(await stateOf(person!, team)).toBe('no_seats');
    expect((await team.admin.client.post(`${requestsPath(team)}/${request.id}/admit`)).status).toBe(409);
    const again = await ask(person!, team);
    expect(again.id).not.toBe(request.id);
  });
});

describe('withdrawing a request and who is told', () => {
  it('the preview names the owner to a waiting viewer only; Withdraw ends the request, which then cannot be admitted', async () => {
    const team = await fullTeam();
    const [person] = await seedUsers(server.url, 1);
    const signedOut = await new Client(server.url).get(team.org.invitePath);
    expect(signedOut.body.owner).toBeUndefined();
    expect((await team.member.client.get(team.org.invitePath)).body.owner).toBeUndefined();
    expect((await person!.client.get(team.org.invitePath)).body.owner).toEqual({ name: 'Olive Owner' });

    const request = await ask(person!, team);
    expect((await person!.client.get(team.org.invitePath)).body).toMatchObject({
      viewer: { state: 'request_pending' },
      owner: { name: 'Olive Owner' },
    });
    const withdrawn = await person!.client.delete(`${team.org.invitePath}/seat-request`);
    expect(withdrawn.status, withdrawn.text).toBe(204);
    expect(await stateOf(person!, team)).toBe('no_seats');
    const twice = await person!.client.delete(`${team.org.invitePath}/seat-request`);
    expect(twice.status).toBe(404);
    expect(twice.body.error.code).toBe('SEAT_REQUEST_NOT_FOUND');
    expect((await team.owner.client.post(`${requestsPath(team)}/${request.id}/admit`)).status).toBe(409);
    const audit = await team.owner.client.get(
      `/api/v1/organizations/${team.org.id}/audit-log?action=seat_request.withdrawn`,
    );
    expect(audit.body.events).toHaveLength(1);
    expect((await requestsOf(team)).map((r: { id: string }) => r.id)).not.toContain(request.id);
  });
});

const requestsOf = async (team: Team) => (await team.owner.client.get(requestsPath(team))).body.requests;

describe('adding seats admits pending requests, first come first served', () => {
  it('5 requests on a full organization, 3 seats added: the first 3 join in order, 2 stay pending', async () => {
    const team = await fullTeam();
    const people = await seedUsers(server.url, 5);
    const requests = [];
    for (const person of people) requests.push(await ask(person, team));
    const billingPath = `/api/v1/organizations/${team.org.id}/billing`;

    const preview = await team.owner.client.post(`${billingPath}/seats/preview`, { seats: 6 });
    expect(preview.body).toMatchObject({ change: 'raise', admits: 3 });
    const raised = await team.owner.client.put(`${billingPath}/seats`, { seats: 6 });
    expect(raised.status, raised.text).toBe(200);
    expect(raised.body).toMatchObject({
      outcome: 'applied',
      admitted: 3,
      billing: { seats: { total: 6, used: 6, available: 0 }, pendingRequests: 2 },
    });
    for (const [i, person] of people.entries()) {
      expect(await stateOf(person, team), `person ${i}`).toBe(i < 3 ? 'already_member' : 'request_pending');
    }
    const waiting = (await team.owner.client.get(requestsPath(team))).body.requests;
    expect(waiting.map((r: any) => r.id)).toEqual([requests[3]!.id, requests[4]!.id]);
    const joined = await team.owner.client.get(
      `/api/v1/organizations/${team.org.id}/audit-log?action=member.joined&limit=3`,
    );
    // One transaction admitted all three (same timestamp), so compare as sets; the states above show the order.
    expect(joined.body.events.map((e: any) => e.target.id).sort()).toEqual(
      people
        .slice(0, 3)
        .map((p) => p.id)
        .sort(),
    );
  });

  it('one step adds seats and admits the requests the owner chose, ahead of the queue (issue 17)', async () => {
    const team = await fullTeam();
    const people = await seedUsers(server.url, 4);
    const requests = [];
    for (const person of people) requests.push(await ask(person, team));
    const seatsPath = `/api/v1/organizations/${team.org.id}/billing/seats`;
    // The owner picks the second and the fourth: two more seats let exactly those two in.
    const chosen = [requests[3]!.id, requests[1]!.id];
    const raised = await team.owner.client.put(seatsPath, { seats: 5, admitFirst: chosen });
    expect(raised.status, raised.text).toBe(200);
    expect(raised.body).toMatchObject({
      outcome: 'applied',
      admitted: 2,
      billing: { seats: { total: 5, used: 5, available: 0 }, pendingRequests: 2 },
    });
    for (const [i, person] of people.entries()) {
      expect(await stateOf(person, team), `person ${i}`).toBe(
        i === 1 || i === 3 ? 'already_member' : 'request_pending',
      );
    }
    // The same events as seats added and requests admitted one at a time.
    const log = (await team.owner.client.get(`/api/v1/organizations/${team.org.id}/audit-log?limit=4`)).body
      .events;
    expect(log.map((e: any) => e.action).sort()).toEqual([
      'member.joined',
      'member.joined',
      'seat_request.created',
      'seats.changed',
    ]);

    // More seats than the chosen need: the rest go to the queue, oldest first.
    const more = await team.owner.client.put(seatsPath, { seats: 7, admitFirst: [requests[2]!.id] });
    expect(more.body).toMatchObject({ admitted: 2, billing: { pendingRequests: 0 } });

    // Only the owner sets seats; ids are checked at the boundary.
    expect((await team.admin.client.put(seatsPath, { seats: 8, admitFirst: [] })).status).toBe(403);
    const bad = await team.owner.client.put(seatsPath, { seats: 8, admitFirst: ['nope'] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('admitFirst must hold seat request ids');
  });

  it('the owner and an admin admitting different requests for the last seat at once: exactly one wins', async () => {
    for (let round = 0; round < 3; round++) {
      const team = await fullTeam();
      const [a, b] = await seedUsers(server.url, 2);
      const [ra, rb] = [await ask(a!, team), await ask(b!, team)];
      await team.owner.client.patch(team.memberPath(team.member), { seat: 'none' });
      const replies = await Promise.all([
        team.admin.client.post(`${requestsPath(team)}/${ra.id}/admit`),
        team.owner.client.post(`${requestsPath(team)}/${rb.id}/admit`),
      ]);
      expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(replies.find((r) => r.status === 409)!.body.error.code).toBe('NO_SEATS_AVAILABLE');
      expect(await seatsOf(team)).toEqual({ total: 3, used: 3, available: 0 });
    }
  });

  it('two admins admitting the same request at once: one membership, one seat', async () => {
    const team = await createTeam(server.url, { seats: 3 });
    const [person] = await seedUsers(server.url, 1);
    const request = await ask(person!, team);
    await team.owner.client.patch(team.memberPath(team.member), { seat: 'none' });
    const replies = await Promise.all([
      team.admin.client.post(`${requestsPath(team)}/${request.id}/admit`),
      team.owner.client.post(`${requestsPath(team)}/${request.id}/admit`),
    ]);
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(replies.find((r) => r.status === 409)!.body.error.code).toBe('SEAT_REQUEST_DECIDED');
    expect(await seatsOf(team)).toEqual({ total: 3, used: 3, available: 0 });
  });

  it('raising seats while admins admit by hand never oversells', async () => {
    for (let round = 0; round < 3; round++) {
      const team = await fullTeam();
      const people = await seedUsers(server.url, 4);
      const requests = [];
      for (const person of people) requests.push(await ask(person, team));
      const replies = await Promise.all([
        team.owner.client.put(`/api/v1/organizations/${team.org.id}/billing/seats`, { seats: 5 }),
        team.admin.client.post(`${requestsPath(team)}/${requests[3]!.id}/admit`),
        team.admin.client.post(`${requestsPath(team)}/${requests[2]!.id}/admit`),
      ]);
      expect(replies[0]!.status, replies[0]!.text).toBe(200);
      for (const reply of replies.slice(1)) {
        expect([200, 409], reply.text).toContain(reply.status);
        if (reply.status === 409) expect(reply.body.error.code).toBe('NO_SEATS_AVAILABLE');
      }
      expect(await seatsOf(team)).toEqual({ total: 5, used: 5, available: 0 });
      const waiting = (await team.owner.client.get(requestsPath(team))).body.requests;
      expect(waiting).toHaveLength(2);
    }
  });
});
