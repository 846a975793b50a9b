import { eq, sql } from 'drizzle-orm';
import type { InviteLink } from '../../contracts/invites.ts';
import type { Database } from '../../db/client.ts';
import { inviteLink } from '../../db/schema/organizations.ts';
import { requireMembership, requirePermission } from '../access/require-membership.ts';
import { recordEvent, transactionWithEvents } from '../events/record-event.ts';
import { endRequestsForLink } from '../seat-requests/end-requests-for-link.ts';
import { inviteLinkView } from './invite-link-view.ts';

/**
 * Kills the current link at once by bumping its version: the old token no longer matches
 * the HMAC of any stored version. Settings (pause, expiry, domains) carry over. After
 * commit, open invite pages and every instance's preview cache hear of it at once.
 */
export async function regenerateInviteLink(
  db: Database,
  options: { organizationId: string; userId: string; key: Buffer; baseUrl: string },
): Promise<InviteLink> {
  return transactionWithEvents(db, async (tx) => {
    const member = await requireMembership(tx, options.organizationId, options.userId);
    requirePermission(member, 'inviteLink', 'regenerate', 'reset the invite link');
    const [link] = await tx
      .update(inviteLink)
      .set({ version: sql`${inviteLink.version} + 1`, joins: 0, updatedAt: new Date() })
      .where(eq(inviteLink.organizationId, options.organizationId))
      .returning();
    if (!link) throw new Error('organization has no invite link row');
    await endRequestsForLink(tx, { organizationId: options.organizationId, actorId: options.userId });
    await recordEvent(tx, {
      type: 'invite_link.regenerated',
      version: 1,
      organizationId: options.organizationId,
      actorId: options.userId,
      targetId: null,
      data: { version: link.version },
    });
    return inviteLinkView(link, options);
  });
}
