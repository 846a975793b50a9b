import type { SubscriptionState } from '../../contracts/payment-provider.ts';

/** The columns of billing_subscription that mirror the provider's state. */
export function subscriptionFields(state: SubscriptionState) {
  return {
    customerId: state.customerId,
    subscriptionId: state.subscriptionId,
    itemId: state.itemId,
    status: state.status,
    quantity: state.quantity,
    planName: state.price?.name ?? null,
    unitAmount: state.price?.amount ?? null,
    currency: state.price?.currency ?? null,
    interval: state.price?.interval ?? null,
    currentPeriodEnd: state.currentPeriodEnd,
    cancelAtPeriodEnd: state.cancelAtPeriodEnd,
  };
}
