import { eq, sql } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import type { BatchReport } from '../../contracts/invitations.ts';
import type { Database } from '../../db/client.ts';
import { rows } from '../../db/rows.ts';
import { inviteLink } from '../../db/schema/organizations.ts';
import { requireMembership, requirePermission } from '../access/require-membership.ts';
import { recordEvent, transactionWithEvents } from '../events/record-event.ts';
import { parseBatch } from './parse-batch.ts';
import { reviewBatch } from './review-batch.ts';

/** The refusal of a batch holding addresses invited less than a day ago, naming a few. */
export function sentRecentlyError(emails: string[]): RosterError {
  const named = emails.slice(0, 3).join(', ') + (emails.length > 3 ? ` and ${emails.length - 3} more` : '');
  return new RosterError(
    'INVITATION_SENT_RECENTLY',
    `${emails.length === 1 ? 'An invitation' : `${emails.length} invitations`} went to ${named} less than a day ago. Send again with confirmRepeat to mail them once more; nothing was sent.`,
  );
}

/**
 * Invites a batch of addresses by e-mail (issue 16, item 1): the valid addresses of the
 * batch are written in one transaction with one `invitations.sent` event, whose expansion
 * queues one mail each after commit; bad lines and members are reported, never sent to.
 * An address invited before is invited again (its row re-used); one invited less than a
 * day ago needs `confirmRepeat`, checked by the guarded upsert itself, so a batch racing
 * another is refused whole rather than half sent.
 */
export async function sendInvitations(
  db: Database,
  options: { organizationId: string; userId: string; addresses: string; confirmRepeat?: boolean | undefined },
): Promise<BatchReport & { sent: number }> {
  const parsed = parseBatch(options.addresses);
  const confirm = options.confirmRepeat === true;
  return transactionWithEvents(db, async (tx) => {
    const member = await requireMembership(tx, options.organizationId, options.userId);
    requirePermission(member, 'invitations', 'send', 'invite people by e-mail');
    const report = await reviewBatch(tx, options.organizationId, parsed);
    const recent = report.addresses.filter((a) => a.sentRecently).map((a) => a.email);
    if (recent.length > 0 && !confirm) throw sentRecentlyError(recent);
    if (report.addresses.length === 0) return { ...report, sent: 0 };
    const [link] = await tx
      .select({ version: inviteLink.version })
      .from(inviteLink)
      .where(eq(inviteLink.organizationId, options.organizationId));
    if (!link) throw new Error('organization has no invite link row');
    const emails = report.addresses.map((a) => a.email);
    const written = await rows<{ id: string }>(
      tx,
      sql`INSERT INTO invitation (organization_id, email, invited_by, link_version)
          SELECT ${options.organizationId}::uuid, a.email, ${options.userId}::text, ${link.version}::int
          FROM jsonb_array_elements_text(${JSON.stringify(emails)}::jsonb) AS a(email)
          -- One order for every batch: two racing over the same addresses wait, never deadlock.
          ORDER BY a.email
          ON CONFLICT (organization_id, email) DO UPDATE SET
            status = CASE WHEN invitation.status IN ('invited', 'opened') THEN invitation.status ELSE 'invited' END,
            opened_at = CASE WHEN invitation.status IN ('invited', 'opened') THEN invitation.opened_at END,
            joined_at = NULL,
            invited_by = excluded.invited_by,
            link_version = excluded.link_version,
            sent_at = now(),
            send_count = invitation.send_count + 1
          WHERE ${confirm}::boolean OR invitation.status NOT IN ('invited', 'opened')
            OR invitation.sent_at <= now() - interval '1 day'
          RETURNING id`,
    );
    // Another batch mailed some of these since this one was reviewed: refuse it whole.
    if (written.length < emails.length) throw sentRecentlyError(emails);
    await recordEvent(tx, {
      type: 'invitations.sent',
      version: 1,
      organizationId: options.organizationId,
      actorId: options.userId,
      targetId: null,
      data: { invitationIds: written.map((w) => w.id), linkVersion: link.version },
    });
    return { ...report, sent: written.length };
  });
}
