import { errorDetail } from '../../contracts/errors.ts';
import type { PaymentProvider } from '../../contracts/payment-provider.ts';
import type { BillingContext } from '../../core/billing/billing-context.ts';
import { reconcileBilling } from '../../core/billing/reconcile-billing.ts';
import type { Database } from '../../db/client.ts';

/**
 * Runs billing reconciliation every BILLING_RECONCILE_MINUTES. Every worker knocks once a
 * minute (sooner if the interval is shorter); the lease in the database lets one of them run
 * it per interval, however many workers there are.
 */
export function startReconciler(options: {
  db: Database;
  payments: PaymentProvider;
  context: BillingContext;
  everyMs: number;
  log?: ((message: string, details: Record<string, unknown>) => void) | undefined;
}) {
  let running = false;
  const knock = async () => {
    if (running) return;
    running = true;
    try {
      const report = await reconcileBilling(options.db, options.payments, options);
      if (
        report &&
        (report.repaired.length || report.drift.length || report.orphans.length || report.errors.length)
      ) {
        options.log?.('billing reconciliation found differences', report);
      }
    } catch (error) {
      // The database or Stripe is away: the next knock tries again.
      options.log?.('billing reconciliation failed', {
        error: errorDetail(error),
      });
    } finally {
      running = false;
    }
  };
  const timer = setInterval(knock, Math.min(options.everyMs, 60_000));
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
