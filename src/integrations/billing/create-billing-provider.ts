import type { Config } from '../../config/load-config.ts';
import type { PaymentProvider } from '../../contracts/payment-provider.ts';
import { createStripeBilling } from './stripe-billing.ts';

/**
 * The payment provider this server bills through, or null for `manual` (the default): the
 * owner sets the seat count and nobody is charged.
 */
export function createPaymentProvider(config: Config): PaymentProvider | null {
  return config.billing.stripe ? createStripeBilling(config.billing.stripe) : null;
}
