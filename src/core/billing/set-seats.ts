import { and, eq, lte } from 'drizzle-orm';
import type { BillingProviderName, SeatChange } from '../../contracts/billing.ts';
import type { Database } from '../../db/client.ts';
import { organization } from '../../db/schema/organizations.ts';
import { requireMembership, requirePermission } from '../access/require-membership.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { announceSeatsChanged } from '../events/announce-seats-changed.ts';
import { admitInOrder, admitWaitingRequests, lockQueue } from '../seat-requests/admit-waiting-requests.ts';
import { countWaiting } from '../seat-requests/seat-request-queue.ts';
import { lockOrganization } from '../seats/lock-organization.ts';
import { billingView, seatsBelowAssigned } from './billing-view.ts';

/** Extra passes for requests that arrive while seats are being added (rare; bounded). */
const MAX_EXTRA_PASSES = 3;

/**
 * Writes a seat count the billing provider has confirmed (for `manual`, at once). Never
 * below the seats in use: the guarded UPDATE refuses it, whatever the caller checked before.
 * Added seats admit pending seat requests, oldest first, in the same transaction.
 */
export async function setSeats(
  db: Database,
  options: { organizationId: string; actorId: string; seats: number; provider: BillingProviderName },
): Promise<Omit<SeatChange, 'outcome'>> {
  const { organizationId, actorId, seats, provider } = options;
  const result = await db.transaction(async (tx) => {
    const seen = await requireMembership(tx, organizationId, actorId);
    requirePermission(seen, 'seats', 'manageBilling', 'change the number of seats');
    // Lock order: the users a raise may admit, then the organization.
    const locked = await lockQueue(tx, organizationId, seats);
    const before = await lockOrganization(tx, organizationId);
    const actor = await requireMembership(tx, organizationId, actorId);
    requirePermission(actor, 'seats', 'manageBilling', 'change the number of seats');
    if (before.seats === seats) return { admitted: 0, more: false };

    const [after] = await tx
      .update(organization)
      .set({ seats, updatedAt: new Date() })
      .where(and(eq(organization.id, organizationId), lte(organization.seatsUsed, seats)))
      .returning();
    if (!after) throw seatsBelowAssigned(before.seatsUsed, seats);
    await recordAuditEvent(tx, {
      organizationId,
      actorId,
      action: 'seats.changed',
      data: { seats: { from: before.seats, to: seats }, provider },
    });
    await announceSeatsChanged(tx, { org: after, previousSeats: before.seats, actorId, provider });
    return seats > before.seats
      ? admitInOrder(tx, { organizationId, actorId, locked })
      : { admitted: 0, more: false };
  });

  let { admitted, more } = result;
  for (let pass = 0; more && pass < MAX_EXTRA_PASSES; pass++) {
    const next = await admitWaitingRequests(db, { organizationId, actorId });
    admitted += next.admitted;
    more = next.more;
  }
  const [org] = await db.select().from(organization).where(eq(organization.id, organizationId));
  if (!org) throw new Error(`organization ${organizationId} vanished after a seat change`);
  return { billing: billingView(org, provider, await countWaiting(db, organizationId)), admitted };
}
