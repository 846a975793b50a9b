import { and, eq, lte } from 'drizzle-orm';
import type { BillingProviderName } from '../../contracts/billing.ts';
import type { Database } from '../../db/client.ts';
import { organization } from '../../db/schema/organizations.ts';
import { recordEvent } from '../events/record-event.ts';
import { admitInOrder } from '../seat-requests/admit-waiting-requests.ts';
import type { SeatRequestRow } from '../seat-requests/seat-request-queue.ts';
import type { OrganizationRow } from '../seats/lock-organization.ts';
import { seatsBelowAssigned } from './billing-view.ts';

/**
 * Writes a new seat count inside the caller's transaction, which holds the users of `locked`
 * and the invite link (from lockQueue) and then the organization row `before`. The guarded UPDATE refuses to go
 * below the seats in use, whatever the caller checked; added seats admit waiting requests.
 * `actorId` is null when the payment provider changed the seats (Stripe's dashboard).
 * Its `seats.changed` event tells the other admins, the webhooks and open pages after commit.
 */
export async function writeSeats(
  tx: Database,
  options: {
    before: OrganizationRow;
    seats: number;
    actorId: string | null;
    provider: BillingProviderName;
    locked: SeatRequestRow[];
    /** Requests the owner chose to let in with these seats, before the queue (lockQueue's `first`). */
    first?: readonly string[] | undefined;
  },
): Promise<{ admitted: number; more: boolean }> {
  const { before, seats, actorId, provider } = options;
  if (before.seats === seats) return { admitted: 0, more: false };
  const [after] = await tx
    .update(organization)
    .set({ seats, updatedAt: new Date() })
    .where(and(eq(organization.id, before.id), lte(organization.seatsUsed, seats)))
    .returning();
  if (!after) throw seatsBelowAssigned(before.seatsUsed, seats);
  await recordEvent(tx, {
    type: 'seats.changed',
    version: 2,
    organizationId: before.id,
    actorId,
    targetId: null,
    data: { seats: { from: before.seats, to: after.seats }, seatsUsed: after.seatsUsed, provider },
  });
  return seats > before.seats
    ? admitInOrder(tx, { organizationId: before.id, actorId, locked: options.locked, first: options.first })
    : { admitted: 0, more: false };
}
