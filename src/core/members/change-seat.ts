import { and, eq } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import type { Seat } from '../../contracts/organizations.ts';
import type { Database } from '../../db/client.ts';
import { membership } from '../../db/schema/organizations.ts';
import { type MembershipRow, requirePermission } from '../access/require-membership.ts';
import { recordEvent } from '../events/record-event.ts';
import { getPlusStatus } from '../plus/get-plus-status.ts';
import { claimSeat } from '../seats/claim-seat.ts';
import { releaseSeat } from '../seats/release-seat.ts';
import { requireAuthorityOver } from './member-rules.ts';

/**
 * Assigns or removes a member's Plus seat, inside the caller's transaction, which already
 * holds the target's user row and the organization row. Assigning anyone is fine; taking a
 * seat away from an admin or the owner is the owner's call (or the admin's own).
 */
export async function changeSeat(
  tx: Database,
  options: {
    actor: MembershipRow;
    /** As the request found them: authority is judged on this role. */
    target: MembershipRow;
    seat: Seat;
    /** Their role once this request is done (a role change may come first), for the event. */
    roleNow?: MembershipRow['role'];
  },
): Promise<void> {
  const { actor, target, seat } = options;
  requirePermission(actor, 'seats', 'assign', 'assign or remove Plus seats');
  if (target.seat === seat) return;
  const { organizationId, userId } = target;
  if (seat === 'none') {
    if (actor.userId !== userId) requireAuthorityOver(actor, target, 'take the Plus seat of');
    if (!(await releaseSeat(tx, organizationId, userId))) return;
    await recordEvent(tx, {
      type: 'seat.released',
      version: 1,
      organizationId,
      actorId: actor.userId,
      targetId: userId,
      data: { reason: 'unassigned' },
    });
    return;
  }
  const plus = await getPlusStatus(tx, userId);
  if (plus.active) {
    throw new RosterError(
      'PLUS_FROM_ELSEWHERE',
      plus.source === 'personal'
        ? 'This member already has Plus through their own subscription; an organization seat would be wasted.'
        : 'This member already has Plus through a seat in another organization; they can hold only one.',
    );
  }
  const claimed = await claimSeat(tx, organizationId);
  await tx
    .update(membership)
    .set({ seat: 'plus' })
    .where(and(eq(membership.organizationId, organizationId), eq(membership.userId, userId)));
  await recordEvent(tx, {
    type: 'seat.assigned',
    version: 2,
    organizationId,
    actorId: actor.userId,
    targetId: userId,
    data: { role: options.roleNow ?? target.role, seatsTotal: claimed.seats, seatsUsed: claimed.seatsUsed },
  });
}
