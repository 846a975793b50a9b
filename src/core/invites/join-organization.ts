import { and, eq, sql } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import type { Membership } from '../../contracts/members.ts';
import type { Database } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { inviteLink, membership, organization } from '../../db/schema/organizations.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { announceJoinerSide, announceOrganizationSide } from '../events/announce-member-joined.ts';
import { organizationManagers } from '../events/organization-audience.ts';
import { lockUserForPlus } from '../plus/lock-user.ts';
import { claimSeat } from '../seats/claim-seat.ts';
import { refuseByDomain } from './email-domain.ts';
import { findValidInvite, inviteInvalid } from './find-valid-invite.ts';

/**
 * Joins an organization through its invite link, in one transaction: check the link,
 * claim a seat with a guarded update, create the membership, count the join, audit it.
 * A failure at any step leaves nothing behind.
 *
 * Every joiner of an organization queues for its invite-link and organization rows, so
 * the work that concerns the joiner alone comes first and the locks are taken last
 * (docs/decisions/0003-join-transaction.md).
 */
export async function joinOrganization(
  db: Database,
  options: { key: Buffer; organizationId: string; token: string; userId: string; now?: Date },
): Promise<Membership> {
  // Cheap check outside the transaction, so bad links never take a lock.
  const { organization: seenOrg, link: seen } = await findValidInvite(db, options);
  const organizationId = seen.organizationId;
  try {
    return await db.transaction(async (tx) => {
      // The joiner's row lock serialises this person's joins and Plus changes.
      const { user: joiner, plus } = await lockUserForPlus(tx, options.userId);
      await refuseIfMember(tx, organizationId, joiner.id);
      refuseByDomain(seen.allowedDomains, joiner);

      // A person with Plus from elsewhere joins without taking a seat.
      const seat = plus.active ? 'none' : 'plus';
      await recordAuditEvent(tx, {
        organizationId,
        actorId: joiner.id,
        action: 'member.joined',
        targetId: joiner.id,
        data: { seat, via: 'invite_link', plusFrom: plus.source },
      });
      await announceJoinerSide(tx, {
        organizationId,
        organizationName: seenOrg.name,
        userId: joiner.id,
        seat,
      });

      // From here on the organization's rows are locked until commit: keep this part short.
      // Re-check the link under its row lock: a regenerate, pause or expiry that commits
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
      refuseByDomain(link.allowedDomains, joiner);

      const org =
        seat === 'plus' ? await claimSeat(tx, organizationId) : await readCounts(tx, organizationId);
      const [row] = await tx
        .insert(membership)
        .values({ organizationId, userId: joiner.id, role: 'member', seat })
        .returning();
      if (!row) throw new Error('insert into membership returned no row');
      await announceOrganizationSide(tx, {
        organizationId,
        userId: joiner.id,
        userName: joiner.name,
        seat,
        org,
        managers: await organizationManagers(tx, organizationId),
      });
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

/** The counts as they stand, for a joiner who takes no seat (and so claims nothing). */
async function readCounts(tx: Database, organizationId: string) {
  const [org] = await tx
    .select({
      id: organization.id,
      name: organization.name,
      seats: organization.seats,
      seatsUsed: organization.seatsUsed,
    })
    .from(organization)
    .where(eq(organization.id, organizationId));
  if (!org) throw inviteInvalid();
  return org;
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
