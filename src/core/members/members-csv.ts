import type { MemberFilters } from '../../contracts/members.ts';
import { can } from '../../contracts/permissions.ts';
import type { Database } from '../../db/client.ts';
import { requireMembership, requirePermission } from '../access/require-membership.ts';
import { csvRow } from '../csv/csv-row.ts';
import { memberPageQuery } from './list-members.ts';
import { encodeMemberCursor, keyOf, memberOrder } from './member-order.ts';

const header = ['name', 'email', 'role', 'seat', 'joined_at', 'last_active_at', 'user_id'];
const PAGE = 500;

/**
 * The member list as CSV, with the list's filters and sort, page by page by keyset so a
 * 100,000-member organization never sits in memory. For owners and admins (it holds
 * e-mail addresses); checked, and the first page read, before the first byte.
 */
export async function membersCsv(
  db: Database,
  options: { organizationId: string; userId: string } & Partial<MemberFilters>,
): Promise<AsyncGenerator<string>> {
  const viewer = await requireMembership(db, options.organizationId, options.userId);
  requirePermission(viewer, 'members', 'readPrivate', 'export the member list');
  const privileged = can(viewer.role, 'members', 'readPrivate');
  const order = memberOrder(options.sort ?? 'joined', options.order);
  const read = (cursor?: string) => memberPageQuery(db, { ...options, privileged, limit: PAGE, cursor });
  const first = await read();
  return (async function* rowsOf() {
    yield csvRow(header);
    let rows = first;
    for (;;) {
      const page = rows.slice(0, PAGE);
      for (const r of page) {
        yield csvRow([
          r.name,
          r.email,
          r.role,
          r.seat === 'plus' ? 'Plus' : 'No seat',
          r.joinedAt.toISOString(),
          r.lastActiveAt?.toISOString() ?? null,
          r.id,
        ]);
      }
      const last = page.at(-1);
      if (rows.length <= PAGE || !last) return;
      rows = await read(encodeMemberCursor(order, keyOf(order, last), last.id));
    }
  })();
}
