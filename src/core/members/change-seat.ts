import { and, eq } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import type { Seat } from '../../contracts/organizations.ts';
import type { Database } from '../../db/client.ts';
import { membership } from '../../db/schema/organizations.ts';
import { type MembershipRow, requirePermission } from '../access/require-membership.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { announceMemberChange } from '../events/announce-member-change.ts';
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
  options: { actor: MembershipRow; target: MembershipRow; seat: Seat },
): Promise<void> {
  const { actor, target, seat } = options;
  requirePermission(actor, 'seats', 'assign', 'assign or remove Plus seats');
  if (target.seat === seat) return;
  const { organizationId, userId } = target;
  if (seat === 'none') {
    if (actor.userId !== userId) requireAuthorityOver(actor, target, 'take the Plus seat of');
    if (!(await releaseSeat(tx, organizationId, userId))) return;
    await recordAuditEvent(tx, {
      organizationId,
      actorId: actor.userId,
      action: 'seat.released',
      targetId: userId,
      data: { reason: 'unassigned' },
    });
    await announceMemberChange(tx, {
      kind: 'seat_changed',
      organizationId,
      actorId: actor.userId,
      userId,
      seat: 'none',
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
  await claimSeat(tx, organizationId);
  await tx
    .update(membership)
    .set({ seat: 'plus' })
    .where(and(eq(membership.organizationId, organizationId), eq(membership.userId, userId)));
  await recordAuditEvent(tx, {
    organizationId,
    actorId: actor.userId,
    action: 'seat.assigned',
    targetId: userId,
  });
  await announceMemberChange(tx, {
    kind: 'seat_changed',
    organizationId,
    actorId: actor.userId,
    userId,
    seat: 'plus',
  });
}
