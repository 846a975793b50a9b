import type { Account } from './account.ts';
import { newId } from './ids.ts';
import type { FakeInvoice, FakeLineItem, FakeSubscription, FakeSubscriptionItem } from './objects.ts';

export type Line = {
  amount: number;
  quantity: number;
  description: string;
  period: { start: number; end: number };
  proration: boolean;
};

/**
 * Stripe's two proration lines for a quantity change: a credit for the unused time on the old
 * quantity and a charge for the remaining time on the new one, each rounded to the cent, so
 * their sum is (new − old) × unit_amount × remaining / period, give or take one cent.
 */
export function prorationLines(
  account: Account,
  item: FakeSubscriptionItem,
  newQuantity: number,
  prorationDate: number,
): Line[] {
  const { current_period_start: start, current_period_end: end, quantity: oldQuantity } = item;
  if (newQuantity === oldQuantity) return [];
  const date = Math.min(Math.max(prorationDate, start), end);
  const fraction = (end - date) / (end - start);
  const unit = item.price.unit_amount;
  const after = formatDate(date);
  const period = { start: date, end };
  return [
    {
      amount: -Math.round(oldQuantity * unit * fraction),
      quantity: oldQuantity,
      description: `Unused time on ${oldQuantity} × ${account.productName} after ${after}`,
      period,
      proration: true,
    },
    {
      amount: Math.round(newQuantity * unit * fraction),
      quantity: newQuantity,
      description: `Remaining time on ${newQuantity} × ${account.productName} after ${after}`,
      period,
      proration: true,
    },
  ];
}

/** The full-period line a subscription invoice carries at creation and on each renewal. */
export function periodLine(account: Account, item: FakeSubscriptionItem): Line {
  return {
    amount: item.quantity * item.price.unit_amount,
    quantity: item.quantity,
    description: `${item.quantity} × ${account.productName} (at ${formatMoney(item.price.unit_amount, item.price.currency)} / ${item.price.recurring.interval})`,
    period: { start: item.current_period_start, end: item.current_period_end },
    proration: false,
  };
}

/** A draft invoice for `lines`; `settleInvoice` then pays it or records a failed attempt. */
export function buildInvoice(
  account: Account,
  options: {
    subscription: FakeSubscription;
    lines: Line[];
    billingReason: NonNullable<FakeInvoice['billing_reason']>;
    id?: string;
    prorationDate?: number;
    /**
     * Stripe's invoice period is the usage period of its pending items, not the subscription
     * period: creation and update invoices have start = end = now, a renewal covers the period
     * that just ended.
     */
    period?: { start: number; end: number };
  },
): FakeInvoice {
  const { subscription } = options;
  const item = subscription.items.data[0]!;
  const id = options.id ?? newId('in_');
  const total = options.lines.reduce((sum, line) => sum + line.amount, 0);
  const customer = account.customers.get(subscription.customer);
  const lines = options.lines.map((line) => lineItem(id, subscription, item, line));
  const period = options.period ?? { start: account.now(), end: account.now() };
  return {
    id,
    object: 'invoice',
    amount_due: Math.max(0, total),
    amount_overpaid: 0,
    amount_paid: 0,
    amount_remaining: Math.max(0, total),
    attempt_count: 0,
    attempted: false,
    billing_reason: options.billingReason,
    collection_method: 'charge_automatically',
    created: account.now(),
    currency: item.price.currency,
    customer: subscription.customer,
    customer_email: customer?.email ?? null,
    description: null,
    due_date: null,
    ending_balance: null,
    hosted_invoice_url: null,
    lines: {
      object: 'list',
      data: lines,
      has_more: false,
      url: `/v1/invoices/${id}/lines`,
      total_count: lines.length,
    },
    livemode: false,
    metadata: {},
    next_payment_attempt: null,
    number: null,
    parent: {
      type: 'subscription_details',
      quote_details: null,
      subscription_details: {
        metadata: { ...subscription.metadata },
        subscription: subscription.id,
        ...(options.prorationDate === undefined
          ? {}
          : { subscription_proration_date: options.prorationDate }),
      },
    },
    period_end: period.end,
    period_start: period.start,
    starting_balance: 0,
    status: 'draft',
    status_transitions: { finalized_at: null, marked_uncollectible_at: null, paid_at: null, voided_at: null },
    subtotal: total,
    total,
  };
}

/**
 * Finalizes the invoice and charges the saved card, which fails while payments are declined
 * (unless `chargeSucceeds` says otherwise: Checkout charges a card typed in just now).
 */
export function settleInvoice(
  account: Account,
  invoice: FakeInvoice,
  baseUrl: string,
  options: { chargeSucceeds?: boolean } = {},
): 'paid' | 'failed' {
  const now = account.now();
  if (invoice.status === 'draft') {
    invoice.status = 'open';
    invoice.number = `FAKE-${String(account.invoices.size + 1).padStart(4, '0')}`;
    invoice.status_transitions.finalized_at = now;
    invoice.hosted_invoice_url = `${baseUrl}/invoice/${invoice.id}`;
    invoice.ending_balance = Math.min(0, invoice.total);
  }
  account.invoices.set(invoice.id, invoice);
  if (invoice.amount_due > 0) {
    invoice.attempted = true;
    invoice.attempt_count += 1;
    if (!(options.chargeSucceeds ?? !account.declining)) {
      invoice.next_payment_attempt = now + 3 * 86_400;
      return 'failed';
    }
  }
  invoice.status = 'paid';
  invoice.attempted = true;
  invoice.amount_paid = invoice.amount_due;
  invoice.amount_remaining = 0;
  invoice.next_payment_attempt = null;
  invoice.status_transitions.paid_at = now;
  return 'paid';
}

function lineItem(
  invoiceId: string,
  subscription: FakeSubscription,
  item: FakeSubscriptionItem,
  line: Line,
): FakeLineItem {
  return {
    id: newId('il_'),
    object: 'line_item',
    amount: line.amount,
    currency: item.price.currency,
    description: line.description,
    discount_amounts: [],
    discountable: !line.proration,
    discounts: [],
    invoice: invoiceId,
    livemode: false,
    metadata: {},
    parent: {
      type: 'subscription_item_details',
      invoice_item_details: null,
      subscription_item_details: {
        invoice_item: line.proration ? newId('ii_') : null,
        proration: line.proration,
        proration_details: line.proration ? { credited_items: null } : null,
        subscription: subscription.id,
        subscription_item: item.id,
      },
    },
    period: line.period,
    pretax_credit_amounts: [],
    pricing: {
      type: 'price_details',
      price_details: { price: item.price.id, product: item.price.product },
      unit_amount_decimal: item.price.unit_amount_decimal,
    },
    quantity: line.quantity,
    subscription: subscription.id,
    subtotal: line.amount,
    taxes: [],
  };
}

/** "12 May 2026", as Stripe writes dates in line descriptions. */
function formatDate(timestamp: number): string {
  return new Date(timestamp * 1000).toLocaleDateString('en-GB', {
    day: '2-digit',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

const zeroDecimal = new Set([
  'bif',
  'clp',
  'djf',
  'gnf',
  'jpy',
  'kmf',
  'krw',
  'mga',
  'pyg',
  'rwf',
  'ugx',
  'vnd',
  'vuv',
  'xaf',
  'xof',
  'xpf',
]);

/** An amount in the currency's smallest unit, written for people ("€15.00"). */
export function formatMoney(amount: number, currency: string): string {
  const major = zeroDecimal.has(currency) ? amount : amount / 100;
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(
    major,
  );
}
