import { eq } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import type { InviteLink } from '../../contracts/invites.ts';
import type { Database } from '../../db/client.ts';
import { inviteLink } from '../../db/schema/organizations.ts';
import { requireMembership, requirePermission } from '../access/require-membership.ts';
import { recordEvent, transactionWithEvents } from '../events/record-event.ts';
import { endRequestsForLink } from '../seat-requests/end-requests-for-link.ts';
import { inviteLinkView } from './invite-link-view.ts';

export type InviteLinkChanges = {
  paused?: boolean | undefined;
  expiresAt?: string | null | undefined;
  allowedDomains?: string[] | undefined;
  maxJoins?: number | null | undefined;
  requiresApproval?: boolean | undefined;
};

/**
 * Pause, expiry, allowed e-mail domains and a maximum of joins: the optional controls on the
 * one link. A maximum below the joins the link has already made is refused. After
 * commit, open invite pages and every instance's preview cache hear of the change at once.
 */
export async function updateInviteLink(
  db: Database,
  options: {
    organizationId: string;
    userId: string;
    key: Buffer;
    baseUrl: string;
    changes: InviteLinkChanges;
    now?: Date;
  },
): Promise<InviteLink> {
  const { changes } = options;
  const expiresAt = typeof changes.expiresAt === 'string' ? new Date(changes.expiresAt) : changes.expiresAt;
  if (expiresAt && expiresAt <= (options.now ?? new Date())) {
    throw new RosterError(
      'VALIDATION_FAILED',
      'expiresAt must be in the future; use paused to stop the link now.',
    );
  }
  return transactionWithEvents(db, async (tx) => {
    const member = await requireMembership(tx, options.organizationId, options.userId);
    requirePermission(member, 'inviteLink', 'update', 'change the invite link settings');
    const [link] = await tx
      .update(inviteLink)
      .set({
        ...(changes.paused !== undefined && { paused: changes.paused }),
        ...(expiresAt !== undefined && { expiresAt }),
        ...(changes.allowedDomains !== undefined && { allowedDomains: [...new Set(changes.allowedDomains)] }),
        ...(changes.maxJoins !== undefined && { maxJoins: changes.maxJoins }),
        ...(changes.requiresApproval !== undefined && { requiresApproval: changes.requiresApproval }),
        updatedAt: new Date(),
      })
      .where(eq(inviteLink.organizationId, options.organizationId))
      .returning();
    if (!link) throw new Error('organization has no invite link row');
    // Checked against the row as this update locked it: a join committing first counts.
    if (link.maxJoins !== null && link.maxJoins < link.joins) {
      throw new RosterError(
        'VALIDATION_FAILED',
        `maxJoins cannot be lower than the ${link.joins} joins this link has already made; reset the link to start counting again.`,
      );
    }
    await endRequestsForLink(tx, { organizationId: options.organizationId, actorId: options.userId });
    await recordEvent(tx, {
      type: 'invite_link.updated',
      version: 1,
      organizationId: options.organizationId,
      actorId: options.userId,
      targetId: null,
      data: { ...changes },
    });
    return inviteLinkView(link, options);
  });
}
