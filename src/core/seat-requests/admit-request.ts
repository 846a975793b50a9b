import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { seatRequest } from '../../db/schema/billing.ts';
import { membership, organization } from '../../db/schema/organizations.ts';
import { recordEvent } from '../events/record-event.ts';
import { getPlusStatus } from '../plus/get-plus-status.ts';
import { claimSeat } from '../seats/claim-seat.ts';
import { linkAdmitsRequest } from './link-admits.ts';
import type { SeatRequestRow } from './seat-request-queue.ts';

/**
 * Admits one request inside the caller's transaction, which holds the requester's user row,
 * the invite link and then the organization row (docs/decisions/0009-domain-events.md).
 * The status moves by a guarded UPDATE (`WHERE status = 'pending'` and the link still
 * admits the requester, decision 0015), the seat by the guarded claim, so two admissions
 * of one request, or of two requests for the last seat, cannot both win; a claim that
 * fails throws and rolls the whole admission back. Null: the request is no longer pending
 * or its link no longer lets the requester in, and nothing was written.
 */
export async function admitRequest(
  tx: Database,
  options: { request: SeatRequestRow; actorId: string | null },
): Promise<{ seat: 'plus' | 'none'; joined: boolean } | null> {
  const { request, actorId } = options;
  const { organizationId, userId } = request;
  const [decided] = await tx
    .update(seatRequest)
    .set({ status: 'admitted', decidedAt: new Date(), decidedBy: actorId })
    .where(and(eq(seatRequest.id, request.id), eq(seatRequest.status, 'pending'), linkAdmitsRequest))
    .returning({ id: seatRequest.id });
  if (!decided) return null;

  const [existing] = await tx
    .select({ seat: membership.seat })
    .from(membership)
    .where(and(eq(membership.organizationId, organizationId), eq(membership.userId, userId)));
  // They joined on their own meanwhile (with Plus from elsewhere): nothing left to grant.
  if (existing) return { seat: existing.seat, joined: false };

  const plus = await getPlusStatus(tx, userId);
  const seat = plus.active ? 'none' : 'plus';
  const counts = seat === 'plus' ? await claimSeat(tx, organizationId) : await seatCounts(tx, organizationId);
  await tx.insert(membership).values({ organizationId, userId, role: 'member', seat });
  // The requester, the owner and admins are told after commit, as for any join
  // (the registry's member.joined, which says "request admitted" to the requester).
  await recordEvent(tx, {
    type: 'member.joined',
    version: 1,
    organizationId,
    actorId,
    targetId: userId,
    data: {
      seat,
      role: 'member',
      via: 'seat_request',
      plusFrom: plus.source,
      seatsTotal: counts.seats,
      seatsUsed: counts.seatsUsed,
      requestId: request.id,
    },
  });
  return { seat, joined: true };
}

async function seatCounts(tx: Database, organizationId: string) {
  const [org] = await tx
    .select({ seats: organization.seats, seatsUsed: organization.seatsUsed })
    .from(organization)
    .where(eq(organization.id, organizationId));
  if (!org) throw new Error(`organization ${organizationId} vanished under its own lock`);
  return org;
}
