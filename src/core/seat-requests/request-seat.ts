import { and, eq } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import type { MySeatRequest } from '../../contracts/seat-requests.ts';
import type { Database } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { seatRequest } from '../../db/schema/billing.ts';
import { membership } from '../../db/schema/organizations.ts';
import { recordEvent, transactionWithEvents } from '../events/record-event.ts';
import { refuseByDomain } from '../invites/email-domain.ts';
import { findValidInvite } from '../invites/find-valid-invite.ts';
import { lockUserForPlus } from '../plus/lock-user.ts';
import { lockOrganization } from '../seats/lock-organization.ts';
import { lockInviteLink, requireSameOpenLink } from './link-admits.ts';
import { findPendingRequest, type SeatRequestRow } from './seat-request-queue.ts';

/**
 * "Request a seat" on the invite page of a full organization, and "Ask to join" through a
 * link that requires approval. Only for someone the link would let in and who, without
 * approval, needs a seat while none is free; asking again returns the same pending request
 * (one per person per organization, backed by a unique partial index).
 */
export async function requestSeat(
  db: Database,
  options: { key: Buffer; organizationId: string; token: string; userId: string; now?: Date },
): Promise<{ request: MySeatRequest; created: boolean }> {
  const { link: seen } = await findValidInvite(db, options);
  const organizationId = seen.organizationId;
  try {
    return await transactionWithEvents(db, async (tx) => {
      // Lock order (docs/decisions/0009-domain-events.md): the person (their Plus), the invite
      // link (a reset, pause or domain change that commits first wins, and one that commits
      // after ends this request: decision 0015), then the organization (its seat counts).
      const { user: person, plus } = await lockUserForPlus(tx, options.userId);
      const link = requireSameOpenLink(await lockInviteLink(tx, organizationId), seen.version);
      const [member] = await tx
        .select({ role: membership.role })
        .from(membership)
        .where(and(eq(membership.organizationId, organizationId), eq(membership.userId, person.id)));
      if (member) throw new RosterError('ALREADY_MEMBER', 'You are already a member of this organization.');
      refuseByDomain(link.allowedDomains, person);
      const approval = link.requiresApproval;
      if (plus.active && !approval) {
        throw new RosterError(
          'SEAT_REQUEST_NOT_NEEDED',
          'You have Plus already, so you can join without a seat: no request needed.',
        );
      }
      const org = await lockOrganization(tx, organizationId);
      const existing = await findPendingRequest(tx, organizationId, person.id);
      if (existing) return { request: view(existing), created: false };
      if (org.seatsUsed < org.seats && !approval) {
        throw new RosterError('SEAT_REQUEST_NOT_NEEDED', 'A seat is free: join now, no request needed.');
      }
      const [row] = await tx
        .insert(seatRequest)
        .values({ organizationId, userId: person.id, linkVersion: link.version })
        .returning();
      if (!row) throw new Error('insert into seat_request returned no row');
      // The owner and admins are told after commit (core/events/seat-request-events.ts).
      await recordEvent(tx, {
        type: 'seat_request.created',
        version: 2,
        organizationId,
        actorId: person.id,
        targetId: person.id,
        data: {
          requestId: row.id,
          linkVersion: link.version,
          seatsTotal: org.seats,
          seatsUsed: org.seatsUsed,
          ...(approval && { approval: true as const }),
        },
      });
      return { request: view(row), created: true };
    });
  } catch (error) {
    // The user lock makes this unreachable in practice; the unique index is the last line.
    if (!isUniqueViolation(error, 'seat_request_one_pending_idx')) throw error;
    const existing = await findPendingRequest(db, organizationId, options.userId);
    if (!existing) throw error;
    return { request: view(existing), created: false };
  }
}

function view(row: SeatRequestRow): MySeatRequest {
  return {
    id: row.id,
    organizationId: row.organizationId,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
  };
}
