import { sql } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import type { Invitation } from '../../contracts/invitations.ts';
import type { Database } from '../../db/client.ts';
import { rows } from '../../db/rows.ts';
import { requireMembership, requirePermission } from '../access/require-membership.ts';
import { recordEvent, transactionWithEvents } from '../events/record-event.ts';
import { type InvitationRow, invitationColumns, invitationView } from './invitation-view.ts';

/**
 * Withdraws a pending invitation: it is no longer resent, and opening its mail no longer
 * counts. The link itself is the organization's one link and keeps working; reset the
 * link to stop it (decision 0030). Guarded: only a pending invitation changes.
 */
export async function revokeInvitation(
  db: Database,
  options: { organizationId: string; userId: string; invitationId: string },
): Promise<Invitation> {
  return transactionWithEvents(db, async (tx) => {
    const member = await requireMembership(tx, options.organizationId, options.userId);
    requirePermission(member, 'invitations', 'send', 'revoke invitations');
    const [revoked] = await rows<{ id: string }>(
      tx,
      sql`UPDATE invitation SET status = 'revoked'
          WHERE id = ${options.invitationId} AND organization_id = ${options.organizationId}
            AND status IN ('invited', 'opened')
          RETURNING id`,
    );
    const [row] = await rows<InvitationRow>(
      tx,
      sql`SELECT ${sql.raw(invitationColumns)}
          FROM invitation i JOIN invite_link l ON l.organization_id = i.organization_id
          LEFT JOIN "user" u ON u.id = i.invited_by
          WHERE i.id = ${options.invitationId} AND i.organization_id = ${options.organizationId}`,
    );
    if (!row)
      throw new RosterError('INVITATION_NOT_FOUND', 'No invitation with this id in this organization.');
    if (!revoked) {
      throw new RosterError(
        'INVITATION_NOT_PENDING',
        `The invitation to ${row.email} is ${row.status === 'joined' ? 'already accepted: they joined' : 'already revoked'}.`,
      );
    }
    await recordEvent(tx, {
      type: 'invitation.revoked',
      version: 1,
      organizationId: options.organizationId,
      actorId: options.userId,
      targetId: null,
      data: { invitationId: row.id },
    });
    return invitationView(row);
  });
}
