import { and, asc, eq, notExists, sql } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import type { Database } from '../../db/client.ts';
import { seatRequest } from '../../db/schema/billing.ts';
import { membership } from '../../db/schema/organizations.ts';
import { linkAdmitsRequest } from './link-admits.ts';

export type SeatRequestRow = typeof seatRequest.$inferSelect;

/**
 * Pending requests the link still admits, oldest first: the order in which added seats
 * admit them. Under the link lock (lockInviteLink) the answer holds until commit.
 */
export async function pendingQueue(tx: Database, organizationId: string, limit: number) {
  return tx
    .select()
    .from(seatRequest)
    .where(
      and(
        eq(seatRequest.organizationId, organizationId),
        eq(seatRequest.status, 'pending'),
        linkAdmitsRequest,
      ),
    )
    .orderBy(asc(seatRequest.createdAt), asc(seatRequest.id))
    .limit(limit);
}

/** A pending request whose requester joined meanwhile (with Plus of their own) is not waiting. */
export const stillWaiting = notExists(
  sql`(SELECT 1 FROM ${membership} WHERE ${membership.organizationId} = ${seatRequest.organizationId} AND ${membership.userId} = ${seatRequest.userId})`,
);

/** The people added seats would admit: waiting, and let in by the link as it is now. */
export async function countWaiting(db: Database, organizationId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(seatRequest)
    .where(
      and(
        eq(seatRequest.organizationId, organizationId),
        eq(seatRequest.status, 'pending'),
        stillWaiting,
        linkAdmitsRequest,
      ),
    );
  return row?.n ?? 0;
}

export async function findPendingRequest(db: Database, organizationId: string, userId: string) {
  const [row] = await db
    .select()
    .from(seatRequest)
    .where(
      and(
        eq(seatRequest.organizationId, organizationId),
        eq(seatRequest.userId, userId),
        eq(seatRequest.status, 'pending'),
      ),
    );
  return row;
}

export async function requireRequest(db: Database, organizationId: string, requestId: string) {
  const [row] = await db
    .select()
    .from(seatRequest)
    .where(and(eq(seatRequest.organizationId, organizationId), eq(seatRequest.id, requestId)));
  if (!row)
    throw new RosterError('SEAT_REQUEST_NOT_FOUND', 'No seat request with this id in this organization.');
  return row;
}

export function alreadyDecided(): RosterError {
  return new RosterError('SEAT_REQUEST_DECIDED', 'This seat request was already admitted or declined.');
}
