import { and, eq } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import type { Database } from '../../db/client.ts';
import { membership } from '../../db/schema/organizations.ts';
import { type MembershipRow, requireMembership, requirePermission } from '../access/require-membership.ts';
import { recordEvent, transactionWithEvents } from '../events/record-event.ts';
import { lockOrganization } from '../seats/lock-organization.ts';
import { freeSeats } from '../seats/release-seat.ts';
import { lockUsers, memberNotFound, requireAuthorityOver, requireTarget } from './member-rules.ts';

/**
 * Removes someone from the organization and frees their seat at once. The DELETE …
 * RETURNING is the guard: of a removal and a leave racing, only one gets the row back,
 * so the seat is freed exactly once. One `member.removed` event tells the rest (registry).
 */
export async function removeMember(
  db: Database,
  options: { organizationId: string; actorId: string; targetId: string },
): Promise<void> {
  const { organizationId, actorId, targetId } = options;
  await transactionWithEvents(db, async (tx) => {
    const seen = await requireMembership(tx, organizationId, actorId);
    requirePermission(seen, 'members', 'remove', 'remove members');
    if (actorId === targetId) {
      throw new RosterError('FORBIDDEN', 'You cannot remove yourself; leave the organization instead.');
    }
    await requireTarget(tx, organizationId, targetId);

    await lockUsers(tx, [targetId]);
    await lockOrganization(tx, organizationId);
    const actor = await requireMembership(tx, organizationId, actorId);
    requirePermission(actor, 'members', 'remove', 'remove members');
    const target = await requireTarget(tx, organizationId, targetId);
    await removeLockedMember(tx, { actor, target });
  });
}

/**
 * The removal itself, inside the caller's transaction, which holds the target's user row
 * and the organization row: shared by removing one person and by a bulk removal
 * (bulk-update-members.ts), so both judge, free the seat and record the event alike.
 */
export async function removeLockedMember(
  tx: Database,
  options: { actor: MembershipRow; target: MembershipRow },
): Promise<void> {
  const { actor, target } = options;
  requirePermission(actor, 'members', 'remove', 'remove members');
  if (actor.userId === target.userId) {
    throw new RosterError('FORBIDDEN', 'You cannot remove yourself; leave the organization instead.');
  }
  requireAuthorityOver(actor, target, 'remove');
  const removed = await deleteMembership(tx, target.organizationId, target.userId);
  if (!removed) throw memberNotFound();
  await freeSeats(tx, target.organizationId, removed.seat === 'plus' ? 1 : 0);
  await recordEvent(tx, {
    type: 'member.removed',
    version: 1,
    organizationId: target.organizationId,
    actorId: actor.userId,
    targetId: target.userId,
    data: { role: removed.role, seat: removed.seat },
  });
}

/** Deletes one membership and says what it held, or undefined if it was already gone. */
export async function deleteMembership(tx: Database, organizationId: string, userId: string) {
  const [row] = await tx
    .delete(membership)
    .where(and(eq(membership.organizationId, organizationId), eq(membership.userId, userId)))
    .returning({ role: membership.role, seat: membership.seat });
  return row;
}
