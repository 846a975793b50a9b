import { and, asc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Member } from '../../contracts/members.ts';
import { can } from '../../contracts/permissions.ts';
import type { Database } from '../../db/client.ts';
import { user } from '../../db/schema/auth.ts';
import { membership } from '../../db/schema/organizations.ts';
import { requireMembership } from '../access/require-membership.ts';
import { decodeCursor, encodeCursor } from '../pagination/keyset-cursor.ts';
import { memberColumns, memberView } from './member-view.ts';

/**
 * A page of an organization's members, oldest first, by keyset so page 1,000 costs the
 * same as page 1. Owners and admins also see e-mail addresses and last activity, and
 * only they can search by e-mail (otherwise search would reveal addresses).
 */
export async function listMembers(
  db: Database,
  options: {
    organizationId: string;
    userId: string;
    limit: number;
    cursor?: string | undefined;
    q?: string | undefined;
  },
): Promise<{ members: Member[]; nextCursor: string | null }> {
  const viewer = await requireMembership(db, options.organizationId, options.userId);
  const privileged = can(viewer.role, 'members', 'readPrivate');
  const rows = await memberPageQuery(db, { ...options, privileged });

  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    members: page.map((r) => memberView(r, privileged)),
    nextCursor: rows.length > options.limit && last ? encodeCursor({ at: last.joinedAt, id: last.id }) : null,
  };
}

/**
 * The page's one statement, apart so a test can EXPLAIN it: with `q`, the planner should
 * find matching users by the trigram indexes (user_name_trgm_idx, user_email_trgm_idx)
 * and then their membership here, rather than walk all of a large organization's members.
 */
export function memberPageQuery(
  db: Database,
  options: {
    organizationId: string;
    limit: number;
    privileged: boolean;
    cursor?: string | undefined;
    q?: string | undefined;
  },
) {
  const conditions: SQL[] = [eq(membership.organizationId, options.organizationId)];
  if (options.cursor) {
    const after = decodeCursor(options.cursor, { uuidIds: false });
    conditions.push(sql`(${membership.joinedAt}, ${membership.userId}) > (${after.at}, ${after.id})`);
  }
  if (options.q) {
    const pattern = `%${options.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const byName = ilike(user.name, pattern);
    conditions.push(options.privileged ? (or(byName, ilike(user.email, pattern)) as SQL) : byName);
  }
  return db
    .select(memberColumns)
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .where(and(...conditions))
    .orderBy(asc(membership.joinedAt), asc(membership.userId))
    .limit(options.limit + 1);
}
