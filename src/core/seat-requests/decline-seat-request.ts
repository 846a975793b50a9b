import { and, eq } from 'drizzle-orm';
import type { SeatRequest } from '../../contracts/seat-requests.ts';
import type { Database } from '../../db/client.ts';
import { seatRequest } from '../../db/schema/billing.ts';
import { requireMembership, requirePermission } from '../access/require-membership.ts';
import { recordEvent, transactionWithEvents } from '../events/record-event.ts';
import { findSeatRequest, type SeatRequestDecision } from './list-seat-requests.ts';
import { alreadyDecided, requireRequest } from './seat-request-queue.ts';

/** An owner or admin says no; the requester is told (after commit) and may ask again later. */
export async function declineSeatRequest(db: Database, options: SeatRequestDecision): Promise<SeatRequest> {
  await transactionWithEvents(db, async (tx) => {
    const actor = await requireMembership(tx, options.organizationId, options.actorId);
    requirePermission(actor, 'seats', 'assign', 'decline seat requests');
    const request = await requireRequest(tx, options.organizationId, options.requestId);
    const [declined] = await tx
      .update(seatRequest)
      .set({ status: 'declined', decidedAt: new Date(), decidedBy: options.actorId })
      .where(and(eq(seatRequest.id, request.id), eq(seatRequest.status, 'pending')))
      .returning({ userId: seatRequest.userId });
    if (!declined) throw alreadyDecided();
    await recordEvent(tx, {
      type: 'seat_request.declined',
      version: 1,
      organizationId: options.organizationId,
      actorId: options.actorId,
      targetId: declined.userId,
      data: { requestId: request.id },
    });
  });
  return findSeatRequest(db, options);
}
