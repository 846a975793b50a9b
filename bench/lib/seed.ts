import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { deriveInviteKey, inviteToken } from '../../src/core/invites/invite-token.ts';
import type { Sql } from './database.ts';

/** A seeded person and the session cookie a browser would send for them. */
export type BenchUser = { id: string; cookie: string };
export type BenchOrg = { id: string; ownerId: string; invitePath: string };

// Tokens are unguessable per run; the suffix only keeps them unique within it.
const nonce = randomBytes(12).toString('hex');

/** Exactly what better-auth (better-call's signCookieValue) sends: token.base64(HMAC-SHA256). */
export function sessionCookie(secret: string, token: string): string {
  const signature = createHmac('sha256', secret).update(token).digest('base64');
  return `better-auth.session_token=${encodeURIComponent(`${token}.${signature}`)}`;
}

/**
 * Users straight into the database: signing thousands up would spend minutes in argon2.
 * The session lasts seven days less a minute, better-auth's default lifetime, so it is never
 * "due for refresh" and no request rewrites it (that would measure something else).
 */
export async function seedUsers(
  sql: Sql,
  secret: string,
  prefix: string,
  count: number,
  options: { sessions?: boolean; name?: (i: number) => string } = {},
): Promise<BenchUser[]> {
  await sql.query(
    `INSERT INTO "user" (id, name, email, email_verified)
     SELECT $1 || '-' || i, $2 || ' ' || i, $1 || '-' || i || '@bench.example', true
     FROM generate_series(1, $3::int) AS i`,
    [prefix, `Bench ${prefix}`, count],
  );
  const ids = Array.from({ length: count }, (_, k) => `${prefix}-${k + 1}`);
  if (options.sessions === false) return ids.map((id) => ({ id, cookie: '' }));
  await sql.query(
    `INSERT INTO session (id, token, user_id, expires_at)
     SELECT 's-' || $1 || '-' || i, $2 || '-' || $1 || '-' || i, $1 || '-' || i,
            now() + interval '7 days' - interval '1 minute'
     FROM generate_series(1, $3::int) AS i`,
    [prefix, nonce, count],
  );
  return ids.map((id, k) => ({ id, cookie: sessionCookie(secret, `${nonce}-${prefix}-${k + 1}`) }));
}

/**
 * Organizations as createOrganization leaves them (row, invite link version 1, owner
 * membership), the owner holding no seat so every seat is free for the joiners.
 */
export async function seedOrgs(
  sql: Sql,
  secret: string,
  prefix: string,
  count: number,
  seats: number,
): Promise<{ orgs: BenchOrg[]; owners: BenchUser[] }> {
  const owners = await seedUsers(sql, secret, `${prefix}-owner`, count);
  const ids = owners.map(() => randomUUID());
  // Ids travel as one comma-separated string: PGlite and pg agree on text parameters.
  const list = `unnest(string_to_array($1, ',')) WITH ORDINALITY AS t(id, i)`;
  await sql.query(
    `INSERT INTO organization (id, name, seats, seats_used) SELECT id::uuid, 'Bench org ' || i, $2::int, 0 FROM ${list}`,
    [ids.join(','), seats],
  );
  await sql.query(`INSERT INTO invite_link (organization_id) SELECT id::uuid FROM ${list}`, [ids.join(',')]);
  await sql.query(
    `INSERT INTO membership (organization_id, user_id, role, seat, joined_at)
     SELECT id::uuid, $2 || '-' || i, 'owner', 'none', now() - interval '1 day' FROM ${list}`,
    [ids.join(','), `${prefix}-owner`],
  );
  const inviteKey = deriveInviteKey(secret);
  const orgs = owners.map((owner, k) => {
    const id = ids[k]!;
    return { id, ownerId: owner.id, invitePath: `/api/v1/invites/${id}/${inviteToken(inviteKey, id, 1)}` };
  });
  return { orgs, owners };
}

/**
 * One organization with `members` members (no seats: the list is what is measured), joined a
 * second apart; every thousandth is named "Zebra …" for the search.
 */
export async function seedLargeOrg(sql: Sql, secret: string, members: number) {
  const { orgs, owners } = await seedOrgs(sql, secret, 'large', 1, 10);
  const org = orgs[0]!;
  await sql.query(
    `INSERT INTO "user" (id, name, email, email_verified)
     SELECT 'big-' || i, CASE WHEN i % 1000 = 0 THEN 'Zebra ' ELSE 'Member ' END || i,
            'big-' || i || '@bench.example', true
     FROM generate_series(1, $1::int) AS i`,
    [members],
  );
  await sql.query(
    `INSERT INTO membership (organization_id, user_id, role, seat, joined_at)
     SELECT $1::uuid, 'big-' || i, 'member', 'none', timestamptz '2026-01-01T00:00:00Z' + i * interval '1 second'
     FROM generate_series(1, $2::int) AS i`,
    [org.id, members],
  );
  await sql.query('ANALYZE');
  return { org, owner: owners[0]! };
}

/** The cursor the API would hand out after `position` rows (see src/core/pagination/keyset-cursor.ts). */
export async function cursorAfter(sql: Sql, organizationId: string, position: number): Promise<string> {
  const [row] = await sql.query<{ joined_at: Date | string; user_id: string }>(
    `SELECT joined_at, user_id FROM membership WHERE organization_id = $1
     ORDER BY joined_at, user_id OFFSET $2 LIMIT 1`,
    [organizationId, position - 1],
  );
  if (!row) throw new Error(`no member at position ${position}`);
  const joinedAt = new Date(row.joined_at).toISOString();
  // The member list's cursor names its order (src/core/members/member-order.ts): joined, ascending.
  return Buffer.from(JSON.stringify(['joined.asc', joinedAt, row.user_id])).toString('base64url');
}

/** The seat invariant of issue 7: never more Plus members than seats, counter equals rows. */
export async function oversold(sql: Sql, organizationIds: string[]) {
  const rows = await sql.query<{ seats: number; seats_used: number; plus: number }>(
    `SELECT o.seats, o.seats_used,
       (SELECT count(*)::int FROM membership m WHERE m.organization_id = o.id AND m.seat = 'plus') AS plus
     FROM organization o WHERE o.id = ANY(string_to_array($1, ',')::uuid[])`,
    [organizationIds.join(',')],
  );
  let over = 0;
  let mismatched = 0;
  let used = 0;
  for (const r of rows) {
    over += Math.max(0, r.plus - r.seats, r.seats_used - r.seats);
    if (r.seats_used !== r.plus) mismatched += 1;
    used += r.seats_used;
  }
  return { oversold: over, mismatched, seatsUsed: used, orgsFound: rows.length };
}
