import { type Account, addInterval } from './account.ts';
import { invalidRequest, notModelled, resourceMissing } from './errors.ts';
import type { FormObject } from './form.ts';
import { newId } from './ids.ts';
import { buildInvoice, prorationLines } from './invoices.ts';
import type { FakeInvoice } from './objects.ts';
import {
  checkParams,
  optionalArray,
  optionalEnum,
  optionalInteger,
  optionalObject,
  optionalString,
} from './params.ts';
import * as real from './stripe-params.ts';
import { findSubscription, prorationBehaviors, requestedQuantity } from './subscriptions.ts';

/**
 * POST /v1/invoices/create_preview for a quantity change. With `always_invoice` the preview is
 * the invoice the change would raise now (its proration lines only); otherwise it is the next
 * renewal invoice, prorations included.
 */
export function previewInvoice(account: Account, params: FormObject): FakeInvoice {
  checkParams(
    params,
    ['customer', 'expand', 'subscription', 'subscription_details'],
    real.invoiceCreatePreview,
  );
  const subscriptionId = optionalString(params, 'subscription');
  if (subscriptionId === undefined) throw notModelled('create_preview without subscription');
  const subscription = findSubscription(account, subscriptionId, 'subscription', 400);
  const customer = optionalString(params, 'customer');
  if (customer !== undefined && !account.customers.has(customer)) {
    throw resourceMissing('customer', customer, 'customer', 400);
  }
  if (customer !== undefined && customer !== subscription.customer) {
    throw invalidRequest(
      `The subscription ${subscription.id} does not belong to customer ${customer}.`,
      'subscription',
    );
  }
  if (subscription.status === 'canceled') {
    throw invalidRequest(
      'You cannot preview the upcoming invoice for a canceled subscription.',
      'subscription',
    );
  }
  const details = optionalObject(params, 'subscription_details') ?? {};
  checkParams(
    details,
    ['items', 'proration_behavior', 'proration_date'],
    real.invoicePreviewSubscriptionDetails,
    'subscription_details',
  );
  const name = 'subscription_details[proration_behavior]';
  const behavior =
    optionalEnum(details, 'proration_behavior', prorationBehaviors, name) ?? 'create_prorations';
  const prorationDate =
    optionalInteger(details, 'proration_date', 'subscription_details[proration_date]') ?? account.now();
  const item = subscription.items.data[0]!;
  const quantity =
    requestedQuantity(
      subscription,
      optionalArray(details, 'items', 'subscription_details[items]'),
      'subscription_details[items]',
    ) ?? item.quantity;
  const lines = behavior === 'none' ? [] : prorationLines(account, item, quantity, prorationDate);
  const id = newId('upcoming_in_');
  if (behavior === 'always_invoice') {
    const invoice = buildInvoice(account, {
      subscription,
      lines,
      billingReason: 'subscription_update',
      id,
      prorationDate,
    });
    invoice.next_payment_attempt = account.now();
    return invoice;
  }
  const nextEnd = addInterval(item.current_period_end, item.price.recurring.interval);
  lines.push({
    amount: quantity * item.price.unit_amount,
    quantity,
    description: `${quantity} × ${account.productName}`,
    period: { start: item.current_period_end, end: nextEnd },
    proration: false,
  });
  const invoice = buildInvoice(account, {
    subscription,
    lines,
    billingReason: 'upcoming',
    id,
    prorationDate,
    period: { start: item.current_period_start, end: item.current_period_end },
  });
  invoice.next_payment_attempt = item.current_period_end;
  invoice.created = item.current_period_end;
  return invoice;
}
