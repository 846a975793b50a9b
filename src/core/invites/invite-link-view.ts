import type { InviteLink } from '../../contracts/invites.ts';
import type { inviteLink } from '../../db/schema/organizations.ts';
import { inviteToken } from './invite-token.ts';

/** The link as owners and admins see it; the URL is rebuilt from the secret each time. */
export function inviteLinkView(
  link: typeof inviteLink.$inferSelect,
  options: { key: Buffer; baseUrl: string },
): InviteLink {
  const token = inviteToken(options.key, link.organizationId, link.version);
  return {
    url: `${options.baseUrl}/join/${link.organizationId}/${token}`,
    paused: link.paused,
    expiresAt: link.expiresAt?.toISOString() ?? null,
    allowedDomains: link.allowedDomains,
    joins: link.joins,
    maxJoins: link.maxJoins,
    requiresApproval: link.requiresApproval,
  };
}
