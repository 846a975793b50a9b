import { eq } from 'drizzle-orm';
import type { SeatPreview } from '../../contracts/billing.ts';
import { RosterError } from '../../contracts/errors.ts';
import type { Database } from '../../db/client.ts';
import { organization } from '../../db/schema/organizations.ts';
import { organizationNotFound, requireMembership, requirePermission } from '../access/require-membership.ts';
import { seatSummary } from '../organizations/organization-view.ts';
import { countWaiting } from '../seat-requests/seat-request-queue.ts';
import type { BillingContext } from './billing-context.ts';
import { seatsBelowAssigned } from './billing-view.ts';
import { findSubscription, holdsSeats, type SubscriptionRow } from './subscription-row.ts';

export type SeatPlan = Omit<SeatPreview, 'amountDue' | 'recurring'> & {
  organization: typeof organization.$inferSelect;
  /** The paid subscription the change applies to; null with `manual`. */
  subscription: SubscriptionRow | null;
};

/**
 * What changing the seat count to `seats` would do, or the refusal it would get. It reads
 * without locks: the preview for the owner, and the check before asking a payment
 * provider for a change the database would refuse anyway. The guarded write decides for real.
 */
export async function planSeatChange(
  db: Database,
  options: { organizationId: string; actorId: string; seats: number; context: BillingContext },
): Promise<SeatPlan> {
  const member = await requireMembership(db, options.organizationId, options.actorId);
  requirePermission(member, 'seats', 'manageBilling', 'change the number of seats');
  const [org] = await db.select().from(organization).where(eq(organization.id, options.organizationId));
  if (!org) throw organizationNotFound();
  if (options.seats < org.seatsUsed) throw seatsBelowAssigned(org.seatsUsed, options.seats);
  const change = options.seats > org.seats ? 'raise' : options.seats < org.seats ? 'lower' : 'none';
  const subscription =
    options.context.provider === 'manual' ? null : await paidSubscription(db, org.id, change);
  return {
    organization: org,
    subscription,
    provider: options.context.provider,
    change,
    current: seatSummary(org),
    proposed: seatSummary({ seats: options.seats, seatsUsed: org.seatsUsed }),
    admits: Math.min(await countWaiting(db, org.id), Math.max(0, options.seats - org.seatsUsed)),
  };
}

/** Seats of a paid organization change only on a subscription that is paid up. */
async function paidSubscription(
  db: Database,
  organizationId: string,
  change: string,
): Promise<SubscriptionRow> {
  const subscription = await findSubscription(db, organizationId);
  if (!subscription || !holdsSeats(subscription.status, subscription.graceEndsAt)) {
    throw new RosterError(
      'SUBSCRIPTION_REQUIRED',
      'This organization has no active subscription: subscribe from the billing page first, then choose the seats.',
    );
  }
  if (subscription.status === 'past_due' && change === 'raise') {
    throw new RosterError(
      'PAYMENT_PAST_DUE',
      'The last payment failed: update the payment method in the billing portal before adding seats.',
    );
  }
  return subscription;
}
