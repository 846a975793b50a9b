import Stripe from 'stripe';
import { RosterError } from '../../contracts/errors.ts';

/**
 * Stripe's failures as Roster errors a person can act on. A declined card is the owner's to
 * fix (402); an outage is temporary (503, retry); anything else means Stripe refused what
 * Roster asked (a wrong key or price in the configuration): 502, and the operator's log has
 * Stripe's own message.
 */
export function toRosterError(error: unknown): unknown {
  if (!(error instanceof Stripe.errors.StripeError)) return error;
  if (error instanceof Stripe.errors.StripeCardError) {
    return new RosterError(
      'PAYMENT_FAILED',
      `The payment was declined (${error.message}). Nothing changed; update the payment method in the billing portal and try again.`,
    );
  }
  if (
    error instanceof Stripe.errors.StripeConnectionError ||
    error instanceof Stripe.errors.StripeAPIError ||
    error instanceof Stripe.errors.StripeRateLimitError
  ) {
    return new RosterError(
      'BILLING_PROVIDER_UNAVAILABLE',
      'Stripe could not be reached just now; nothing was changed. Try again in a minute.',
    );
  }
  return Object.assign(
    new RosterError(
      'BILLING_PROVIDER_ERROR',
      'Stripe refused the request; nothing was changed. The operator of this Roster can see why in its log.',
    ),
    { cause: error },
  );
}

/** Runs one Stripe call and translates its failure. */
export async function stripeCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toRosterError(error);
  }
}
