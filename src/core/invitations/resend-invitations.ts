import { eq, sql } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import type { Database } from '../../db/client.ts';
import { rows } from '../../db/rows.ts';
import { inviteLink } from '../../db/schema/organizations.ts';
import { requireMembership, requirePermission } from '../access/require-membership.ts';
import { recordEvent, transactionWithEvents } from '../events/record-event.ts';
import { sentRecentlyError } from './send-invitations.ts';

type Pending = { id: string; email: string; status: string; recent: boolean; stale: boolean };

/**
 * Mails pending invitations again with the current link: the ones named, or every one
 * whose mail carried a link that was reset since ("resend all" after a reset). A mail sent
 * less than a day ago with the current link needs `confirmRepeat`; one whose link is dead
 * does not, since the person never got a link that works (decision 0030). One
 * `invitations.resent` event for all of them; the expander queues the mails after commit.
 */
export async function resendInvitations(
  db: Database,
  options: {
    organizationId: string;
    userId: string;
    ids?: string[] | undefined;
    needsNewLink?: boolean | undefined;
    confirmRepeat?: boolean | undefined;
  },
): Promise<{ resent: number }> {
  const confirm = options.confirmRepeat === true;
  return transactionWithEvents(db, async (tx) => {
    const member = await requireMembership(tx, options.organizationId, options.userId);
    requirePermission(member, 'invitations', 'send', 'resend invitations');
    const [link] = await tx
      .select({ version: inviteLink.version })
      .from(inviteLink)
      .where(eq(inviteLink.organizationId, options.organizationId));
    if (!link) throw new Error('organization has no invite link row');
    const which = options.ids
      ? sql`i.id = ANY (ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(options.ids)}::jsonb)::uuid))`
      : sql`i.status IN ('invited', 'opened') AND i.link_version < ${link.version}`;
    const found = await rows<Pending>(
      tx,
      sql`SELECT i.id, i.email, i.status, i.sent_at > now() - interval '1 day' AS recent,
                 i.link_version < ${link.version} AS stale
          FROM invitation i WHERE i.organization_id = ${options.organizationId} AND ${which}
          -- Locked in one order: two resends of overlapping invitations wait, never deadlock.
          ORDER BY i.id FOR UPDATE`,
    );
    if (options.ids) {
      if (found.length < new Set(options.ids).size)
        throw new RosterError('INVITATION_NOT_FOUND', 'No invitation with this id in this organization.');
      const done = found.filter((f) => f.status !== 'invited' && f.status !== 'opened');
      if (done.length > 0)
        throw new RosterError(
          'INVITATION_NOT_PENDING',
          `${done.map((d) => d.email).join(', ')} ${done.length === 1 ? 'has' : 'have'} already joined or the invitation was revoked; invite again from the form instead.`,
        );
    }
    const recent = found.filter((f) => f.recent && !f.stale);
    if (recent.length > 0 && !confirm) throw sentRecentlyError(recent.map((r) => r.email));
    if (found.length === 0) return { resent: 0 };
    // Guarded: still pending, and still due (a concurrent resend that won leaves nothing here).
    const resent = await rows<{ id: string }>(
      tx,
      sql`UPDATE invitation SET sent_at = now(), send_count = send_count + 1, link_version = ${link.version}
          WHERE organization_id = ${options.organizationId}
            AND id = ANY (ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(found.map((f) => f.id))}::jsonb)::uuid))
            AND status IN ('invited', 'opened')
            AND (${confirm}::boolean OR link_version < ${link.version} OR sent_at <= now() - interval '1 day')
          RETURNING id`,
    );
    if (resent.length === 0) return { resent: 0 };
    await recordEvent(tx, {
      type: 'invitations.resent',
      version: 1,
      organizationId: options.organizationId,
      actorId: options.userId,
      targetId: null,
      data: { invitationIds: resent.map((r) => r.id), linkVersion: link.version },
    });
    return { resent: resent.length };
  });
}
