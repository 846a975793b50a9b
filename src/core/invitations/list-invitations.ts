import { sql } from 'drizzle-orm';
import type { InvitationList } from '../../contracts/invitations.ts';
import type { Database } from '../../db/client.ts';
import { rows } from '../../db/rows.ts';
import { requireMembership, requirePermission } from '../access/require-membership.ts';
import { type InvitationRow, invitationColumns, invitationView } from './invitation-view.ts';

/** Newest first; an organization that sent more sees the latest ones (decision 0030). */
export const INVITATION_LIST_LIMIT = 1000;

/** The organization's e-mail invitations and where each stands, for owners and admins. */
export async function listInvitations(
  db: Database,
  options: { organizationId: string; userId: string },
): Promise<InvitationList> {
  const member = await requireMembership(db, options.organizationId, options.userId);
  requirePermission(member, 'invitations', 'read', 'see the e-mail invitations');
  const found = await rows<InvitationRow>(
    db,
    sql`SELECT ${sql.raw(invitationColumns)}
        FROM invitation i JOIN invite_link l ON l.organization_id = i.organization_id
        LEFT JOIN "user" u ON u.id = i.invited_by
        WHERE i.organization_id = ${options.organizationId}
        ORDER BY i.sent_at DESC, i.id DESC
        LIMIT ${INVITATION_LIST_LIMIT}`,
  );
  const invitations = found.map(invitationView);
  return { invitations, needsNewLink: invitations.filter((i) => i.needsNewLink).length };
}
