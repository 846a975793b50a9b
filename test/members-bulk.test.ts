import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../src/db/rows.ts';
import type { SignedInUser } from './support/client.ts';
import { checkSeatInvariantAfterEach } from './support/invariants.ts';
import { seedUser } from './support/seed.ts';
import { createTeam, join, type Team } from './support/team.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

// Bulk changes from the member list (issue 17): the same rules and the same one event per
// change as one at a time, and all or nothing (docs/decisions/0033-member-list-at-scale.md).
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());
checkSeatInvariantAfterEach(() => server?.database.db);

async function teamWith(names: string[], seats = 10) {
  const team = await createTeam(server.url, { seats });
  const people: SignedInUser[] = [];
  for (const name of names) {
    const person = await seedUser(server.url, { name });
    await join(person, team.org);
    people.push(person);
  }
  return { team, people };
}

const bulk = (team: Team, as: SignedInUser, body: unknown) =>
  as.client.post(`/api/v1/organizations/${team.org.id}/members/bulk`, body);

const events = (orgId: string) =>
  rows<{ action: string; actor_id: string; target_id: string; data: any }>(
    server.database.db,
    sql`SELECT action, actor_id, target_id, data FROM audit_event WHERE organization_id = ${orgId}
        ORDER BY at, id`,
  );

const membersOf = async (team: Team) =>
  (await team.owner.client.get(`/api/v1/organizations/${team.org.id}/members?limit=100`)).body.members as {
    user: { id: string; name: string };
    role: string;
    seat: string;
  }[];

describe('bulk member changes', () => {
  it('takes and gives seats for several people, one event each, as one at a time would', async () => {
    const { team, people } = await teamWith(['Ann Lee', 'Ben Ode', 'Cy Park']);
    const ids = people.map((p) => p.id);
    const before = (await events(team.org.id)).length;

    const taken = await bulk(team, team.admin, { action: 'set_seat', userIds: ids, seat: 'none' });
    expect(taken.status, taken.text).toBe(200);
    expect(taken.body.members.map((m: any) => m.seat)).toEqual(['none', 'none', 'none']);
    const released = (await events(team.org.id)).slice(before);
    expect(released.map((e) => [e.action, e.actor_id, e.data.reason])).toEqual(
      ids.map(() => ['seat.released', team.admin.id, 'unassigned']),
    );
    expect(new Set(released.map((e) => e.target_id))).toEqual(new Set(ids));

    const given = await bulk(team, team.owner, { action: 'set_seat', userIds: ids, seat: 'plus' });
    expect(given.status, given.text).toBe(200);
    const assigned = (await events(team.org.id)).filter((e) => e.action === 'seat.assigned').slice(-3);
    expect(assigned.map((e) => e.actor_id)).toEqual([team.owner.id, team.owner.id, team.owner.id]);
    expect((await membersOf(team)).filter((m) => ids.includes(m.user.id)).map((m) => m.seat)).toEqual([
      'plus',
      'plus',
      'plus',
    ]);
  });

  it('changes roles and removes several people', async () => {
    const { team, people } = await teamWith(['Dee Ray', 'Eve Sun', 'Fay Tor']);
    const [dee, eve, fay] = people as [SignedInUser, SignedInUser, SignedInUser];
    const promoted = await bulk(team, team.owner, {
      action: 'set_role',
      userIds: [dee.id, eve.id],
      role: 'admin',
    });
    expect(promoted.status, promoted.text).toBe(200);
    expect(promoted.body.members.map((m: any) => m.role)).toEqual(['admin', 'admin']);
    expect((await events(team.org.id)).filter((e) => e.action === 'member.role_changed')).toHaveLength(3);

    const removed = await bulk(team, team.owner, { action: 'remove', userIds: [eve.id, fay.id] });
    expect(removed.status, removed.text).toBe(200);
    expect(removed.body.removed).toEqual([eve.id, fay.id]);
    const names = (await membersOf(team)).map((m) => m.user.name);
    expect(names).toContain('Dee Ray');
    expect(names).not.toContain('Eve Sun');
    expect(names).not.toContain('Fay Tor');
    const removals = (await events(team.org.id)).filter((e) => e.action === 'member.removed');
    expect(removals.map((e) => e.data)).toEqual([
      expect.objectContaining({ seat: 'plus' }),
      expect.objectContaining({ seat: 'plus' }),
    ]);
  });

  it('one forbidden person in the selection: a clear 403 naming them, and nothing done', async () => {
    const { team, people } = await teamWith(['Gil Ash', 'Hal Birch']);
    const before = await events(team.org.id);
    const membersBefore = await membersOf(team);
    // An admin may remove members, but not another admin: Adam is in the selection.
    const reply = await bulk(team, team.admin, {
      action: 'remove',
      userIds: [people[0]!.id, team.owner.id, people[1]!.id],
    });
    expect(reply.status).toBe(403);
    expect(reply.body.error.code).toBe('FORBIDDEN');
    expect(reply.body.error.message).toMatch(
      /^Nothing was changed\. Olive Owner: Nobody can remove the owner/,
    );
    expect(await events(team.org.id)).toEqual(before);
    expect(await membersOf(team)).toEqual(membersBefore);

    const roles = await bulk(team, team.admin, {
      action: 'set_role',
      userIds: [people[0]!.id, team.admin.id],
      role: 'member',
    });
    expect(roles.status).toBe(403);
    expect(roles.body.error.message).toContain('Adam Admin: You cannot change your own role');
    expect(await membersOf(team)).toEqual(membersBefore);
  });

  it('more seats asked for than are free: 409, and nobody gets one', async () => {
    const { team, people } = await teamWith(['Ida Oak', 'Jo Pine', 'Kit Yew'], 6);
    await bulk(team, team.owner, { action: 'set_seat', userIds: people.map((p) => p.id), seat: 'none' });
    // Five seats, three held (owner, admin, member): two free for three people.
    await server.database.db.execute(sql`UPDATE organization SET seats = 5 WHERE id = ${team.org.id}`);
    const reply = await bulk(team, team.owner, {
      action: 'set_seat',
      userIds: people.map((p) => p.id),
      seat: 'plus',
    });
    expect(reply.status).toBe(409);
    expect(reply.body.error).toEqual({
      code: 'NO_SEATS_AVAILABLE',
      message:
        'Nothing was changed: 3 of the selected members have no seat and only 2 seats are free. Add seats or select fewer people.',
    });
    expect((await membersOf(team)).filter((m) => m.seat === 'plus')).toHaveLength(3);
  });

  it('refuses what is not a bulk change, and people not in the organization', async () => {
    const { team } = await teamWith([]);
    const stranger = await seedUser(server.url, { name: 'Lou Far' });
    const gone = await bulk(team, team.owner, { action: 'remove', userIds: [team.member.id, stranger.id] });
    expect(gone.status).toBe(404);
    expect(gone.body.error.message).toBe(
      'Nothing was changed: Lou Far is no longer a member of the organization.',
    );
    for (const body of [
      { action: 'remove', userIds: [] },
      { action: 'set_role', userIds: [team.member.id], role: 'owner' },
      { action: 'explode', userIds: [team.member.id] },
      { action: 'remove', userIds: [team.member.id, team.member.id] },
      { action: 'remove', userIds: Array.from({ length: 101 }, (_, i) => `u${i}`) },
    ]) {
      const reply = await bulk(team, team.owner, body);
      expect(reply.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(reply.body.error.code).toBe('VALIDATION_FAILED');
    }
    const byMember = await bulk(team, team.member, { action: 'remove', userIds: [team.admin.id] });
    expect(byMember.status).toBe(403);
    expect(byMember.body.error.message).toMatch(/Only the owner or an admin can remove members/);
  });
});

describe('members CSV export', () => {
  it('lists the filtered members with exact times, and escapes cells a spreadsheet would run', async () => {
    const { team } = await teamWith(['=HYPERLINK("http://evil.example")', '@SUM(A1)', 'Plain, Person']);
    const csv = await team.owner.client.get(`/api/v1/organizations/${team.org.id}/members.csv?sort=name`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toContain('attachment; filename="members-');
    const lines = csv.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('name,email,role,seat,joined_at,last_active_at,user_id');
    expect(lines).toHaveLength(7);
    expect(csv.text).toContain(`"'=HYPERLINK(""http://evil.example"")",`);
    expect(csv.text).toContain(`'@SUM(A1),`);
    expect(csv.text).toContain('"Plain, Person",');
    expect(lines.find((l) => l.startsWith('Olive Owner,'))).toMatch(
      /^Olive Owner,[^,]+@example\.com,owner,Plus,\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z,\d{4}-.+Z,/,
    );

    const admins = await team.owner.client.get(`/api/v1/organizations/${team.org.id}/members.csv?role=admin`);
    expect(
      admins.text
        .trimEnd()
        .split('\r\n')
        .slice(1)
        .map((l) => l.split(',')[0]),
    ).toEqual(['Adam Admin']);
    const byMember = await team.member.client.get(`/api/v1/organizations/${team.org.id}/members.csv`);
    expect(byMember.status).toBe(403);
    expect(byMember.headers.get('content-type')).toContain('application/json');
  });
});
