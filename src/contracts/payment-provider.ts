/**
 * The port a payment provider (Stripe) plugs into. Core drives it through these plain types
 * and never sees the provider's SDK; `src/integrations/billing` adapts a real provider.
 * Every method is a network call: never call one inside a database transaction.
 */

export type Money = { amount: number; currency: string };
export type BillingInterval = 'day' | 'week' | 'month' | 'year';
export type SeatPrice = Money & { interval: BillingInterval; name: string | null };

/** The provider's own subscription statuses, as Stripe names them. */
export type ProviderStatus =
  | 'active'
  | 'trialing'
  | 'past_due'
  | 'unpaid'
  | 'canceled'
  | 'incomplete'
  | 'incomplete_expired'
  | 'paused';

/** A subscription as the provider sees it now: the truth about what is paid for. */
export type SubscriptionState = {
  subscriptionId: string;
  customerId: string;
  itemId: string;
  status: ProviderStatus;
  /** Seats paid for (the quantity of the per-seat item). */
  quantity: number;
  /** A change waiting for payment (Stripe's pending_update), if any. */
  pendingQuantity: number | null;
  price: SeatPrice | null;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  /** Written into the subscription's metadata at checkout, so it can be traced back. */
  checkoutId: string | null;
  organizationId: string | null;
  /**
   * When Roster asked for this state. Fetches run outside any lock, so two of them can be
   * applied in the other order; a state asked for before the one applied last is stale.
   */
  askedAt: Date;
};

export type CheckoutState = {
  sessionId: string;
  status: 'open' | 'complete' | 'expired';
  subscriptionId: string | null;
  checkoutId: string | null;
};

/** What a verified provider event asks Roster to look at again. */
export type ProviderEvent = {
  id: string;
  type: string;
  /** Fetch this subscription and apply it (subscription and invoice events). */
  subscriptionId: string | null;
  /** Fetch this checkout session and complete it if paid (checkout events). */
  checkoutSessionId: string | null;
};

export interface PaymentProvider {
  readonly name: 'stripe';
  price(): Promise<SeatPrice>;
  createCheckout(input: {
    checkoutId: string;
    seats: number;
    email: string;
    customerId: string | null;
    organizationId: string | null;
    successUrl: string;
    cancelUrl: string;
  }): Promise<{ sessionId: string; url: string }>;
  getCheckout(sessionId: string): Promise<CheckoutState>;
  /** Ends an open checkout session so it can no longer be paid; says how it ended (`complete` if it was paid first). */
  expireCheckout(sessionId: string): Promise<CheckoutState>;
  getSubscription(subscriptionId: string): Promise<SubscriptionState>;
  /** Every subscription of Roster's seat price that has not been cancelled, whoever's customer. */
  liveSubscriptions(): Promise<SubscriptionState[]>;
  /** The prorated cost of changing the quantity now, and the recurring amount after it. */
  previewSeats(
    subscription: { subscriptionId: string; customerId: string; itemId: string },
    seats: number,
  ): Promise<{ amountDue: Money; recurring: Money & { interval: BillingInterval } }>;
  /**
   * Sets the quantity. A raise is invoiced at once and applied only if paid (otherwise the
   * returned state has `pendingQuantity`); a decrease is credited on the next invoice.
   */
  changeSeats(
    subscription: { subscriptionId: string; itemId: string },
    seats: number,
    direction: 'raise' | 'lower',
  ): Promise<SubscriptionState>;
  cancelSubscription(subscriptionId: string): Promise<void>;
  portalUrl(customerId: string, returnUrl: string): Promise<string>;
  /** Verifies the signature over the raw body; throws a RosterError (400) when it does not hold. */
  parseEvent(rawBody: Buffer, signature: string | undefined): ProviderEvent;
}
