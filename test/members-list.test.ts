import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignedInUser } from './support/client.ts';
import { createOrganization, type TestOrganization } from './support/factories.ts';
import { seedUser } from './support/seed.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

let server: TestServer;
let owner: SignedInUser;
let member: SignedInUser;
let org: TestOrganization;
const ids = new Map<string, string>();
const names = [
  'Ada Lovelace',
  'Alan Turing',
  'Grace Hopper',
  'Edsger Dijkstra',
  'Barbara Liskov',
  'Ken Thompson',
];

beforeAll(async () => {
  server = await startTestServer();
  owner = await seedUser(server.url, { name: 'Olive Owner' });
  org = await createOrganization(owner, { seats: 20 });
  for (const name of names) {
    const user = await seedUser(server.url, {
      name,
      email: `${name.split(' ')[0]!.toLowerCase()}@compute.example`,
    });
    await user.client.post(`${org.invitePath}/join`);
    if (name === 'Ada Lovelace') member = user;
    ids.set(name, user.id);
  }
  ids.set('Olive Owner', owner.id);
  const path = (name: string) => `/api/v1/organizations/${org.id}/members/${ids.get(name)}`;
  // Alan is an admin; Ken and Barbara hold no seat; activity is set so its order is known.
  expect((await owner.client.patch(path('Alan Turing'), { role: 'admin' })).status).toBe(200);
  for (const name of ['Ken Thompson', 'Barbara Liskov']) {
    expect((await owner.client.patch(path(name), { seat: 'none' })).status).toBe(200);
  }
  const activity = ['Grace Hopper', 'Ken Thompson', 'Olive Owner', 'Ada Lovelace', 'Alan Turing'];
  for (const [i, name] of activity.entries()) {
    await server.database.db.execute(
      sql`UPDATE membership SET last_active_at = ${new Date(Date.UTC(2026, 0, 10 - i))}
          WHERE user_id = ${ids.get(name)!}`,
    );
  }
  // Never active: sorts after everyone who was, most recent first.
  await server.database.db.execute(
    sql`UPDATE membership SET last_active_at = NULL WHERE user_id IN (${ids.get('Edsger Dijkstra')!}, ${ids.get('Barbara Liskov')!})`,
  );
});
afterAll(async () => server.close());

const list = (user: SignedInUser, query = '') =>
  user.client.get(`/api/v1/organizations/${org.id}/members${query}`);

/** Every page of a listing, following nextCursor; the names in order and the first page's total. */
async function allPages(user: SignedInUser, query: string) {
  const names: string[] = [];
  let cursor: string | null = null;
  let total: number | null = null;
  let pages = 0;
  do {
    const reply = await list(user, `?limit=2&${query}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(reply.status, reply.text).toBe(200);
    if (pages === 0) {
      expect(reply.body.total.more).toBe(false);
      total = reply.body.total.count;
    } else expect(reply.body.total).toBeNull();
    names.push(...reply.body.members.map((m: any) => m.user.name));
    cursor = reply.body.nextCursor;
    pages += 1;
  } while (cursor);
  return { names, total };
}

describe('filters, sorts and totals', () => {
  it('sorts by name either way, every member once across pages, with the total on the first page', async () => {
    const byName = [...names, 'Olive Owner'].sort();
    expect(await allPages(owner, 'sort=name')).toEqual({ names: byName, total: 7 });
    expect((await allPages(owner, 'sort=name&order=desc')).names).toEqual([...byName].reverse());
  });

  it('sorts by last activity, most recent first, people never active last', async () => {
    expect((await allPages(owner, 'sort=last_active')).names).toEqual([
      'Grace Hopper',
      'Ken Thompson',
      'Olive Owner',
      'Ada Lovelace',
      'Alan Turing',
      // Never active, then by id (descending): either order of the two is fine.
      ...(ids.get('Edsger Dijkstra')! > ids.get('Barbara Liskov')!
        ? ['Edsger Dijkstra', 'Barbara Liskov']
        : ['Barbara Liskov', 'Edsger Dijkstra']),
    ]);
    expect((await allPages(owner, 'sort=last_active&order=asc')).names.slice(2)).toEqual([
      'Alan Turing',
      'Ada Lovelace',
      'Olive Owner',
      'Ken Thompson',
      'Grace Hopper',
    ]);
  });

  it('filters by role and by seat on the server, alone, together and with a search', async () => {
    expect(await allPages(owner, 'role=admin')).toEqual({ names: ['Alan Turing'], total: 1 });
    expect(await allPages(owner, 'seat=none&sort=name')).toEqual({
      names: ['Barbara Liskov', 'Ken Thompson'],
      total: 2,
    });
    expect((await allPages(owner, 'seat=plus')).total).toBe(5);
    expect(await allPages(owner, 'role=member&seat=plus&q=a&sort=name')).toEqual({
      names: ['Ada Lovelace', 'Edsger Dijkstra', 'Grace Hopper'],
      total: 3,
    });
    expect(await allPages(member, 'role=owner')).toEqual({ names: ['Olive Owner'], total: 1 });
  });

  it('refuses a cursor of another sort and an unknown sort or filter value', async () => {
    const first = await list(owner, '?limit=2&sort=name');
    const misused = await list(owner, `?limit=2&sort=joined&cursor=${first.body.nextCursor}`);
    expect(misused.status).toBe(400);
    expect(misused.body.error.code).toBe('INVALID_CURSOR');
    for (const query of ['sort=email', 'order=up', 'role=boss', 'seat=gold']) {
      const reply = await list(owner, `?${query}`);
      expect(reply.status, query).toBe(400);
      expect(reply.body.error.code).toBe('VALIDATION_FAILED');
    }
  });
});

describe('member list', () => {
  it('pages through every member exactly once, oldest first', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const reply = await list(member, `?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(reply.status).toBe(200);
      expect(reply.body.members.length).toBeLessThanOrEqual(3);
      seen.push(...reply.body.members.map((m: any) => m.user.name));
      cursor = reply.body.nextCursor;
      pages += 1;
    } while (cursor);
    expect(seen).toEqual(['Olive Owner', ...names]);
    expect(pages).toBe(3);
  });

  it('shows e-mail addresses and activity to owners and admins only', async () => {
    const forOwner = await list(owner, '?limit=2');
    expect(forOwner.body.members[0]).toMatchObject({
      user: { name: 'Olive Owner', email: owner.email },
      role: 'owner',
      seat: 'plus',
      // Set on joining and by signed-in requests (issue 3's activity tracking).
      lastActiveAt: expect.any(String),
    });
    const forMember = await list(member);
    for (const m of forMember.body.members) {
      expect(m.user).not.toHaveProperty('email');
      expect(m).not.toHaveProperty('lastActiveAt');
    }
    expect(forMember.text).not.toContain('@compute.example');
  });

  it('searches by name for everyone, and by e-mail only for owners and admins', async () => {
    const byName = await list(member, '?q=gRaCe');
    expect(byName.body.members.map((m: any) => m.user.name)).toEqual(['Grace Hopper']);
    // A member must not be able to probe addresses through search.
    expect((await list(member, '?q=compute.example')).body.members).toEqual([]);
    expect((await list(owner, '?q=compute.example')).body.members).toHaveLength(names.length);
    // Wildcards are matched literally.
    expect((await list(owner, '?q=%25')).body.members).toEqual([]);
    expect((await list(owner, '?q=_')).body.members).toEqual([]);
  });

  it('rejects a tampered cursor or a bad limit with a clear message', async () => {
    const tampered = await list(member, '?cursor=not-a-cursor');
    expect(tampered.status).toBe(400);
    expect(tampered.body.error.code).toBe('INVALID_CURSOR');
    for (const limit of ['0', '101', 'ten', '2.5']) {
      const reply = await list(member, `?limit=${limit}`);
      expect(reply.status, limit).toBe(400);
      expect(reply.body.error.message).toContain('limit');
    }
  });
});
