import { and, eq, lte } from 'drizzle-orm';
import type { Billing, BillingProviderName } from '../../contracts/billing.ts';
import type { Database } from '../../db/client.ts';
import { organization } from '../../db/schema/organizations.ts';
import { requireMembership, requirePermission } from '../access/require-membership.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { announceSeatsChanged } from '../events/announce-seats-changed.ts';
import { lockOrganization } from '../seats/lock-organization.ts';
import { billingView, seatsBelowAssigned } from './billing-view.ts';

/**
 * Writes a seat count the billing provider has confirmed (for `manual`, at once). Never
 * below the seats in use: the guarded UPDATE refuses it, whatever the caller checked before.
 */
export async function setSeats(
  db: Database,
  options: { organizationId: string; actorId: string; seats: number; provider: BillingProviderName },
): Promise<Billing> {
  const { organizationId, actorId, seats, provider } = options;
  return db.transaction(async (tx) => {
    const seen = await requireMembership(tx, organizationId, actorId);
    requirePermission(seen, 'seats', 'manageBilling', 'change the number of seats');
    const before = await lockOrganization(tx, organizationId);
    const actor = await requireMembership(tx, organizationId, actorId);
    requirePermission(actor, 'seats', 'manageBilling', 'change the number of seats');
    if (before.seats === seats) return billingView(before, provider);

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
    return billingView(after, provider);
  });
}
