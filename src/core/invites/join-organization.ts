import { and, eq, sql } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import type { Membership } from '../../contracts/members.ts';
import type { Database } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { inviteLink, membership } from '../../db/schema/organizations.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { announceMemberJoined } from '../events/announce-member-joined.ts';
import { lockUserForPlus } from '../plus/lock-user.ts';
import { claimSeat } from '../seats/claim-seat.ts';
import { domainRestriction } from './email-domain.ts';
import { findValidInvite, inviteInvalid } from './find-valid-invite.ts';

/**
 * Joins an organization through its invite link, in one transaction: check the link,
 * claim a seat with a guarded update, create the membership, count the join, audit it.
 * A failure at any step leaves nothing behind.
 */
export async function joinOrganization(
  db: Database,
  options: { key: Buffer; organizationId: string; token: string; userId: string; now?: Date },
): Promise<Membership> {
  // Cheap check outside the transaction, so bad links never take a lock.
  const { link: seen } = await findValidInvite(db, options);
  const organizationId = seen.organizationId;
  try {
    return await db.transaction(async (tx) => {
      // Re-check the link under a row lock: a regenerate, pause or expiry that commits
      // before this point wins, and concurrent joins of one organization queue here.
      const [link] = await tx
        .update(inviteLink)
        .set({ joins: sql`${inviteLink.joins} + 1` })
        .where(
          and(
            eq(inviteLink.organizationId, organizationId),
            eq(inviteLink.version, seen.version),
            eq(inviteLink.paused, false),
            sql`(${inviteLink.expiresAt} IS NULL OR ${inviteLink.expiresAt} > now())`,
          ),
        )
        .returning({ allowedDomains: inviteLink.allowedDomains });
      if (!link) throw inviteInvalid();

      const { user: joiner, plus } = await lockUserForPlus(tx, options.userId);
      await refuseIfMember(tx, organizationId, joiner.id);
      const restricted = domainRestriction(link.allowedDomains, joiner);
      if (restricted === 'email_domain_not_allowed') {
        throw new RosterError(
          'EMAIL_DOMAIN_NOT_ALLOWED',
          `This invite link only accepts e-mail addresses at ${link.allowedDomains.join(', ')}; you are signed in as ${joiner.email}.`,
        );
      }
      if (restricted === 'email_not_verified') {
        throw new RosterError(
          'EMAIL_NOT_VERIFIED',
          `Verify your e-mail address ${joiner.email} first: this invite link only accepts verified addresses.`,
        );
      }

      // A person with Plus from elsewhere joins without taking a seat.
      const seat = plus.active ? 'none' : 'plus';
      if (seat === 'plus') await claimSeat(tx, organizationId);

      const [row] = await tx
        .insert(membership)
        .values({ organizationId, userId: joiner.id, role: 'member', seat })
        .returning();
      if (!row) throw new Error('insert into membership returned no row');
      await recordAuditEvent(tx, {
        organizationId,
        actorId: joiner.id,
        action: 'member.joined',
        targetId: joiner.id,
        data: { seat, via: 'invite_link', plusFrom: plus.source },
      });
      await announceMemberJoined(tx, { organizationId, userId: joiner.id, seat });
      return {
        organizationId,
        userId: joiner.id,
        role: 'member' as const,
        seat,
        joinedAt: row.joinedAt.toISOString(),
      };
    });
  } catch (error) {
    // The lock makes this unreachable in practice; the primary key is the last line.
    if (isUniqueViolation(error, 'membership_pkey')) throw alreadyMember();
    throw error;
  }
}

async function refuseIfMember(tx: Database, organizationId: string, userId: string) {
  const [existing] = await tx
    .select({ role: membership.role })
    .from(membership)
    .where(and(eq(membership.organizationId, organizationId), eq(membership.userId, userId)));
  if (existing) throw alreadyMember();
}

function alreadyMember() {
  return new RosterError('ALREADY_MEMBER', 'You are already a member of this organization.');
}
