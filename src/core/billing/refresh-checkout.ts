import { and, eq } from 'drizzle-orm';
import type { Checkout } from '../../contracts/billing.ts';
import type { PaymentProvider } from '../../contracts/payment-provider.ts';
import type { Database } from '../../db/client.ts';
import { billingCheckout } from '../../db/schema/subscriptions.ts';
import { applySubscription } from './apply-subscription.ts';
import type { BillingContext } from './billing-context.ts';
import { checkoutView, findOwnCheckout } from './checkout-view.ts';

/**
 * The checkout as the person who started it sees it, asking the provider first while it is
 * open: returning from the payment page completes the organization even if the provider's
 * webhook never arrives.
 */
export async function refreshCheckout(
  db: Database,
  payments: PaymentProvider | null,
  options: { checkoutId: string; userId: string; context: BillingContext },
): Promise<Checkout> {
  const row = await findOwnCheckout(db, options.checkoutId, options.userId);
  if (row.status !== 'open' || !payments || !row.providerSessionId) return checkoutView(row);
  await settleCheckout(db, payments, row.providerSessionId, options.context);
  return checkoutView(await findOwnCheckout(db, row.id, options.userId));
}

/**
 * Asks the provider how a checkout session ended, and completes or expires its checkout
 * here. The session names its checkout (client_reference_id), so this works even if the
 * session id was never written back to the checkout row.
 */
export async function settleCheckout(
  db: Database,
  payments: PaymentProvider,
  sessionId: string,
  context: BillingContext,
): Promise<void> {
  const session = await payments.getCheckout(sessionId);
  if (session.status === 'complete' && session.subscriptionId) {
    await applySubscription(db, await payments.getSubscription(session.subscriptionId), { context });
  } else if (session.status === 'expired' && session.checkoutId) {
    await db
      .update(billingCheckout)
      .set({ status: 'expired' })
      .where(and(eq(billingCheckout.id, session.checkoutId), eq(billingCheckout.status, 'open')));
  }
}
