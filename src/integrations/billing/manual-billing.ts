import type { BillingProvider } from './billing-provider.ts';

/**
 * The default for self-hosting: the owner sets the seat count, nobody is charged, and a
 * change is in effect at once.
 */
export function createManualBilling(): BillingProvider {
  return {
    name: 'manual',
    previewSeats: async () => ({ amountDue: null }),
    changeSeats: async () => 'applied',
  };
}
