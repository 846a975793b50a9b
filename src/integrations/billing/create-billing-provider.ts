import type { Config } from '../../config/load-config.ts';
import type { BillingProvider } from './billing-provider.ts';
import { createManualBilling } from './manual-billing.ts';

/** The provider this server bills through. Stripe (STRIPE_SECRET_KEY) is not wired in yet. */
export function createBillingProvider(_config: Config): BillingProvider {
  return createManualBilling();
}
