import { and, eq } from 'drizzle-orm';
import type { SeatRequest } from '../../contracts/seat-requests.ts';
import type { Database } from '../../db/client.ts';
import { seatRequest } from '../../db/schema/billing.ts';
import { requireMembership, requirePermission } from '../access/require-membership.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { announceSeatRequestDeclined } from '../events/announce-seat-request.ts';
import { findSeatRequest, type SeatRequestDecision } from './list-seat-requests.ts';
import { alreadyDecided, requireRequest } from './seat-request-queue.ts';

/** An owner or admin says no; the requester is told and may ask again later. */
export async function declineSeatRequest(db: Database, options: SeatRequestDecision): Promise<SeatRequest> {
  await db.transaction(async (tx) => {
    const actor = await requireMembership(tx, options.organizationId, options.actorId);
    requirePermission(actor, 'seats', 'assign', 'decline seat requests');
    const request = await requireRequest(tx, options.organizationId, options.requestId);
    const [declined] = await tx
      .update(seatRequest)
      .set({ status: 'declined', decidedAt: new Date(), decidedBy: options.actorId })
      .where(and(eq(seatRequest.id, request.id), eq(seatRequest.status, 'pending')))
      .returning({ userId: seatRequest.userId });
    if (!declined) throw alreadyDecided();
    await recordAuditEvent(tx, {
      organizationId: options.organizationId,
      actorId: options.actorId,
      action: 'seat_request.declined',
      targetId: declined.userId,
      data: { requestId: request.id },
    });
    await announceSeatRequestDeclined(tx, {
      organizationId: options.organizationId,
      userId: declined.userId,
    });
  });
  return findSeatRequest(db, options);
}
