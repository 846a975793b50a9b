import { RosterError } from '../../contracts/errors.ts';
import type { Database } from '../../db/client.ts';
import { organizationNotFound, requireMembership } from '../access/require-membership.ts';
import { recordEvent, transactionWithEvents } from '../events/record-event.ts';
import { lockOrganization } from '../seats/lock-organization.ts';
import { freeSeats } from '../seats/release-seat.ts';
import { lockUsers } from './member-rules.ts';
import { deleteMembership } from './remove-member.ts';

function ownerCannotLeave(): RosterError {
  return new RosterError(
    'OWNER_CANNOT_LEAVE',
    'The owner cannot leave the organization; transfer ownership to another member first.',
  );
}

/**
 * Leaves an organization, freeing the seat at once. The owner must hand over first. One
 * `member.left` event; the managers hear of it and webhooks go out after commit (registry).
 */
export async function leaveOrganization(
  db: Database,
  options: { organizationId: string; userId: string },
): Promise<void> {
  const { organizationId, userId } = options;
  await transactionWithEvents(db, async (tx) => {
    const seen = await requireMembership(tx, organizationId, userId);
    if (seen.role === 'owner') throw ownerCannotLeave();
    await lockUsers(tx, [userId]);
    await endMembership(tx, { organizationId, userId });
  });
}

/**
 * The leave itself, inside the caller's transaction, which already holds the person's row
 * (lock order, decision 0009: the user, then the organization). Shared by leaving and by
 * deleting an account (core/account/delete-account.ts), so both free the seat and tell the
 * same people the same way; `deletedAccount` carries the name the account had.
 */
export async function endMembership(
  tx: Database,
  options: { organizationId: string; userId: string; deletedAccount?: { name: string } },
): Promise<void> {
  const { organizationId, userId } = options;
  const org = await lockOrganization(tx, organizationId);
  // Re-checked under the lock: ownership may have been handed to us meanwhile.
  const me = await requireMembership(tx, organizationId, userId);
  if (me.role === 'owner') throw ownerCannotLeave();

  const left = await deleteMembership(tx, organizationId, userId);
  if (!left) throw organizationNotFound();
  const freed = left.seat === 'plus' ? 1 : 0;
  await freeSeats(tx, organizationId, freed);
  await recordEvent(tx, {
    type: 'member.left',
    version: 3,
    organizationId,
    actorId: userId,
    targetId: userId,
    data: {
      role: left.role,
      seat: left.seat,
      seatsTotal: org.seats,
      seatsUsed: org.seatsUsed - freed,
      ...(options.deletedAccount && { deletedAccount: options.deletedAccount }),
    },
  });
}
