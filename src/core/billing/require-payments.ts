import { RosterError } from '../../contracts/errors.ts';
import type { PaymentProvider } from '../../contracts/payment-provider.ts';

/** The routes that only make sense with a payment provider answer 404 without one. */
export function requirePayments(payments: PaymentProvider | null): PaymentProvider {
  if (!payments) {
    throw new RosterError(
      'BILLING_NOT_CONFIGURED',
      'This Roster takes no payments (no STRIPE_SECRET_KEY): the owner sets the number of seats directly.',
    );
  }
  return payments;
}
