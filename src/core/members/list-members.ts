import { and, count, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import {
  type ListMembersQuery,
  MEMBER_COUNT_LIMIT,
  type Member,
  type MemberFilters,
} from '../../contracts/members.ts';
import { can } from '../../contracts/permissions.ts';
import type { Database } from '../../db/client.ts';
import { user } from '../../db/schema/auth.ts';
import { membership } from '../../db/schema/organizations.ts';
import { requireMembership } from '../access/require-membership.ts';
import {
  afterCursor,
  decodeMemberCursor,
  encodeMemberCursor,
  keyOf,
  memberOrder,
  orderBy,
} from './member-order.ts';
import { memberColumns, memberView } from './member-view.ts';

/**
 * A page of an organization's members, filtered and sorted on the server, by keyset so
 * page 1,000 costs the same as page 1. The first page also counts the matches, up to
 * 10,000 ("Showing 1–50 of 1,234", or "of 10,000+"); later pages do not count again. Owners and admins also see e-mail
 * addresses and last activity, and only they can search by e-mail (otherwise search
 * would reveal addresses).
 */
export async function listMembers(
  db: Database,
  options: { organizationId: string; userId: string } & Partial<ListMembersQuery> & { limit: number },
): Promise<{ members: Member[]; nextCursor: string | null; total: { count: number; more: boolean } | null }> {
  const viewer = await requireMembership(db, options.organizationId, options.userId);
  const privileged = can(viewer.role, 'members', 'readPrivate');
  const order = memberOrder(options.sort ?? 'joined', options.order);
  const [rows, total] = await Promise.all([
    memberPageQuery(db, { ...options, privileged }),
    options.cursor ? null : countMembers(db, { ...options, privileged }),
  ]);

  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    members: page.map((r) => memberView(r, privileged)),
    nextCursor:
      rows.length > options.limit && last ? encodeMemberCursor(order, keyOf(order, last), last.id) : null,
    total,
  };
}

type PageOptions = { organizationId: string; privileged: boolean } & Partial<MemberFilters>;

/** The filters' conditions, shared by the page, the count and the CSV export. */
export function memberConditions(options: PageOptions): SQL[] {
  const conditions: SQL[] = [eq(membership.organizationId, options.organizationId)];
  if (options.role) conditions.push(eq(membership.role, options.role));
  if (options.seat) conditions.push(eq(membership.seat, options.seat));
  if (options.q) {
    const pattern = `%${options.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const byName = ilike(user.name, pattern);
    conditions.push(options.privileged ? (or(byName, ilike(user.email, pattern)) as SQL) : byName);
  }
  return conditions;
}

/**
 * The page's one statement, apart so a test can EXPLAIN it: with `q`, the planner should
 * find matching users by the trigram indexes (user_name_trgm_idx, user_email_trgm_idx)
 * and then their membership here, rather than walk all of a large organization's members.
 */
export function memberPageQuery(
  db: Database,
  options: PageOptions & { limit: number; cursor?: string | undefined },
) {
  const order = memberOrder(options.sort ?? 'joined', options.order);
  const conditions = memberConditions(options);
  if (options.cursor) conditions.push(afterCursor(order, decodeMemberCursor(options.cursor, order)));
  return db
    .select(memberColumns)
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .where(and(...conditions))
    .orderBy(...orderBy(order))
    .limit(options.limit + 1);
}

/**
 * How many members match, counting at most MEMBER_COUNT_LIMIT + 1 rows: without a search
 * an index-only walk of the organization's memberships that stops there, so a 100,000-member
 * organization's first page does not pay for counting all of them (decision 0033).
 */
async function countMembers(db: Database, options: PageOptions): Promise<{ count: number; more: boolean }> {
  const conditions = memberConditions(options);
  const matching = options.q
    ? db
        .select({ one: sql`1` })
        .from(membership)
        .innerJoin(user, eq(user.id, membership.userId))
        .where(and(...conditions))
    : db
        .select({ one: sql`1` })
        .from(membership)
        .where(and(...conditions));
  const capped = matching.limit(MEMBER_COUNT_LIMIT + 1).as('capped');
  const [row] = await db.select({ n: count() }).from(capped);
  const n = row?.n ?? 0;
  return { count: Math.min(n, MEMBER_COUNT_LIMIT), more: n > MEMBER_COUNT_LIMIT };
}
