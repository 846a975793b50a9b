import { type Account, addInterval, type Cause } from './account.ts';
import { invalidRequest, notModelled, resourceMissing } from './errors.ts';
import type { FormObject } from './form.ts';
import { newId } from './ids.ts';
import { buildInvoice, periodLine, settleInvoice } from './invoices.ts';
import type { FakeCheckoutSession, FakeCustomer, FakeSubscription } from './objects.ts';
import {
  checkParams,
  metadataParam,
  optionalArray,
  optionalInteger,
  optionalObject,
  optionalString,
  requiredString,
} from './params.ts';
import * as real from './stripe-params.ts';

// Modelled, or only about how the hosted page looks, which the fake's page does not show.
// biome-ignore format: a word list reads better packed
const modelledParams = [
  'billing_address_collection', 'cancel_url', 'client_reference_id', 'custom_text', 'customer', 'customer_email', 'customer_update', 'expand',
  'expires_at', 'line_items', 'locale', 'metadata', 'mode', 'subscription_data', 'success_url',
];

/** POST /v1/checkout/sessions, subscription mode with one line of the account's price. */
export function createCheckoutSession(
  account: Account,
  params: FormObject,
  baseUrl: string,
): FakeCheckoutSession {
  checkParams(params, modelledParams, real.checkoutSessionCreate);
  const mode = requiredString(params, 'mode');
  if (mode !== 'subscription') throw notModelled(`mode=${mode}`);
  const lines = optionalArray(params, 'line_items');
  if (!lines || lines.length === 0)
    throw invalidRequest('Missing required param: line_items.', 'line_items', 'parameter_missing');
  if (lines.length > 1) throw notModelled('line_items[1]');
  const line = lines[0]!;
  checkParams(line, ['price', 'quantity'], real.checkoutLineItem, 'line_items[0]');
  const priceId = requiredString(line, 'price', 'line_items[0][price]');
  const price = account.prices.get(priceId);
  if (!price) throw resourceMissing('price', priceId, 'line_items[0][price]', 400);
  const quantity = optionalInteger(line, 'quantity', 'line_items[0][quantity]');
  if (quantity === undefined) {
    throw invalidRequest(
      'Missing required param: line_items[0][quantity].',
      'line_items[0][quantity]',
      'parameter_missing',
    );
  }
  if (quantity < 1 || quantity > 999_999) {
    throw invalidRequest('Quantity must be between 1 and 999999.', 'line_items[0][quantity]');
  }
  const successUrl = urlParam(params, 'success_url', true)!;
  const cancelUrl = urlParam(params, 'cancel_url', false);
  const customer = optionalString(params, 'customer');
  const customerEmail = optionalString(params, 'customer_email');
  if (customer !== undefined && customerEmail !== undefined) {
    throw invalidRequest(
      'You may only specify one of these parameters: customer, customer_email.',
      'customer_email',
    );
  }
  if (customer !== undefined && !account.customers.has(customer)) {
    throw resourceMissing('customer', customer, 'customer', 400);
  }
  if (customerEmail !== undefined && !/^[^\s@]+@[^\s@]+$/.test(customerEmail)) {
    throw invalidRequest(`Invalid email address: ${customerEmail}`, 'customer_email', 'email_invalid');
  }
  const clientReferenceId = optionalString(params, 'client_reference_id');
  if (clientReferenceId !== undefined && clientReferenceId.length > 200) {
    throw invalidRequest('client_reference_id must be at most 200 characters.', 'client_reference_id');
  }
  const subscriptionData = optionalObject(params, 'subscription_data') ?? {};
  checkParams(subscriptionData, ['metadata'], real.checkoutSubscriptionData, 'subscription_data');
  const now = account.now();
  const expiresAt = optionalInteger(params, 'expires_at') ?? now + 24 * 3600;
  if (expiresAt < now + 30 * 60 || expiresAt > now + 24 * 3600) {
    throw invalidRequest(
      'The `expires_at` timestamp must be between 30 minutes and 24 hours from now.',
      'expires_at',
    );
  }
  const id = newId('cs_test_', 58);
  const session: FakeCheckoutSession = {
    id,
    object: 'checkout.session',
    amount_subtotal: quantity * price.unit_amount,
    amount_total: quantity * price.unit_amount,
    cancel_url: cancelUrl ?? null,
    client_reference_id: clientReferenceId ?? null,
    created: now,
    currency: price.currency,
    customer: customer ?? null,
    customer_account: null,
    customer_creation: null,
    customer_details: null,
    customer_email: customerEmail ?? null,
    expires_at: expiresAt,
    invoice: null,
    livemode: false,
    locale: optionalString(params, 'locale') ?? null,
    metadata: metadataParam(params) ?? {},
    mode: 'subscription',
    payment_intent: null,
    payment_link: null,
    payment_method_types: ['card'],
    payment_status: 'unpaid',
    setup_intent: null,
    status: 'open',
    subscription: null,
    success_url: successUrl,
    ui_mode: 'hosted_page',
    url: `${baseUrl}/pay/${id}`,
  };
  account.sessions.set(id, {
    session,
    priceId,
    quantity,
    subscriptionMetadata: metadataParam(subscriptionData, 'metadata') ?? {},
  });
  return session;
}

function urlParam(params: FormObject, key: string, required: boolean): string | undefined {
  const value = required ? requiredString(params, key) : optionalString(params, key);
  if (value === undefined) return undefined;
  // Stripe keeps the {CHECKOUT_SESSION_ID} template as written; the braces do not parse as a URL path.
  const probe = value.replaceAll('{CHECKOUT_SESSION_ID}', 'x');
  if (!URL.canParse(probe) || !/^https?:$/.test(new URL(probe).protocol)) {
    throw invalidRequest('Not a valid URL', key, 'url_invalid');
  }
  return value;
}

/**
 * The customer pays on the hosted page: a customer (unless the session named one), an active
 * subscription and its paid first invoice, then the events, in the order the brief fixes.
 * Checkout takes the card the customer just typed, so `declinePayments` does not apply here.
 */
export function completeCheckout(account: Account, sessionId: string, baseUrl: string) {
  const record = account.sessions.get(sessionId);
  if (!record) throw new Error(`fake-stripe: no checkout session ${sessionId}`);
  const { session } = record;
  if (session.status === 'complete') {
    return { subscriptionId: session.subscription!, customerId: session.customer!, paidNow: false };
  }
  if (session.status !== 'open')
    throw new Error(`fake-stripe: checkout session ${sessionId} is ${session.status}`);
  const cause: Cause = null;
  let customer = session.customer ? account.customers.get(session.customer) : undefined;
  const created = !customer;
  if (!customer) customer = createCustomer(account, session.customer_email);
  const subscription = createSubscription(account, record, customer.id);
  const invoice = buildInvoice(account, {
    subscription,
    lines: [periodLine(account, subscription.items.data[0]!)],
    billingReason: 'subscription_create',
  });
  settleInvoice(account, invoice, baseUrl, { chargeSucceeds: true });
  subscription.latest_invoice = invoice.id;
  Object.assign(session, {
    status: 'complete',
    payment_status: 'paid',
    customer: customer.id,
    customer_details: { email: customer.email, name: customer.name },
    subscription: subscription.id,
    invoice: invoice.id,
  } satisfies Partial<FakeCheckoutSession>);
  if (created) account.emit('customer.created', customer, cause);
  account.emit('customer.subscription.created', subscription, cause);
  account.emit('checkout.session.completed', session, cause);
  account.emit('invoice.paid', invoice, cause);
  return { subscriptionId: subscription.id, customerId: customer.id, paidNow: true };
}

/** The session runs out (or is expired by the API): no payment can complete it any more. */
export function expireCheckout(account: Account, sessionId: string, cause: Cause): FakeCheckoutSession {
  const record = account.sessions.get(sessionId);
  if (!record) throw resourceMissing('checkout.session', sessionId, 'session', 404);
  if (record.session.status !== 'open') {
    throw invalidRequest('Only Checkout Sessions with a status in ["open"] can be expired.', 'session');
  }
  record.session.status = 'expired';
  account.emit('checkout.session.expired', record.session, cause);
  return record.session;
}

function createCustomer(account: Account, email: string | null): FakeCustomer {
  const customer: FakeCustomer = {
    id: newId('cus_', 14),
    object: 'customer',
    balance: 0,
    created: account.now(),
    default_source: null,
    description: null,
    email,
    livemode: false,
    metadata: {},
    name: null,
  };
  account.customers.set(customer.id, customer);
  return customer;
}

function createSubscription(
  account: Account,
  record: { priceId: string; quantity: number; subscriptionMetadata: Record<string, string> },
  customerId: string,
): FakeSubscription {
  const now = account.now();
  const price = account.prices.get(record.priceId)!;
  const id = newId('sub_');
  const subscription: FakeSubscription = {
    id,
    object: 'subscription',
    application: null,
    billing_cycle_anchor: now,
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: null,
    cancellation_details: { comment: null, feedback: null, feedback_option: null, reason: null },
    collection_method: 'charge_automatically',
    created: now,
    currency: price.currency,
    customer: customerId,
    customer_account: null,
    days_until_due: null,
    default_payment_method: newId('pm_'),
    description: null,
    discounts: [],
    ended_at: null,
    items: {
      object: 'list',
      data: [
        {
          id: newId('si_', 14),
          object: 'subscription_item',
          billing_thresholds: null,
          created: now,
          current_period_end: addInterval(now, price.recurring.interval),
          current_period_start: now,
          current_trial: null,
          discounts: [],
          metadata: {},
          price: structuredClone(price),
          quantity: record.quantity,
          subscription: id,
          tax_rates: [],
        },
      ],
      has_more: false,
      total_count: 1,
      url: `/v1/subscription_items?subscription=${id}`,
    },
    latest_invoice: null,
    livemode: false,
    metadata: { ...record.subscriptionMetadata },
    pause_collection: null,
    pending_update: null,
    schedule: null,
    start_date: now,
    status: 'active',
    test_clock: null,
    trial_end: null,
    trial_start: null,
  };
  account.subscriptions.set(id, subscription);
  return subscription;
}
