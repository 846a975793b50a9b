import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operator } from './support/client.ts';
import { createOrganization } from './support/factories.ts';
import { checkSeatInvariantAfterEach } from './support/invariants.ts';
import { seedUser } from './support/seed.ts';
import { createTeam, join } from './support/team.ts';
import { startTestServer, TEST_API_KEY, type TestServer } from './support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});
checkSeatInvariantAfterEach(() => server?.database.db);

const seatsOf = async (client: { get: (p: string) => Promise<any> }, orgId: string) =>
  (await client.get(`/api/v1/organizations/${orgId}`)).body.seats;

describe('assigning and removing Plus seats', () => {
  it('removing frees the seat and the Plus at once; assigning takes it back', async () => {
    const team = await createTeam(server.url, { seats: 3 });
    const off = await team.admin.client.patch(team.memberPath(team.member), { seat: 'none' });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ user: { id: team.member.id }, seat: 'none' });
    expect(await seatsOf(team.owner.client, team.org.id)).toEqual({ total: 3, used: 2, available: 1 });
    expect((await team.member.client.get('/api/v1/me')).body.plus.active).toBe(false);

    // Removing again changes nothing and frees nothing twice.
    expect((await team.admin.client.patch(team.memberPath(team.member), { seat: 'none' })).status).toBe(200);
    expect(await seatsOf(team.owner.client, team.org.id)).toMatchObject({ used: 2 });

    const on = await team.owner.client.patch(team.memberPath(team.member), { seat: 'plus' });
    expect(on.status).toBe(200);
    expect(on.body.seat).toBe('plus');
    expect((await team.member.client.get('/api/v1/me')).body.plus).toMatchObject({
      active: true,
      source: 'organization',
      organizationId: team.org.id,
    });
  });

  it('refuses with NO_SEATS_AVAILABLE when every seat is taken', async () => {
    const team = await createTeam(server.url, { seats: 3 });
    const extra = await seedUser(server.url);
    const joined = await extra.client.post(`${team.org.invitePath}/join`);
    expect(joined.status).toBe(409);
    await team.admin.client.patch(team.memberPath(team.member), { seat: 'none' });
    await join(extra, team.org);
    const reply = await team.admin.client.patch(team.memberPath(team.member), { seat: 'plus' });
    expect(reply.status).toBe(409);
    expect(reply.body.error).toMatchObject({
      code: 'NO_SEATS_AVAILABLE',
      message: expect.stringMatching(/No seats left/),
    });
  });

  it('refuses PLUS_FROM_ELSEWHERE for a member with personal Plus or a seat in another organization', async () => {
    const team = await createTeam(server.url);
    const api = operator(server.url, TEST_API_KEY);
    expect((await api.put(`/api/v1/users/${team.member.id}/plus`, { active: true })).status).toBe(200);
    const personal = await team.admin.client.patch(team.memberPath(team.member), { seat: 'plus' });
    expect(personal.status).toBe(409);
    expect(personal.body.error.code).toBe('PLUS_FROM_ELSEWHERE');
    expect(personal.body.error.message).toMatch(/own subscription/);

    const other = await createTeam(server.url, { member: team.admin });
    // The admin of the first team holds a seat there and joined the second without one.
    const elsewhere = await other.owner.client.patch(other.memberPath(team.admin), { seat: 'plus' });
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.body.error.code).toBe('PLUS_FROM_ELSEWHERE');
    expect(elsewhere.body.error.message).toMatch(/another organization/);
  });

  it('only the owner takes a seat from an admin; an admin may give up their own', async () => {
    const team = await createTeam(server.url);
    const ownersSeat = await team.admin.client.patch(team.memberPath(team.owner), { seat: 'none' });
    expect(ownersSeat.status).toBe(403);
    const member = await team.member.client.patch(team.memberPath(team.member), { seat: 'none' });
    expect(member.status).toBe(403);
    expect((await team.admin.client.patch(team.memberPath(team.admin), { seat: 'none' })).status).toBe(200);
    expect((await team.owner.client.patch(team.memberPath(team.admin), { seat: 'plus' })).status).toBe(200);
    expect((await team.owner.client.patch(team.memberPath(team.admin), { seat: 'none' })).status).toBe(200);
  });

  it('rejects bodies that ask for nothing or for something else', async () => {
    const team = await createTeam(server.url);
    for (const body of [{}, { seat: 'gold' }, { role: 'owner' }, { seat: 'plus', extra: 1 }]) {
      const reply = await team.owner.client.patch(team.memberPath(team.member), body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.body.error.code).toBe('VALIDATION_FAILED');
    }
  });
});

describe('personal Plus from the operator', () => {
  it('turning it on releases the org seat (no double Plus); turning it off leaves no Plus', async () => {
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner, { seats: 2 });
    const person = await seedUser(server.url);
    await join(person, org);
    expect(await seatsOf(owner.client, org.id)).toMatchObject({ used: 2, available: 0 });

    const api = operator(server.url, TEST_API_KEY);
    const on = await api.put(`/api/v1/users/${person.id}/plus`, { active: true });
    expect(on.status).toBe(200);
    expect(on.body.plus).toEqual({ active: true, source: 'personal', organizationId: null });
    expect(await seatsOf(owner.client, org.id)).toMatchObject({ used: 1, available: 1 });
    const log = await owner.client.get(`/api/v1/organizations/${org.id}/audit-log?action=seat.released`);
    expect(log.body.events[0]).toMatchObject({
      actor: null,
      target: { id: person.id },
      data: { reason: 'personal_plus_started' },
    });

    const off = await api.put(`/api/v1/users/${person.id}/plus`, { active: false });
    expect(off.body.plus).toEqual({ active: false, source: null, organizationId: null });
    const members = await owner.client.get(`/api/v1/organizations/${org.id}/members`);
    expect(members.body.members.find((m: any) => m.user.id === person.id).seat).toBe('none');

    // Now an admin may assign a seat again.
    const assigned = await owner.client.patch(`/api/v1/organizations/${org.id}/members/${person.id}`, {
      seat: 'plus',
    });
    expect(assigned.status).toBe(200);
    expect((await api.get(`/api/v1/users/${person.id}/entitlements`)).body.plus.source).toBe('organization');
  });

  it('turning it on twice, or for someone without a seat, changes nothing else', async () => {
    const person = await seedUser(server.url);
    const api = operator(server.url, TEST_API_KEY);
    for (let i = 0; i < 2; i++) {
      const reply = await api.put(`/api/v1/users/${person.id}/plus`, { active: true });
      expect(reply.body.plus.source).toBe('personal');
    }
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner, { seats: 2 });
    expect((await join(person, org)).seat).toBe('none');
    expect(await seatsOf(owner.client, org.id)).toMatchObject({ used: 1 });
  });
});
