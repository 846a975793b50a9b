import type { BillingJob } from '../../contracts/billing.ts';
import type { PaymentProvider } from '../../contracts/payment-provider.ts';
import type { Database } from '../../db/client.ts';
import { applySubscription } from './apply-subscription.ts';
import type { BillingContext } from './billing-context.ts';
import { settleCheckout } from './refresh-checkout.ts';

/**
 * One billing outbox row, run by the worker: it fetches the provider's current state and
 * applies it. A failure throws, and the outbox retries with backoff.
 */
export async function runBillingJob(
  db: Database,
  payments: PaymentProvider,
  job: BillingJob,
  context: BillingContext,
): Promise<void> {
  switch (job.action) {
    case 'sync-subscription':
      await applySubscription(db, await payments.getSubscription(job.subscriptionId), { context });
      return;
    case 'settle-checkout':
      await settleCheckout(db, payments, job.sessionId, context);
      return;
    case 'cancel-subscription':
      // The organization was deleted: stop charging for it.
      await payments.cancelSubscription(job.subscriptionId);
      return;
  }
}
