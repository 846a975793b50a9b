import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberFilters } from '../src/contracts/members.ts';
import { memberPageQuery } from '../src/core/members/list-members.ts';
import { type SignedInUser, signUp } from './support/client.ts';
import { createOrganization, type TestOrganization } from './support/factories.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

// Issue 17: a 100,000-member organization still pages at first-page cost with the list's
// filters. Each filter, under each sort, must read an index range, never every membership
// (a Seq Scan). Rare values are the hard case: 100 people without a seat, 5 admins.
const MEMBERS = 100_000;

let server: TestServer;
let owner: SignedInUser;
let org: TestOrganization;

beforeAll(async () => {
  server = await startTestServer();
  owner = await signUp(server.url, { name: 'Olive Owner' });
  org = await createOrganization(owner, { seats: 10 });
  const db = server.database.db;
  // Seeded in SQL: signing 100,000 people up would take hours of argon2.
  await db.execute(sql`
    INSERT INTO "user" (id, name, email, email_verified)
    SELECT 'big-' || i, 'Member ' || i, 'big-' || i || '@scale.example', true
    FROM generate_series(1, ${MEMBERS}::int) AS i`);
  await db.execute(sql`
    INSERT INTO membership (organization_id, user_id, role, seat, joined_at)
    SELECT ${org.id}::uuid, 'big-' || i,
           CASE WHEN i % 20000 = 0 THEN 'admin' ELSE 'member' END,
           CASE WHEN i % 1000 = 0 THEN 'none' ELSE 'plus' END,
           now() + i * interval '1 second'
    FROM generate_series(1, ${MEMBERS}::int) AS i`);
  await db.execute(sql`ANALYZE`);
}, 300_000);
afterAll(async () => server?.close());

async function plan(filters: Partial<MemberFilters>) {
  const query = memberPageQuery(server.database.db, {
    organizationId: org.id,
    privileged: true,
    limit: 50,
    ...filters,
  });
  const result = (await server.database.db.execute(sql`EXPLAIN ${query}`)) as unknown as {
    rows: { 'QUERY PLAN': string }[];
  };
  return result.rows.map((r) => r['QUERY PLAN']).join('\n');
}

const filterSets: Partial<MemberFilters>[] = [
  {},
  { seat: 'none' },
  { seat: 'plus' },
  { role: 'admin' },
  { role: 'member', seat: 'none' },
];

describe('the member list of a 100,000-member organization, filtered', () => {
  for (const filters of filterSets) {
    for (const sort of ['joined', 'name', 'last_active'] as const) {
      it(`${JSON.stringify(filters)} by ${sort}: an index range, never a scan of every membership`, async () => {
        const text = await plan({ ...filters, sort });
        expect(text).not.toMatch(/Seq Scan on membership/);
      });
    }
  }

  it('the rare "no seat" side is read from the seat index', async () => {
    expect(await plan({ seat: 'none', sort: 'joined' })).toContain('membership_org_seat_joined_idx');
  });

  it('through the API: the first page counts the matches, the next page follows the cursor', async () => {
    const path = `/api/v1/organizations/${org.id}/members`;
    const first = await owner.client.get(`${path}?seat=none&limit=50`);
    expect(first.status, first.text).toBe(200);
    expect(first.body.total).toEqual({ count: 100, more: false });
    expect(first.body.members).toHaveLength(50);
    const second = await owner.client.get(`${path}?seat=none&limit=50&cursor=${first.body.nextCursor}`);
    expect(second.body.members).toHaveLength(50);
    expect(second.body.total).toBeNull();
    expect(second.body.nextCursor).toBeNull();
    const admins = await owner.client.get(`${path}?role=admin&sort=name`);
    expect(admins.body.total).toEqual({ count: 5, more: false });
  });
});
