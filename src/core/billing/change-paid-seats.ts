import type { SeatChange } from '../../contracts/billing.ts';
import type { PaymentProvider } from '../../contracts/payment-provider.ts';
import type { Database } from '../../db/client.ts';
import { applySubscription } from './apply-subscription.ts';
import type { BillingContext } from './billing-context.ts';
import { getBillingUnchecked } from './get-billing.ts';
import type { SeatPlan } from './plan-seat-change.ts';
import { setSeats } from './set-seats.ts';

/**
 * Changes the seats of a paid organization, the provider called outside any transaction.
 * - More seats: Stripe first. They are charged at once and take effect only when paid; until
 *   then the answer is `pending-confirmation` and the webhook applies them later.
 * - Fewer seats: Roster first, by the guarded write, so no join can take a seat that is no
 *   longer paid for; if Stripe then fails, the seats are put back and the error shown.
 * A crash between the two steps leaves a difference the next sync or reconciliation repairs:
 * Stripe's quantity is the truth for what is paid.
 */
export async function changePaidSeats(
  db: Database,
  payments: PaymentProvider,
  options: {
    plan: SeatPlan;
    actorId: string;
    seats: number;
    context: BillingContext;
    /** Seat requests to let in with a raise before the others (set-seats.ts). */
    admitFirst?: readonly string[] | undefined;
  },
): Promise<SeatChange> {
  const { plan, actorId, seats, context, admitFirst } = options;
  const organizationId = plan.organization.id;
  const subscription = plan.subscription;
  if (!subscription || plan.change === 'none') {
    return {
      outcome: 'applied',
      billing: await getBillingUnchecked(db, organizationId, context),
      admitted: 0,
    };
  }

  if (plan.change === 'raise') {
    const state = await payments.changeSeats(subscription, seats, 'raise');
    const applied = await applySubscription(db, state, { context, actorId, admitFirst });
    const confirmed = state.pendingQuantity === null && state.quantity >= seats;
    return {
      outcome: confirmed ? 'applied' : 'pending-confirmation',
      billing: await getBillingUnchecked(db, organizationId, context),
      admitted: applied.admitted,
    };
  }

  const previous = plan.organization.seats;
  const lowered = await setSeats(db, { organizationId, actorId, seats, context });
  try {
    await payments.changeSeats(subscription, seats, 'lower');
  } catch (error) {
    // Still paid for: give the seats back, then say why the change did not happen.
    await setSeats(db, { organizationId, actorId, seats: previous, context });
    throw error;
  }
  return { outcome: 'applied', ...lowered };
}
