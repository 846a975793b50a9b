import type { BillingProviderName } from '../../contracts/billing.ts';

export type BillingOrganization = { id: string; name: string; seats: number; seatsUsed: number };

/**
 * A payment provider behind the seat count. Never called inside a database transaction:
 * the server asks the provider first, then writes what the provider confirmed.
 * - `applied`: the change is in effect now; the caller writes the new seat count.
 * - `pending-confirmation`: the provider accepted the request and will confirm it later
 *   (Stripe: a `customer.subscription.updated` webhook), which then writes the count.
 */
export interface BillingProvider {
  readonly name: BillingProviderName;
  previewSeats(
    org: BillingOrganization,
    seats: number,
  ): Promise<{ amountDue: { amount: number; currency: string } | null }>;
  changeSeats(org: BillingOrganization, seats: number): Promise<'applied' | 'pending-confirmation'>;
}
