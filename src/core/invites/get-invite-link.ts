import { eq } from 'drizzle-orm';
import type { InviteLink } from '../../contracts/invites.ts';
import type { Database } from '../../db/client.ts';
import { inviteLink } from '../../db/schema/organizations.ts';
import { organizationNotFound, requireMembership, requirePermission } from '../access/require-membership.ts';
import { inviteLinkView } from './invite-link-view.ts';

/** The organization's invite link, for owners and admins. */
export async function getInviteLink(
  db: Database,
  options: { organizationId: string; userId: string; key: Buffer; baseUrl: string },
): Promise<InviteLink> {
  const member = await requireMembership(db, options.organizationId, options.userId);
  requirePermission(member, 'inviteLink', 'read', 'see the invite link');
  const [link] = await db
    .select()
    .from(inviteLink)
    .where(eq(inviteLink.organizationId, options.organizationId));
  if (!link) throw organizationNotFound();
  return inviteLinkView(link, options);
}
