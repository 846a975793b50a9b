import type Stripe from 'stripe';
import type {
  BillingInterval,
  ProviderStatus,
  SeatPrice,
  SubscriptionState,
} from '../../contracts/payment-provider.ts';

export function seatPrice(price: Stripe.Price): SeatPrice {
  const product = price.product;
  const productName = typeof product === 'object' && product && 'name' in product ? product.name : null;
  return {
    amount: price.unit_amount ?? 0,
    currency: price.currency,
    interval: (price.recurring?.interval ?? 'month') as BillingInterval,
    name: price.nickname ?? productName,
  };
}

/**
 * A Stripe subscription as Roster's plain state. The seat item is the one with our price;
 * a subscription edited in Stripe's dashboard to hold other items still counts that one.
 */
export function subscriptionState(
  subscription: Stripe.Subscription,
  priceId: string,
  askedAt: Date,
): SubscriptionState {
  const items = subscription.items.data;
  const item = items.find((i) => i.price.id === priceId) ?? items[0];
  if (!item) throw new Error(`Stripe subscription ${subscription.id} has no items`);
  const pending = subscription.pending_update?.subscription_items?.find((i) => i.id === item.id);
  const customer = subscription.customer;
  return {
    subscriptionId: subscription.id,
    customerId: typeof customer === 'string' ? customer : customer.id,
    itemId: item.id,
    status: subscription.status as ProviderStatus,
    quantity: item.quantity ?? 0,
    pendingQuantity: pending?.quantity ?? null,
    price: seatPrice(item.price),
    currentPeriodEnd: item.current_period_end ? new Date(item.current_period_end * 1000) : null,
    cancelAtPeriodEnd: subscription.cancel_at_period_end,
    checkoutId: subscription.metadata?.roster_checkout_id ?? null,
    organizationId: subscription.metadata?.roster_organization_id ?? null,
    askedAt,
  };
}
