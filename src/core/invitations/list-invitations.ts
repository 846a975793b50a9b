import { sql } from 'drizzle-orm';
import type { InvitationList } from '../../contracts/invitations.ts';
import type { Database } from '../../db/client.ts';
import { rows } from '../../db/rows.ts';
import { requireMembership, requirePermission } from '../access/require-membership.ts';
import { decodeCursor, encodeCursor } from '../pagination/keyset-cursor.ts';
import { type InvitationRow, invitationColumns, invitationView } from './invitation-view.ts';

/**
 * One page of the organization's e-mail invitations, newest first, and where each stands,
 * for owners and admins (decision 0035: a keyset page on `invitation_org_sent_idx`, as the
 * member list and audit log page). The counts are of every page: the "resend all" banner
 * must count what `resend {needsNewLink}` would mail, not what one page shows.
 */
export async function listInvitations(
  db: Database,
  options: { organizationId: string; userId: string; limit: number; cursor?: string | undefined },
): Promise<InvitationList> {
  const member = await requireMembership(db, options.organizationId, options.userId);
  requirePermission(member, 'invitations', 'read', 'see the e-mail invitations');
  const before = options.cursor ? decodeCursor(options.cursor, { uuidIds: true }) : undefined;
  const [found, [counts]] = await Promise.all([
    readInvitationPage(db, options.organizationId, options.limit + 1, before),
    rows<{ total: number; needs_new_link: number }>(
      db,
      sql`SELECT count(*)::int AS total,
            (count(*) FILTER (WHERE i.status IN ('invited', 'opened') AND i.link_version < l.version))::int
              AS needs_new_link
          FROM invitation i JOIN invite_link l ON l.organization_id = i.organization_id
          WHERE i.organization_id = ${options.organizationId}`,
    ),
  ]);
  const page = found.slice(0, options.limit).map(invitationView);
  const last = page.at(-1);
  return {
    invitations: page,
    nextCursor:
      found.length > options.limit && last ? encodeCursor({ at: new Date(last.sentAt), id: last.id }) : null,
    total: counts?.total ?? 0,
    needsNewLink: counts?.needs_new_link ?? 0,
  };
}

/**
 * Up to `limit` invitations sent before `before` (all of them from the newest without it),
 * newest first. The caller has checked the viewer may read them.
 */
export function readInvitationPage(
  db: Database,
  organizationId: string,
  limit: number,
  before?: { at: Date; id: string },
): Promise<InvitationRow[]> {
  return rows<InvitationRow>(
    db,
    sql`SELECT ${sql.raw(invitationColumns)}
        FROM invitation i JOIN invite_link l ON l.organization_id = i.organization_id
        LEFT JOIN "user" u ON u.id = i.invited_by
        WHERE i.organization_id = ${organizationId}
          ${before ? sql`AND (i.sent_at, i.id) < (${before.at.toISOString()}::timestamptz, ${before.id}::uuid)` : sql``}
        ORDER BY i.sent_at DESC, i.id DESC
        LIMIT ${limit}`,
  );
}
