import Stripe from 'stripe';
import type { Config } from '../../config/load-config.ts';
import { RosterError } from '../../contracts/errors.ts';
import type { PaymentProvider, ProviderEvent, SubscriptionState } from '../../contracts/payment-provider.ts';
import { stripeCall } from './stripe-errors.ts';
import { seatPrice, subscriptionState } from './stripe-state.ts';

type StripeSettings = NonNullable<Config['billing']['stripe']>;

/** Stripe's clock may run a little apart from ours; its signature tolerance is 5 minutes. */
const SIGNATURE_TOLERANCE_S = 300;

/**
 * Seats as the quantity of one Stripe subscription item (STRIPE_PRICE_ID, per seat).
 * STRIPE_API_URL points the official SDK at another origin (stripe-mock or a test double).
 */
export function createStripeBilling(settings: StripeSettings): PaymentProvider {
  const api = settings.apiUrl ? new URL(settings.apiUrl) : null;
  const stripe = new Stripe(settings.secretKey, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
    appInfo: { name: 'Roster' },
    ...(api && {
      host: api.hostname,
      port: api.port || (api.protocol === 'https:' ? 443 : 80),
      protocol: api.protocol === 'https:' ? 'https' : 'http',
    }),
  });
  let cachedPrice: { at: number; price: Awaited<ReturnType<PaymentProvider['price']>> } | null = null;

  return {
    name: 'stripe',

    async price() {
      // The create form asks on every visit; a price changes rarely.
      if (cachedPrice && Date.now() - cachedPrice.at < 600_000) return cachedPrice.price;
      const price = await stripeCall(() => stripe.prices.retrieve(settings.priceId));
      cachedPrice = { at: Date.now(), price: seatPrice(price) };
      return cachedPrice.price;
    },

    async createCheckout(input) {
      const metadata = {
        roster_checkout_id: input.checkoutId,
        ...(input.organizationId && { roster_organization_id: input.organizationId }),
      };
      const session = await stripeCall(() =>
        stripe.checkout.sessions.create(
          {
            mode: 'subscription',
            line_items: [{ price: settings.priceId, quantity: input.seats }],
            client_reference_id: input.checkoutId,
            ...(input.customerId ? { customer: input.customerId } : { customer_email: input.email }),
            success_url: input.successUrl,
            cancel_url: input.cancelUrl,
            metadata,
            // On the subscription too: its events alone can then be traced to the checkout.
            subscription_data: { metadata },
          },
          // One session per checkout row, however often this is retried.
          { idempotencyKey: `roster-checkout-${input.checkoutId}` },
        ),
      );
      if (!session.url) throw new Error(`Stripe returned checkout session ${session.id} without a URL`);
      return { sessionId: session.id, url: session.url };
    },

    async getCheckout(sessionId) {
      const session = await stripeCall(() => stripe.checkout.sessions.retrieve(sessionId));
      const subscription = session.subscription;
      return {
        sessionId: session.id,
        status:
          session.status === 'complete' ? 'complete' : session.status === 'expired' ? 'expired' : 'open',
        subscriptionId: typeof subscription === 'string' ? subscription : (subscription?.id ?? null),
        checkoutId: session.client_reference_id ?? session.metadata?.roster_checkout_id ?? null,
      };
    },

    async expireCheckout(sessionId) {
      const current = await this.getCheckout(sessionId);
      if (current.status !== 'open') return current;
      try {
        await stripeCall(() => stripe.checkout.sessions.expire(sessionId));
      } catch (error) {
        // Paid (or run out) between the two calls: Stripe refuses to expire it, and says why below.
        const now = await this.getCheckout(sessionId);
        if (now.status === 'open') throw error;
        return now;
      }
      return { ...current, status: 'expired' };
    },

    async liveSubscriptions() {
      const askedAt = new Date();
      return stripeCall(async () => {
        const found: SubscriptionState[] = [];
        // Stripe's default status filter leaves cancelled subscriptions out; pages of 100.
        for await (const subscription of stripe.subscriptions.list({ price: settings.priceId, limit: 100 })) {
          found.push(subscriptionState(subscription, settings.priceId, askedAt));
        }
        return found;
      });
    },

    async getSubscription(subscriptionId) {
      const askedAt = new Date();
      return subscriptionState(
        await stripeCall(() => stripe.subscriptions.retrieve(subscriptionId)),
        settings.priceId,
        askedAt,
      );
    },

    async previewSeats(subscription, seats) {
      const invoice = await stripeCall(() =>
        stripe.invoices.createPreview({
          customer: subscription.customerId,
          subscription: subscription.subscriptionId,
          subscription_details: {
            items: [{ id: subscription.itemId, quantity: seats }],
            proration_behavior: 'always_invoice',
            proration_date: Math.floor(Date.now() / 1000),
          },
        }),
      );
      const price = await this.price();
      return {
        amountDue: { amount: invoice.total, currency: invoice.currency },
        recurring: { amount: price.amount * seats, currency: price.currency, interval: price.interval },
      };
    },

    async changeSeats(subscription, seats, direction) {
      const askedAt = new Date();
      const updated = await stripeCall(() =>
        stripe.subscriptions.update(subscription.subscriptionId, {
          items: [{ id: subscription.itemId, quantity: seats }],
          // More seats are charged now and applied only once paid; fewer are credited later.
          proration_behavior: direction === 'raise' ? 'always_invoice' : 'create_prorations',
          payment_behavior: direction === 'raise' ? 'pending_if_incomplete' : 'allow_incomplete',
        }),
      );
      return subscriptionState(updated, settings.priceId, askedAt);
    },

    async cancelSubscription(subscriptionId) {
      // Cancelling twice is an error at Stripe; here it is done either way.
      const current = await stripeCall(() => stripe.subscriptions.retrieve(subscriptionId));
      if (current.status === 'canceled' || current.status === 'incomplete_expired') return;
      await stripeCall(() => stripe.subscriptions.cancel(subscriptionId));
    },

    async portalUrl(customerId, returnUrl) {
      const session = await stripeCall(() =>
        stripe.billingPortal.sessions.create({ customer: customerId, return_url: returnUrl }),
      );
      return session.url;
    },

    parseEvent(rawBody, signature) {
      let event: Stripe.Event;
      try {
        event = stripe.webhooks.constructEvent(
          rawBody,
          signature ?? '',
          settings.webhookSecret,
          SIGNATURE_TOLERANCE_S,
        );
      } catch {
        throw new RosterError(
          'WEBHOOK_SIGNATURE_INVALID',
          'The Stripe-Signature header does not match this body and the webhook signing secret (STRIPE_WEBHOOK_SECRET).',
        );
      }
      // Signed, so from Stripe; still read defensively, so that an event of an unexpected
      // shape is refused with a reason rather than failing later.
      if (typeof event?.id !== 'string' || typeof event.type !== 'string' || !event.data?.object) {
        throw new RosterError('VALIDATION_FAILED', 'The Stripe event has no id, type or data.object.');
      }
      return eventTargets(event);
    },
  };
}

/** What an event asks Roster to fetch again; its payload itself is never applied. */
function eventTargets(event: Stripe.Event): ProviderEvent {
  const base = { id: event.id, type: event.type, subscriptionId: null, checkoutSessionId: null };
  switch (event.type) {
    case 'customer.subscription.created':
    case 'customer.subscription.updated':
    case 'customer.subscription.deleted':
    case 'customer.subscription.paused':
    case 'customer.subscription.resumed':
      return { ...base, subscriptionId: idOf(event.data.object.id) };
    case 'invoice.payment_failed':
    case 'invoice.paid': {
      const subscription = event.data.object.parent?.subscription_details?.subscription ?? null;
      return {
        ...base,
        subscriptionId: typeof subscription === 'string' ? subscription : (subscription?.id ?? null),
      };
    }
    case 'checkout.session.completed':
    case 'checkout.session.expired':
      return { ...base, checkoutSessionId: idOf(event.data.object.id) };
    default:
      return base;
  }
}

/** An id from an event's payload, or null if it is not a usable one. */
function idOf(value: unknown): string | null {
  return typeof value === 'string' && /^[A-Za-z0-9_]{1,255}$/.test(value) ? value : null;
}
