import { eq, sql } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import type { Database } from '../../db/client.ts';
import { inviteLink } from '../../db/schema/organizations.ts';
import { inviteInvalid, isOpen } from '../invites/find-valid-invite.ts';

/**
 * The one definition of "the link this request came through still lets its requester in"
 * (docs/decisions/0015): the link is at the request's version, not paused, not expired,
 * and its domains (if any) take the requester's verified address. The same words as the
 * join's re-check in core/invites/join-organization.ts, over `seat_request` rows.
 */
export const linkAdmitsRequest = sql`EXISTS (
  SELECT 1 FROM invite_link l JOIN "user" u ON u.id = seat_request.user_id
  WHERE l.organization_id = seat_request.organization_id
    AND l.version = seat_request.link_version AND NOT l.paused
    AND (l.expires_at IS NULL OR l.expires_at > now())
    AND (cardinality(l.allowed_domains) = 0
         OR (lower(substring(u.email from '@([^@]*)$')) = ANY (l.allowed_domains) AND u.email_verified)))`;

export type LinkRow = typeof inviteLink.$inferSelect;

/**
 * Locks the organization's invite link (after the users, before the organization: the
 * lock order of docs/decisions/0009-domain-events.md), so a reset, pause or domain change
 * cannot commit between the check of a seat request and its admission.
 */
export async function lockInviteLink(tx: Database, organizationId: string): Promise<LinkRow | undefined> {
  const [link] = await tx
    .select()
    .from(inviteLink)
    .where(eq(inviteLink.organizationId, organizationId))
    .for('no key update');
  return link;
}

/** Under the link lock: the link a person is asking through is still the one they opened. */
export function requireSameOpenLink(link: LinkRow | undefined, version: number): LinkRow {
  if (!link || link.version !== version || !isOpen(link, new Date())) throw inviteInvalid();
  return link;
}

export function notAdmissible(link: LinkRow | undefined, request: { linkVersion: number }): RosterError {
  const expired =
    link?.version === request.linkVersion && !link.paused && link.expiresAt && link.expiresAt <= new Date();
  return new RosterError(
    'SEAT_REQUEST_NOT_ADMISSIBLE',
    expired
      ? 'The invite link this request came through has expired, so it no longer lets this person in. Extend the link to admit them, or share a new link.'
      : 'The invite link this request came through was reset, paused or restricted to other e-mail domains since, so it no longer lets this person in. Share the current link with them: they can join or ask again through it.',
  );
}
