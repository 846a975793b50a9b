import type { SeatRequest } from '../../contracts/seat-requests.ts';
import type { Database } from '../../db/client.ts';
import { requireMembership, requirePermission } from '../access/require-membership.ts';
import { transactionWithEvents } from '../events/record-event.ts';
import { lockUsers } from '../members/member-rules.ts';
import { lockOrganization } from '../seats/lock-organization.ts';
import { admitRequest } from './admit-request.ts';
import { lockInviteLink, notAdmissible } from './link-admits.ts';
import { findSeatRequest, type SeatRequestDecision } from './list-seat-requests.ts';
import { alreadyDecided, requireRequest } from './seat-request-queue.ts';

/**
 * An owner or admin lets a waiting person in: they join with a seat taken by the guarded
 * claim (NO_SEATS_AVAILABLE if none is free, and then nothing changes). Only while the
 * link the request came through still lets them in: an admin's click does not revive a
 * link that was reset, paused, restricted or expired (SEAT_REQUEST_NOT_ADMISSIBLE, 0015).
 */
export async function admitSeatRequest(db: Database, options: SeatRequestDecision): Promise<SeatRequest> {
  await transactionWithEvents(db, async (tx) => {
    const seen = await requireMembership(tx, options.organizationId, options.actorId);
    requirePermission(seen, 'seats', 'assign', 'admit seat requests');
    const request = await requireRequest(tx, options.organizationId, options.requestId);
    if (request.status === 'ended') throw notAdmissible(undefined, request);
    if (request.status !== 'pending') throw alreadyDecided();
    // Lock order (docs/decisions/0009-domain-events.md): the requester's user row, the invite link, the organization.
    await lockUsers(tx, [request.userId]);
    const link = await lockInviteLink(tx, options.organizationId);
    await lockOrganization(tx, options.organizationId);
    const actor = await requireMembership(tx, options.organizationId, options.actorId);
    requirePermission(actor, 'seats', 'assign', 'admit seat requests');
    if (await admitRequest(tx, { request, actorId: options.actorId })) return;
    const now = await requireRequest(tx, options.organizationId, options.requestId);
    throw now.status === 'pending' || now.status === 'ended' ? notAdmissible(link, now) : alreadyDecided();
  });
  return findSeatRequest(db, options);
}
