import type { Config } from '../../config/load-config.ts';
import type { PaymentProvider } from '../../contracts/payment-provider.ts';

/**
 * The payment provider this server bills through, or null for `manual` (the default): the
 * owner sets the seat count and nobody is charged. The Stripe SDK (about 7 MiB resident,
 * 200 modules) is imported only when Stripe is configured (decision 0029).
 */
export async function createPaymentProvider(config: Config): Promise<PaymentProvider | null> {
  if (!config.billing.stripe) return null;
  const { createStripeBilling } = await import('./stripe-billing.ts');
  return createStripeBilling(config.billing.stripe);
}
