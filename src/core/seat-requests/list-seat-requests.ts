import { and, asc, eq } from 'drizzle-orm';
import type { SeatRequest } from '../../contracts/seat-requests.ts';
import type { Database } from '../../db/client.ts';
import { user } from '../../db/schema/auth.ts';
import { seatRequest } from '../../db/schema/billing.ts';
import { requireMembership, requirePermission } from '../access/require-membership.ts';
import { linkAdmitsRequest } from './link-admits.ts';
import { requireRequest, stillWaiting } from './seat-request-queue.ts';

/**
 * The people waiting for a seat, oldest first (the order added seats admit them). A request
 * whose link expired is left out until the link is extended: nobody could admit it.
 */
export async function listSeatRequests(
  db: Database,
  options: { organizationId: string; actorId: string },
): Promise<SeatRequest[]> {
  const member = await requireMembership(db, options.organizationId, options.actorId);
  requirePermission(member, 'seats', 'assign', 'see seat requests');
  const found = await db
    .select({
      request: seatRequest,
      user: { id: user.id, name: user.name, email: user.email, image: user.image },
    })
    .from(seatRequest)
    .innerJoin(user, eq(user.id, seatRequest.userId))
    .where(
      and(
        eq(seatRequest.organizationId, options.organizationId),
        eq(seatRequest.status, 'pending'),
        stillWaiting,
        linkAdmitsRequest,
      ),
    )
    .orderBy(asc(seatRequest.createdAt), asc(seatRequest.id))
    .limit(500);
  return found.map(({ request, user: person }) => seatRequestView(request, person));
}

export function seatRequestView(
  request: typeof seatRequest.$inferSelect,
  person: { id: string; name: string; email: string; image: string | null },
): SeatRequest {
  return {
    id: request.id,
    organizationId: request.organizationId,
    status: request.status,
    createdAt: request.createdAt.toISOString(),
    decidedAt: request.decidedAt?.toISOString() ?? null,
    user: person,
  };
}

export type SeatRequestDecision = { organizationId: string; requestId: string; actorId: string };

/** One request as owners and admins see it, after a decision. */
export async function findSeatRequest(db: Database, options: SeatRequestDecision): Promise<SeatRequest> {
  const request = await requireRequest(db, options.organizationId, options.requestId);
  const [person] = await db
    .select({ id: user.id, name: user.name, email: user.email, image: user.image })
    .from(user)
    .where(eq(user.id, request.userId));
  if (!person) throw new Error(`requester ${request.userId} vanished`);
  return seatRequestView(request, person);
}
