import { type Account, type Cause, snapshot } from './account.ts';
import { cardDeclined, invalidRequest, notModelled, resourceMissing } from './errors.ts';
import type { FormObject } from './form.ts';
import { buildInvoice, periodLine, prorationLines, settleInvoice } from './invoices.ts';
import type { FakeEvent, FakeInvoice, FakeList, FakeSubscription } from './objects.ts';
import {
  checkParams,
  metadataParam,
  optionalArray,
  optionalBoolean,
  optionalEnum,
  optionalInteger,
  optionalString,
} from './params.ts';
import * as real from './stripe-params.ts';

// biome-ignore format: a word list reads better packed
const modelledUpdateParams = [
  'cancel_at_period_end', 'description', 'expand', 'items', 'metadata', 'off_session', 'payment_behavior',
  'proration_behavior', 'proration_date',
];
// What Stripe accepts beside payment_behavior=pending_if_incomplete (its "pending updates reference").
// biome-ignore format: a word list reads better packed
const pendingUpdateParams = ['expand', 'items', 'off_session', 'payment_behavior', 'proration_behavior', 'proration_date'];
export const prorationBehaviors = ['always_invoice', 'create_prorations', 'none'] as const;
// biome-ignore format: a word list reads better packed
const paymentBehaviors = ['allow_incomplete', 'default_incomplete', 'error_if_incomplete', 'pending_if_incomplete'] as const;

export function findSubscription(account: Account, id: string, param = 'id', status: 400 | 404 = 404) {
  const subscription = account.subscriptions.get(id);
  if (!subscription) throw resourceMissing('subscription', id, param, status);
  return subscription;
}

// biome-ignore format: a word list reads better packed
const listStatuses = ['active', 'all', 'canceled', 'ended', 'incomplete', 'incomplete_expired', 'past_due', 'paused', 'trialing', 'unpaid'] as const;

/**
 * GET /v1/subscriptions: newest first, pages by `limit` and `starting_after`. Without a
 * `status`, cancelled subscriptions are left out, as Stripe does.
 */
export function listSubscriptions(account: Account, params: FormObject): FakeList<FakeSubscription> {
  checkParams(
    params,
    ['customer', 'expand', 'limit', 'price', 'starting_after', 'status'],
    real.subscriptionList,
  );
  const customer = optionalString(params, 'customer');
  const price = optionalString(params, 'price');
  const status = optionalEnum(params, 'status', listStatuses);
  const limit = optionalInteger(params, 'limit') ?? 10;
  if (limit < 1 || limit > 100) throw invalidRequest('This value must be between 1 and 100.', 'limit');
  const after = optionalString(params, 'starting_after');
  const ended = ['canceled', 'incomplete_expired'];
  let all = [...account.subscriptions.values()]
    .reverse()
    .filter(
      (s) =>
        (customer === undefined || s.customer === customer) &&
        (price === undefined || s.items.data.some((item) => item.price.id === price)) &&
        (status === undefined
          ? s.status !== 'canceled'
          : status === 'all' || (status === 'ended' ? ended.includes(s.status) : s.status === status)),
    );
  if (after !== undefined) {
    const at = all.findIndex((s) => s.id === after);
    if (at < 0) throw resourceMissing('subscription', after, 'starting_after', 400);
    all = all.slice(at + 1);
  }
  return {
    object: 'list',
    data: all.slice(0, limit),
    has_more: all.length > limit,
    url: '/v1/subscriptions',
  };
}

/** The quantity an `items` parameter asks for; the fake's subscriptions have one item, one price. */
export function requestedQuantity(
  subscription: FakeSubscription,
  items: FormObject[] | undefined,
  prefix: string,
) {
  const item = subscription.items.data[0]!;
  let quantity: number | undefined;
  items?.forEach((entry, index) => {
    const name = `${prefix}[${index}]`;
    checkParams(entry, ['id', 'price', 'quantity'], real.subscriptionItem, name);
    const id = optionalString(entry, 'id', `${name}[id]`);
    if (id === undefined) throw notModelled(`${name} without an id (adding an item)`);
    if (id !== item.id) throw resourceMissing('subscription_item', id, `${name}[id]`, 400);
    const price = optionalString(entry, 'price', `${name}[price]`);
    if (price !== undefined && price !== item.price.id)
      throw notModelled(`${name}[price] (changing the price)`);
    const value = optionalInteger(entry, 'quantity', `${name}[quantity]`);
    if (value !== undefined && value < 0)
      throw invalidRequest('Invalid non-negative integer', `${name}[quantity]`);
    quantity = value ?? quantity;
  });
  return quantity;
}

/** POST /v1/subscriptions/:id — quantity, cancellation at period end, metadata. */
export function updateFromApi(
  account: Account,
  subscription: FakeSubscription,
  params: FormObject,
  cause: Cause,
  baseUrl: string,
): FakeSubscription {
  checkParams(params, modelledUpdateParams, real.subscriptionUpdate);
  if (
    subscription.status === 'canceled' &&
    Object.keys(params).some((key) => !['metadata', 'expand'].includes(key))
  ) {
    throw invalidRequest('A canceled subscription can only update its cancellation_details and metadata.');
  }
  const paymentBehavior = optionalEnum(params, 'payment_behavior', paymentBehaviors) ?? 'allow_incomplete';
  if (paymentBehavior === 'pending_if_incomplete') {
    const extra = Object.keys(params).find((key) => !pendingUpdateParams.includes(key));
    if (extra) {
      throw invalidRequest(`You cannot pass ${extra} when payment_behavior is pending_if_incomplete.`, extra);
    }
  }
  const prorationBehavior =
    optionalEnum(params, 'proration_behavior', prorationBehaviors) ?? 'create_prorations';
  const prorationDate = optionalInteger(params, 'proration_date') ?? account.now();
  const item = subscription.items.data[0]!;
  const quantity = requestedQuantity(subscription, optionalArray(params, 'items'), 'items') ?? item.quantity;
  const metadata = metadataParam(params);
  const cancelAtPeriodEnd = optionalBoolean(params, 'cancel_at_period_end');
  const description = optionalString(params, 'description');

  const before = snapshot(subscription);
  const lines = prorationBehavior === 'none' ? [] : prorationLines(account, item, quantity, prorationDate);
  let invoice: FakeInvoice | undefined;
  let outcome: 'paid' | 'failed' | 'awaiting' = 'paid';
  if (prorationBehavior === 'always_invoice' && lines.length > 0) {
    invoice = buildInvoice(account, {
      subscription,
      lines,
      billingReason: 'subscription_update',
      prorationDate,
    });
    if (paymentBehavior === 'default_incomplete' && invoice.amount_due > 0) {
      settleInvoice(account, invoice, baseUrl, { chargeSucceeds: false });
      invoice.attempted = false;
      invoice.attempt_count = 0;
      invoice.next_payment_attempt = null;
      outcome = 'awaiting';
    } else {
      outcome = settleInvoice(account, invoice, baseUrl);
    }
  }
  if (invoice && outcome === 'failed' && paymentBehavior === 'error_if_incomplete') {
    invoice.status = 'void';
    invoice.status_transitions.voided_at = account.now();
    throw cardDeclined();
  }
  if (invoice) subscription.latest_invoice = invoice.id;
  if (invoice && outcome === 'failed' && paymentBehavior === 'pending_if_incomplete') {
    // Stripe keeps the old quantity and parks the change until the invoice is paid (23 hours).
    subscription.pending_update = {
      billing_cycle_anchor: null,
      cancel_at_period_end: null,
      discount: null,
      discounts: null,
      expires_at: account.now() + 23 * 3600,
      metadata: null,
      subscription_items: [{ ...snapshot(item), quantity }],
      trial_end: null,
      trial_from_plan: null,
    };
  } else {
    item.quantity = quantity;
    subscription.pending_update = null;
    if (outcome !== 'paid') subscription.status = 'past_due';
  }
  if (metadata) subscription.metadata = mergeMetadata(subscription.metadata, metadata);
  if (description !== undefined) subscription.description = description || null;
  if (cancelAtPeriodEnd !== undefined) setCancelAtPeriodEnd(account, subscription, cancelAtPeriodEnd);
  emitUpdated(account, before, subscription, cause);
  if (invoice) emitInvoiceOutcome(account, invoice, cause);
  return subscription;
}

/** Dashboard edits: take effect at once, no invoice, one `customer.subscription.updated`. */
export function updateFromDashboard(
  account: Account,
  subscription: FakeSubscription,
  change: { quantity?: number; status?: 'active' | 'past_due' | 'unpaid'; cancelAtPeriodEnd?: boolean },
): FakeEvent {
  if (subscription.status === 'canceled') throw new Error(`fake-stripe: ${subscription.id} is canceled`);
  const before = snapshot(subscription);
  if (change.quantity !== undefined) subscription.items.data[0]!.quantity = change.quantity;
  if (change.status !== undefined) subscription.status = change.status;
  if (change.cancelAtPeriodEnd !== undefined)
    setCancelAtPeriodEnd(account, subscription, change.cancelAtPeriodEnd);
  const event = emitUpdated(account, before, subscription, null);
  if (!event) throw new Error(`fake-stripe: the change leaves ${subscription.id} as it was`);
  return event;
}

/** Ends the subscription now; Stripe emits `customer.subscription.deleted` with no previous_attributes. */
export function cancelSubscription(
  account: Account,
  subscription: FakeSubscription,
  cause: Cause,
  reason: 'cancellation_requested' | 'payment_failed' = 'cancellation_requested',
  at = account.now(),
): FakeEvent {
  if (subscription.status === 'canceled') {
    throw invalidRequest(`This subscription (${subscription.id}) has already been canceled.`);
  }
  subscription.status = 'canceled';
  subscription.canceled_at ??= at;
  subscription.ended_at = at;
  subscription.pending_update = null;
  subscription.cancellation_details = { ...subscription.cancellation_details!, reason };
  return account.emit('customer.subscription.deleted', subscription, cause);
}

/** A renewal charge that fails: the invoice stays open for retries, the subscription goes past_due. */
export function failPayment(account: Account, subscription: FakeSubscription, baseUrl: string): FakeEvent[] {
  if (subscription.status === 'canceled') throw new Error(`fake-stripe: ${subscription.id} is canceled`);
  const before = snapshot(subscription);
  const latest = subscription.latest_invoice ? account.invoices.get(subscription.latest_invoice) : undefined;
  const item = subscription.items.data[0]!;
  const invoice =
    latest?.status === 'open'
      ? latest
      : buildInvoice(account, {
          subscription,
          lines: [periodLine(account, item)],
          billingReason: 'subscription_cycle',
          period: { start: item.current_period_start, end: item.current_period_end },
        });
  settleInvoice(account, invoice, baseUrl, { chargeSucceeds: false });
  subscription.latest_invoice = invoice.id;
  subscription.status = 'past_due';
  const events = [account.emit('invoice.payment_failed', invoice, null)];
  const updated = emitUpdated(account, before, subscription, null);
  if (updated) events.push(updated);
  return events;
}

/**
 * The customer fixes the card and the open invoice is paid: the subscription is active again
 * and a parked pending update is applied.
 */
export function recoverPayment(
  account: Account,
  subscription: FakeSubscription,
  baseUrl: string,
): FakeEvent[] {
  const invoice = subscription.latest_invoice ? account.invoices.get(subscription.latest_invoice) : undefined;
  if (invoice?.status !== 'open') throw new Error(`fake-stripe: ${subscription.id} has no open invoice`);
  const before = snapshot(subscription);
  settleInvoice(account, invoice, baseUrl, { chargeSucceeds: true });
  const pending = subscription.pending_update;
  if (pending) {
    subscription.items.data[0]!.quantity = pending.subscription_items[0]!.quantity;
    subscription.pending_update = null;
  }
  if (subscription.status === 'past_due' || subscription.status === 'unpaid') subscription.status = 'active';
  const events = [account.emit('invoice.paid', invoice, null)];
  if (pending) {
    const previous = changedAttributes(before, subscription);
    events.push(account.emit('customer.subscription.pending_update_applied', subscription, null, previous));
  }
  const updated = emitUpdated(account, before, subscription, null);
  if (updated) events.push(updated);
  return events;
}

export function emitInvoiceOutcome(account: Account, invoice: FakeInvoice, cause: Cause): void {
  if (invoice.status === 'paid') account.emit('invoice.paid', invoice, cause);
  else if (invoice.attempted) account.emit('invoice.payment_failed', invoice, cause);
}

/** `customer.subscription.updated` with the old value of every top-level field that changed. */
export function emitUpdated(
  account: Account,
  before: FakeSubscription,
  after: FakeSubscription,
  cause: Cause,
): FakeEvent | undefined {
  const previous = changedAttributes(before, after);
  if (Object.keys(previous).length === 0) return undefined;
  return account.emit('customer.subscription.updated', after, cause, previous);
}

function changedAttributes(before: FakeSubscription, after: FakeSubscription): Record<string, unknown> {
  const previous: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(before)) {
    if (JSON.stringify(value) !== JSON.stringify((after as Record<string, unknown>)[key]))
      previous[key] = value;
  }
  return previous;
}

function setCancelAtPeriodEnd(account: Account, subscription: FakeSubscription, cancel: boolean): void {
  subscription.cancel_at_period_end = cancel;
  subscription.cancel_at = cancel ? subscription.items.data[0]!.current_period_end : null;
  subscription.canceled_at = cancel ? account.now() : null;
  subscription.cancellation_details = {
    ...subscription.cancellation_details!,
    reason: cancel ? 'cancellation_requested' : null,
  };
}

function mergeMetadata(
  current: Record<string, string>,
  change: Record<string, string>,
): Record<string, string> {
  if (Object.keys(change).length === 0) return {};
  const merged = { ...current };
  for (const [key, value] of Object.entries(change)) {
    if (value === '') delete merged[key];
    else merged[key] = value;
  }
  return merged;
}
