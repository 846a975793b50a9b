import { asc, desc, type SQL, sql } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import type { MemberSort } from '../../contracts/members.ts';
import { user } from '../../db/schema/auth.ts';
import { membership } from '../../db/schema/organizations.ts';

/**
 * The member list's orders, each a keyset on (key, user id) that an index walks
 * (docs/decisions/0033-member-list-at-scale.md): joined on membership_org_joined_idx,
 * name on user_name_id_idx, last activity on membership_org_active_idx. Someone never
 * active sorts as if last active at the epoch, so the key is never null and the keyset
 * stays one row comparison the index can answer.
 */
export const lastActiveKey = sql`coalesce(${membership.lastActiveAt}, 'epoch'::timestamptz)`;

type Key = {
  column: SQL | typeof user.name | typeof membership.joinedAt;
  id: typeof user.id | typeof membership.userId;
  kind: 'date' | 'text';
};

const keys: Record<MemberSort, Key> = {
  joined: { column: membership.joinedAt, id: membership.userId, kind: 'date' },
  name: { column: user.name, id: user.id, kind: 'text' },
  last_active: { column: lastActiveKey, id: membership.userId, kind: 'date' },
};

export type MemberOrder = { sort: MemberSort; direction: 'asc' | 'desc' };

export function memberOrder(sort: MemberSort, order: 'asc' | 'desc' | undefined): MemberOrder {
  return { sort, direction: order ?? (sort === 'last_active' ? 'desc' : 'asc') };
}

export function orderBy(order: MemberOrder): SQL[] {
  const { column, id } = keys[order.sort];
  const by = order.direction === 'asc' ? asc : desc;
  return [by(column), by(id)];
}

/** The value a cursor carries for a row: what the order compares. */
export function keyOf(
  order: MemberOrder,
  row: { name: string; joinedAt: Date; lastActiveAt: Date | null; id: string },
): string {
  if (order.sort === 'name') return row.name;
  if (order.sort === 'joined') return row.joinedAt.toISOString();
  return (row.lastActiveAt ?? new Date(0)).toISOString();
}

/** Rows after the cursor's, in the order's direction. */
export function afterCursor(order: MemberOrder, cursor: { value: string; id: string }): SQL {
  const { column, id, kind } = keys[order.sort];
  const value = kind === 'date' ? new Date(cursor.value) : cursor.value;
  return order.direction === 'asc'
    ? sql`(${column}, ${id}) > (${value}, ${cursor.id})`
    : sql`(${column}, ${id}) < (${value}, ${cursor.id})`;
}

/** Opaque to clients; names its order so a cursor from another sort is refused, not misread. */
export function encodeMemberCursor(order: MemberOrder, value: string, id: string): string {
  return Buffer.from(JSON.stringify([`${order.sort}.${order.direction}`, value, id])).toString('base64url');
}

export function decodeMemberCursor(raw: string, order: MemberOrder): { value: string; id: string } {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed[0] === `${order.sort}.${order.direction}` &&
      typeof parsed[1] === 'string' &&
      typeof parsed[2] === 'string' &&
      parsed[2].length > 0 &&
      parsed[2].length <= 200 &&
      (keys[order.sort].kind === 'text' || !Number.isNaN(new Date(parsed[1]).getTime()))
    ) {
      return { value: parsed[1], id: parsed[2] };
    }
  } catch {
    // fall through: any undecodable cursor is the caller's mistake
  }
  throw new RosterError(
    'INVALID_CURSOR',
    'cursor is not one this server issued for this sort; start again without it.',
  );
}
