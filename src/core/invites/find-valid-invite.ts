import { eq, sql } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import type { Database } from '../../db/client.ts';
import { inviteLink, organization } from '../../db/schema/organizations.ts';
import { tokenMatches } from './invite-token.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NO_SUCH_ORG = '00000000-0000-0000-0000-000000000000';

/** One answer for every bad link, so a probe cannot tell a reset link from a made-up one. */
export function inviteInvalid(): RosterError {
  return new RosterError(
    'INVITE_INVALID',
    'This invite link is not valid. It may have been reset, paused or expired; ask an admin of the organization for the current link.',
  );
}

export type ValidInvite = {
  organization: typeof organization.$inferSelect;
  link: typeof inviteLink.$inferSelect;
};

/** An organization and its invite link as stored, unchecked; undefined if there is none. */
export type InviteLoader = (organizationId: string) => Promise<ValidInvite | undefined>;

export const loadInvite = (db: Database): InviteLoader => {
  // Prepared: every preview and join that misses the cache reads it (planning was most of its cost).
  const query = db
    .select({ organization, link: inviteLink })
    .from(organization)
    .innerJoin(inviteLink, eq(inviteLink.organizationId, organization.id))
    .where(eq(organization.id, sql.placeholder('organizationId')))
    .prepare('roster_invite');
  return async (organizationId) => (await query.execute({ organizationId }))[0];
};

/**
 * Resolves an invite link to its organization, or throws INVITE_INVALID. `load` may be a
 * cache (the preview's, src/server/invite-cache.ts); the token, pause and expiry are
 * checked here on every call either way.
 */
export async function findValidInvite(
  db: Database,
  options: { key: Buffer; organizationId: string; token: string; now?: Date; load?: InviteLoader },
): Promise<ValidInvite> {
  const { key, organizationId, token } = options;
  const now = options.now ?? new Date();
  const found = UUID.test(organizationId)
    ? await (options.load ?? loadInvite(db))(organizationId)
    : undefined;
  // Compare even when nothing was found, so timing does not tell which orgs exist.
  const matches = tokenMatches(key, found?.organization.id ?? NO_SUCH_ORG, found?.link.version ?? 0, token);
  if (!found || !matches || !isOpen(found.link, now)) throw inviteInvalid();
  return found;
}

/**
 * Whether the link admits anyone now. A cached copy's `joins` may be behind, never ahead:
 * a stale copy can only admit too readily, and the join's statement checks again under lock.
 */
export function isOpen(
  link: { paused: boolean; expiresAt: Date | null; joins: number; maxJoins: number | null },
  now: Date,
): boolean {
  return (
    !link.paused &&
    (link.expiresAt === null || link.expiresAt > now) &&
    (link.maxJoins === null || link.joins < link.maxJoins)
  );
}
