import { and, gt, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { session } from '../../db/schema/auth.ts';
import { inviteLink, membership } from '../../db/schema/organizations.ts';
import { isOpen } from '../invites/find-valid-invite.ts';

/**
 * What let a live stream open, to be checked again while it stays open: a signed-in
 * session (and, for an organization's seat counts, a membership), or an invite link at
 * the version its token matched.
 */
export type StreamGrant =
  | { kind: 'session'; sessionId: string; userId: string; organizationId: string | null }
  | { kind: 'invite'; organizationId: string; version: number };

/**
 * Which of these grants no longer hold: the session ended or expired, the membership is
 * gone (removed, left, organization deleted), the link was reset, paused or ran out.
 * At most three statements, however many streams are asked about.
 */
export async function revokedGrants(
  db: Database,
  grants: readonly StreamGrant[],
  now = new Date(),
): Promise<Set<StreamGrant>> {
  const sessions = grants.filter((g) => g.kind === 'session');
  const members = sessions.filter((g) => g.organizationId !== null);
  const invites = grants.filter((g) => g.kind === 'invite');
  const [liveSessions, memberships, links] = await Promise.all([
    sessions.length === 0
      ? []
      : db
          .select({ id: session.id })
          .from(session)
          .where(
            and(
              inArray(session.id, [...new Set(sessions.map((g) => g.sessionId))]),
              gt(session.expiresAt, now),
            ),
          ),
    members.length === 0
      ? []
      : db
          .select({ organizationId: membership.organizationId, userId: membership.userId })
          .from(membership)
          .where(
            and(
              inArray(membership.organizationId, [...new Set(members.map((g) => g.organizationId ?? ''))]),
              inArray(membership.userId, [...new Set(members.map((g) => g.userId))]),
            ),
          ),
    invites.length === 0
      ? []
      : db
          .select()
          .from(inviteLink)
          .where(inArray(inviteLink.organizationId, [...new Set(invites.map((g) => g.organizationId))])),
  ]);
  const sessionIds = new Set(liveSessions.map((s) => s.id));
  const memberKeys = new Set(memberships.map((m) => `${m.organizationId} ${m.userId}`));
  const linkOf = new Map(links.map((l) => [l.organizationId, l]));
  const revoked = new Set<StreamGrant>();
  for (const grant of grants) {
    if (grant.kind === 'session') {
      const member =
        grant.organizationId === null || memberKeys.has(`${grant.organizationId} ${grant.userId}`);
      if (!sessionIds.has(grant.sessionId) || !member) revoked.add(grant);
    } else {
      const link = linkOf.get(grant.organizationId);
      if (!link || link.version !== grant.version || !isOpen(link, now)) revoked.add(grant);
    }
  }
  return revoked;
}
