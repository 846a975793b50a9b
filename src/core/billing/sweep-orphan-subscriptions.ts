import { eq, inArray } from 'drizzle-orm';
import { errorDetail } from '../../contracts/errors.ts';
import type { PaymentProvider } from '../../contracts/payment-provider.ts';
import type { Database } from '../../db/client.ts';
import { billingSubscription } from '../../db/schema/subscriptions.ts';
import { applySubscription } from './apply-subscription.ts';
import type { BillingContext } from './billing-context.ts';

/** A subscription of Roster's seat price that no organization holds. */
export type OrphanSubscription = {
  subscriptionId: string;
  customerId: string;
  status: string;
  /** The organization its checkout was for (gone, or held by another subscription now). */
  organizationId: string | null;
  /** Cancelled at the provider by this run; false: left for the operator to look at. */
  canceled: boolean;
};

/**
 * Finds what the provider charges for that Roster does not hold: the subscription of a
 * deleted organization whose cancellation never ran, one replaced by a later subscription,
 * one made by hand. One that is merely not taken in yet (paid, webhook on its way) is
 * completed here first and so is no orphan.
 * Roster's own (they name a Roster checkout) are cancelled: nobody gets seats for them, so
 * every renewal would charge a customer for nothing. One made by hand in the provider's
 * dashboard is only reported: the operator made it and may mean it. Neither is refunded;
 * that is the operator's call, and the report names every one.
 */
export async function sweepOrphanSubscriptions(
  db: Database,
  payments: PaymentProvider,
  context: BillingContext,
): Promise<{ orphans: OrphanSubscription[]; errors: { target: string; message: string }[] }> {
  const orphans: OrphanSubscription[] = [];
  const errors: { target: string; message: string }[] = [];
  const live = await payments.liveSubscriptions();
  if (live.length === 0) return { orphans, errors };
  const held = new Set(
    (
      await db
        .select({ id: billingSubscription.subscriptionId })
        .from(billingSubscription)
        .where(
          inArray(
            billingSubscription.subscriptionId,
            live.map((s) => s.subscriptionId),
          ),
        )
    ).map((row) => row.id),
  );
  for (const state of live) {
    if (held.has(state.subscriptionId)) continue;
    try {
      if (state.checkoutId) {
        await applySubscription(db, state, { context });
        const [taken] = await db
          .select({ id: billingSubscription.subscriptionId })
          .from(billingSubscription)
          .where(eq(billingSubscription.subscriptionId, state.subscriptionId));
        if (taken) continue;
      }
      // Incomplete: its first payment is still being made; nothing is charged for it yet.
      const cancel = state.checkoutId !== null && state.status !== 'incomplete';
      if (cancel) await payments.cancelSubscription(state.subscriptionId);
      orphans.push({
        subscriptionId: state.subscriptionId,
        customerId: state.customerId,
        status: cancel ? 'canceled' : state.status,
        organizationId: state.organizationId,
        canceled: cancel,
      });
    } catch (error) {
      errors.push({ target: state.subscriptionId, message: errorDetail(error) });
    }
  }
  return { orphans, errors };
}
