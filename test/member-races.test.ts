import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../src/db/rows.ts';
import type { SignedInUser } from './support/client.ts';
import { checkSeatInvariantAfterEach } from './support/invariants.ts';
import { seedUser, seedUsers } from './support/seed.ts';
import { createTeam, join, type Team } from './support/team.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});
checkSeatInvariantAfterEach(() => server?.database.db);

const owners = async (orgId: string) =>
  (
    await rows<{ user_id: string }>(
      server.database.db,
      sql`SELECT user_id FROM membership WHERE organization_id = ${orgId} AND role = 'owner'`,
    )
  ).map((r) => r.user_id);

const seatsUsed = async (team: Team) =>
  (await team.owner.client.get(`/api/v1/organizations/${team.org.id}`)).body.seats.used;

/** A team whose admin and a second admin can both act, plus two seatless members. */
async function teamWithLastSeat(): Promise<
  Team & { admin2: SignedInUser; a: SignedInUser; b: SignedInUser }
> {
  // Seats: owner, admin, member, admin2 hold four; one is left.
  const team = await createTeam(server.url, { seats: 5 });
  const [admin2, a, b] = await seedUsers(server.url, 3);
  await join(admin2!, team.org);
  await team.owner.client.patch(team.memberPath(admin2!), { role: 'admin' });
  // Each takes the last seat on joining and gives it back, so both end up waiting for it.
  for (const person of [a!, b!]) {
    await join(person, team.org);
    await team.owner.client.patch(team.memberPath(person), { seat: 'none' });
  }
  return { ...team, admin2: admin2!, a: a!, b: b! };
}

describe('races', () => {
  it('two admins assigning the last seat at once: exactly one wins', async () => {
    for (let round = 0; round < 3; round++) {
      const team = await teamWithLastSeat();
      expect(await seatsUsed(team)).toBe(4);
      const [first, second] = await Promise.all([
        team.admin.client.patch(team.memberPath(team.a), { seat: 'plus' }),
        team.admin2.client.patch(team.memberPath(team.b), { seat: 'plus' }),
      ]);
      expect([first.status, second.status].sort()).toEqual([200, 409]);
      const loser = first.status === 409 ? first : second;
      expect(loser.body.error.code).toBe('NO_SEATS_AVAILABLE');
      expect(await seatsUsed(team)).toBe(5);
    }
  });

  it('two admins assigning the same member at once: one seat taken, not two', async () => {
    const team = await teamWithLastSeat();
    const replies = await Promise.all([
      team.admin.client.patch(team.memberPath(team.a), { seat: 'plus' }),
      team.admin2.client.patch(team.memberPath(team.a), { seat: 'plus' }),
    ]);
    expect(replies.map((r) => r.status)).toEqual([200, 200]);
    expect(await seatsUsed(team)).toBe(5);
    const events = await rows<{ n: number }>(
      server.database.db,
      sql`SELECT count(*)::int AS n FROM audit_event
          WHERE organization_id = ${team.org.id} AND action = 'seat.assigned' AND target_id = ${team.a.id}`,
    );
    expect(events[0]?.n).toBe(1);
  });

  it('the owner transferring to an admin while removing or demoting them: exactly one owner remains', async () => {
    for (const other of ['remove', 'demote'] as const) {
      for (let round = 0; round < 3; round++) {
        const team = await createTeam(server.url);
        const transfer = team.owner.client.post(`/api/v1/organizations/${team.org.id}/transfer-ownership`, {
          userId: team.admin.id,
        });
        const competing =
          other === 'remove'
            ? team.owner.client.delete(team.memberPath(team.admin))
            : team.owner.client.patch(team.memberPath(team.admin), { role: 'member' });
        const [t, c] = await Promise.all([transfer, competing]);
        expect(t.status === 200 || c.status < 300, `${t.status} ${c.status}`).toBe(true);
        expect([t.status, c.status].every((s) => s < 500)).toBe(true);
        const left = await owners(team.org.id);
        expect(left).toHaveLength(1);
        expect(left[0]).toBe(t.status === 200 ? team.admin.id : team.owner.id);
      }
    }
  });

  it('the new owner removing or demoting the old one while the transfer runs: exactly one owner', async () => {
    for (const other of ['remove', 'demote'] as const) {
      const team = await createTeam(server.url);
      const [t, c] = await Promise.all([
        team.owner.client.post(`/api/v1/organizations/${team.org.id}/transfer-ownership`, {
          userId: team.admin.id,
        }),
        other === 'remove'
          ? team.admin.client.delete(team.memberPath(team.owner))
          : team.admin.client.patch(team.memberPath(team.owner), { role: 'member' }),
      ]);
      expect(t.status).toBe(200);
      expect([t.status, c.status].every((s) => s < 500)).toBe(true);
      expect(await owners(team.org.id)).toEqual([team.admin.id]);
    }
  });

  it('the owner transferring to two people at once: one transfer wins', async () => {
    const team = await createTeam(server.url);
    const path = `/api/v1/organizations/${team.org.id}/transfer-ownership`;
    const replies = await Promise.all([
      team.owner.client.post(path, { userId: team.admin.id }),
      team.owner.client.post(path, { userId: team.member.id }),
    ]);
    expect(replies.map((r) => r.status).sort()).toEqual([200, 403]);
    expect(await owners(team.org.id)).toHaveLength(1);
  });

  it('remove and leave at once: one membership deleted, the seat freed once', async () => {
    for (let round = 0; round < 3; round++) {
      const team = await createTeam(server.url, { seats: 5 });
      expect(await seatsUsed(team)).toBe(3);
      const [removed, left] = await Promise.all([
        team.admin.client.delete(team.memberPath(team.member)),
        team.member.client.post(`/api/v1/organizations/${team.org.id}/leave`),
      ]);
      expect([removed.status, left.status].sort()).toEqual([204, 404]);
      expect(await seatsUsed(team)).toBe(2);
      const events = await rows<{ action: string }>(
        server.database.db,
        sql`SELECT action FROM audit_event WHERE organization_id = ${team.org.id}
            AND action IN ('member.removed', 'member.left')`,
      );
      expect(events).toHaveLength(1);
    }
  });

  it('a storm of seat changes, removals and leaves keeps the seat count exact', async () => {
    const team = await createTeam(server.url, { seats: 8 });
    const people = await seedUsers(server.url, 10);
    for (const person of people) await join(person, team.org).catch(() => {});
    const members = (await team.owner.client.get(`/api/v1/organizations/${team.org.id}/members?limit=100`))
      .body.members as { user: { id: string } }[];
    const joined = people.filter((p) => members.some((m) => m.user.id === p.id));
    const actions = joined.flatMap((p, i) => [
      team.admin.client.patch(team.memberPath(p), { seat: i % 2 ? 'none' : 'plus' }),
      team.owner.client.patch(team.memberPath(p), { seat: i % 3 ? 'plus' : 'none' }),
      i % 4 === 0 ? p.client.post(`/api/v1/organizations/${team.org.id}/leave`) : Promise.resolve(null),
      i % 5 === 0 ? team.admin.client.delete(team.memberPath(p)) : Promise.resolve(null),
    ]);
    const replies = await Promise.all(actions);
    expect(replies.filter((r) => r && r.status >= 500)).toHaveLength(0);
    const detail = await team.owner.client.get(`/api/v1/organizations/${team.org.id}`);
    expect(detail.body.seats.used).toBeLessThanOrEqual(8);
    const extra = await seedUser(server.url);
    expect((await extra.client.get('/api/v1/me')).status).toBe(200);
  });
});
