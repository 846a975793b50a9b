import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvCell } from '../src/core/csv/csv-row.ts';
import { ActivityThrottle, recordActivity } from '../src/core/members/record-activity.ts';
import { rows } from '../src/db/rows.ts';
import { checkSeatInvariantAfterEach } from './support/invariants.ts';
import { seedUser } from './support/seed.ts';
import { createTeam, join, type Team } from './support/team.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

let server: TestServer;
let team: Team;
let mallory: Awaited<ReturnType<typeof seedUser>>;
beforeAll(async () => {
  server = await startTestServer();
  team = await createTeam(server.url, { seats: 10 });
  // A name a spreadsheet would run as a formula, with a comma and quotes for good measure.
  mallory = await seedUser(server.url, { name: '=HYPERLINK("http://evil.example","Click"), ok' });
  const { owner, admin, org } = team;
  const orgPath = `/api/v1/organizations/${org.id}`;
  await join(mallory, org);
  await admin.client.patch(team.memberPath(mallory), { seat: 'none' });
  await owner.client.patch(team.memberPath(mallory), { seat: 'plus' });
  await admin.client.post(`${orgPath}/invite-link/regenerate`);
  await admin.client.patch(`${orgPath}/invite-link`, { paused: false });
  await owner.client.patch(orgPath, { name: 'Acme Two' });
  await admin.client.delete(team.memberPath(mallory));
  const leaver = await seedUser(server.url);
  const link = await owner.client.get(`${orgPath}/invite-link`);
  await leaver.client.post(`/api/v1/invites/${new URL(link.body.url).pathname.slice(6)}/join`);
  await leaver.client.post(`${orgPath}/leave`);
  await owner.client.post(`${orgPath}/transfer-ownership`, { userId: admin.id });
});
afterAll(async () => {
  await server.close();
});
checkSeatInvariantAfterEach(() => server?.database.db);

const logPath = () => `/api/v1/organizations/${team.org.id}/audit-log`;

describe('audit log', () => {
  it('records every change with its actor and target, newest first', async () => {
    const reply = await team.admin.client.get(`${logPath()}?limit=100`);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('cache-control')).toBe('no-store');
    const actions = reply.body.events.map((e: any) => e.action);
    expect(actions).toEqual([
      'ownership.transferred',
      'member.left',
      'member.joined',
      'member.removed',
      'organization.updated',
      'invite_link.updated',
      'invite_link.regenerated',
      'seat.assigned',
      'seat.released',
      'member.joined',
      'member.role_changed',
      'member.joined',
      'member.joined',
      'organization.created',
    ]);
    const [transfer] = reply.body.events;
    expect(transfer).toMatchObject({
      actor: { id: team.owner.id, name: 'Olive Owner' },
      target: { id: team.admin.id, name: 'Adam Admin' },
    });
    expect(transfer.at).toMatch(/^\d{4}-\d\d-\d\dT/);
    const removal = reply.body.events[3];
    expect(removal).toMatchObject({ actor: { id: team.admin.id }, target: { id: mallory.id } });
  });

  it('pages by cursor without gaps or repeats, and filters by action and actor', async () => {
    const all = (await team.owner.client.get(`${logPath()}?limit=100`)).body.events.map((e: any) => e.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await team.owner.client.get(
        `${logPath()}?limit=4${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.body.events.length).toBeLessThanOrEqual(4);
      seen.push(...page.body.events.map((e: any) => e.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);

    const joins = await team.owner.client.get(`${logPath()}?action=member.joined`);
    expect(joins.body.events).toHaveLength(4);
    const byAdmin = await team.owner.client.get(`${logPath()}?actor=${team.admin.id}`);
    expect(byAdmin.body.events.every((e: any) => e.actor.id === team.admin.id)).toBe(true);
    expect(byAdmin.body.events.map((e: any) => e.action)).toContain('invite_link.regenerated');

    expect((await team.owner.client.get(`${logPath()}?cursor=nonsense`)).body.error.code).toBe(
      'INVALID_CURSOR',
    );
    expect((await team.owner.client.get(`${logPath()}?action=drop.tables`)).status).toBe(400);
  });

  it('says what happened in sentences built from the typed events, with no raw fields', async () => {
    const events = (await team.owner.client.get(`${logPath()}?limit=100`)).body.events;
    const sentences = events.map((e: any) => e.sentence);
    const m = mallory.name;
    expect(sentences).toEqual(
      expect.arrayContaining([
        'Olive Owner made Adam Admin the owner',
        'Olive Owner changed Adam Admin’s role to admin',
        `Adam Admin took ${m}’s Plus seat`,
        `Olive Owner gave ${m} a Plus seat`,
        'Adam Admin reset the invite link; the old one no longer works',
        'Adam Admin resumed the invite link',
        'Olive Owner renamed the organization from “Acme” to “Acme Two”',
        `Adam Admin removed ${m}, freeing their Plus seat`,
        `${m} joined through the invite link and took a Plus seat`,
        'Olive Owner created the organization “Acme” with 10 Plus seats',
      ]),
    );
    for (const sentence of sentences)
      expect(sentence).not.toMatch(/\b(via|hash|bytes|seatsUsed):|invite_link|[{}]/);
  });

  it('filters by person (as actor or subject) and by a date range', async () => {
    const about = (await team.owner.client.get(`${logPath()}?limit=100&person=${mallory.id}`)).body.events;
    expect(about.map((e: any) => e.action)).toEqual([
      'member.removed',
      'seat.assigned',
      'seat.released',
      'member.joined',
    ]);
    const all = (await team.owner.client.get(`${logPath()}?limit=100`)).body.events;
    const [newest, , third] = all;
    // From the third-newest on, up to (not including) the newest.
    const range = await team.owner.client.get(
      `${logPath()}?limit=100&from=${encodeURIComponent(third.at)}&to=${encodeURIComponent(newest.at)}`,
    );
    expect(range.status).toBe(200);
    const got = range.body.events.map((e: any) => e.id);
    expect(got).toContain(third.id);
    expect(got).not.toContain(newest.id);
    expect(range.body.events.every((e: any) => e.at >= third.at && e.at < newest.at)).toBe(true);
    const future = await team.owner.client.get(`${logPath()}?from=2999-01-01T00:00:00Z`);
    expect(future.body.events).toEqual([]);

    const backwards = await team.owner.client.get(
      `${logPath()}?from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z`,
    );
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.message).toBe('from must be before to: the range is empty.');
    const bad = await team.owner.client.get(`${logPath()}?from=yesterday`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('from must be a date and time in ISO 8601');

    const csv = await team.owner.client.get(`${logPath()}.csv?person=${mallory.id}`);
    const lines = csv.text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toContain(`,${about[0].at},"Adam Admin removed`);
  });

  it('is for owners and admins only; outsiders learn nothing', async () => {
    expect((await team.member.client.get(logPath())).status).toBe(403);
    expect((await team.member.client.get(`${logPath()}.csv`)).status).toBe(403);
    expect((await mallory.client.get(logPath())).status).toBe(404);
  });

  it('exports the same events as CSV, escaped and safe to open in a spreadsheet', async () => {
    const json = (await team.owner.client.get(`${logPath()}?limit=100`)).body.events;
    const reply = await team.owner.client.get(`${logPath()}.csv`);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(reply.headers.get('content-disposition')).toMatch(/attachment; filename="audit-log-/);
    const lines = reply.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,at,description,actor_id,actor_name,action,target_id,target_name,data');
    expect(lines).toHaveLength(json.length + 1);
    expect(lines[1]?.startsWith(`${json[0].id},${json[0].at},`)).toBe(true);
    expect(reply.text).toContain(`"'=HYPERLINK(""http://evil.example"",""Click""), ok"`);
    expect(reply.text).not.toMatch(/,=HYPERLINK/);

    const filtered = await team.owner.client.get(`${logPath()}.csv?action=member.left`);
    expect(filtered.text.trimEnd().split('\r\n')).toHaveLength(2);
  });

  it('escapes cells by RFC 4180 and neutralises formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    for (const lead of ['=', '+', '-', '@']) expect(csvCell(`${lead}1+1`)).toBe(`'${lead}1+1`);
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
    expect(csvCell(null)).toBe('');
  });
});

describe('activity', () => {
  const lastActive = async (userId: string) =>
    (
      await rows<{ last_active_at: Date | string | null }>(
        server.database.db,
        sql`SELECT last_active_at FROM membership WHERE organization_id = ${team.org.id} AND user_id = ${userId}`,
      )
    )[0]?.last_active_at;

  it('is shown to owners and admins, and written at most once every five minutes', async () => {
    const list = await team.owner.client.get(`/api/v1/organizations/${team.org.id}/members`);
    const member = list.body.members.find((m: any) => m.user.id === team.member.id);
    expect(Date.now() - Date.parse(member.lastActiveAt)).toBeLessThan(60_000);

    // Pretend the member was last seen an hour ago: their next requests, made within five
    // minutes of their last recorded one in this process, write nothing.
    await server.database.db.execute(
      sql`UPDATE membership SET last_active_at = now() - interval '1 hour' WHERE user_id = ${team.member.id}`,
    );
    const before = await lastActive(team.member.id);
    for (let i = 0; i < 3; i++) await team.member.client.get(`/api/v1/organizations/${team.org.id}`);
    expect(await lastActive(team.member.id)).toEqual(before);
  });

  it('the guarded UPDATE writes only when the last write is older than five minutes', async () => {
    const db = server.database.db;
    await db.execute(
      sql`UPDATE membership SET last_active_at = now() - interval '4 minutes' WHERE user_id = ${team.member.id}`,
    );
    const recent = await lastActive(team.member.id);
    await recordActivity(db, team.member.id);
    expect(await lastActive(team.member.id)).toEqual(recent);
    await db.execute(
      sql`UPDATE membership SET last_active_at = now() - interval '6 minutes' WHERE user_id = ${team.member.id}`,
    );
    await recordActivity(db, team.member.id);
    expect(Date.now() - new Date((await lastActive(team.member.id))!).getTime()).toBeLessThan(60_000);
  });

  it('the in-process throttle lets one write through per user per interval', async () => {
    const throttle = new ActivityThrottle(1000);
    expect(throttle.take('a', 0)).toBe(true);
    expect(throttle.take('a', 999)).toBe(false);
    expect(throttle.take('b', 999)).toBe(true);
    expect(throttle.take('a', 1000)).toBe(true);
  });

  it('the throttle stays bounded and forgets the oldest first, never a recent writer', async () => {
    const throttle = new ActivityThrottle(1000, 3);
    for (const id of ['a', 'b', 'c', 'd']) expect(throttle.take(id, 10)).toBe(true);
    // Four people within the interval, room for three: the first one is forgotten.
    expect(throttle.take('a', 20)).toBe(true);
    expect(throttle.take('d', 20)).toBe(false);
    expect(throttle.take('c', 20)).toBe(false);
    // After the interval every one of them writes again.
    for (const id of ['a', 'c', 'd']) expect(throttle.take(id, 1100)).toBe(true);
  });
});
