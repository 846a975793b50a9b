import { eq } from 'drizzle-orm';
import type { BillingProviderName, SeatPreview } from '../../contracts/billing.ts';
import type { Database } from '../../db/client.ts';
import { organization } from '../../db/schema/organizations.ts';
import { organizationNotFound, requireMembership, requirePermission } from '../access/require-membership.ts';
import { seatSummary } from '../organizations/organization-view.ts';
import { countWaiting } from '../seat-requests/seat-request-queue.ts';
import { seatsBelowAssigned } from './billing-view.ts';

/**
 * What changing the seat count to `seats` would do, or the refusal it would get. It reads
 * without locks: the preview for the owner, and the check before asking a payment
 * provider for a change the database would refuse anyway. `setSeats` decides for real.
 */
export async function planSeatChange(
  db: Database,
  options: { organizationId: string; actorId: string; seats: number; provider: BillingProviderName },
): Promise<Omit<SeatPreview, 'amountDue'> & { organization: typeof organization.$inferSelect }> {
  const member = await requireMembership(db, options.organizationId, options.actorId);
  requirePermission(member, 'seats', 'manageBilling', 'change the number of seats');
  const [org] = await db.select().from(organization).where(eq(organization.id, options.organizationId));
  if (!org) throw organizationNotFound();
  if (options.seats < org.seatsUsed) throw seatsBelowAssigned(org.seatsUsed, options.seats);
  return {
    organization: org,
    provider: options.provider,
    change: options.seats > org.seats ? 'raise' : options.seats < org.seats ? 'lower' : 'none',
    current: seatSummary(org),
    proposed: seatSummary({ seats: options.seats, seatsUsed: org.seatsUsed }),
    admits: Math.min(await countWaiting(db, org.id), Math.max(0, options.seats - org.seatsUsed)),
  };
}
