import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeForm } from './support/fake-stripe/form.ts';
import type { FakeInvoice } from './support/fake-stripe/objects.ts';
import { type FakeStripe, startFakeStripe } from './support/fake-stripe/start-fake-stripe.ts';
import { startWebhookReceiver } from './support/webhook-receiver.ts';

// The fake is only useful if the real SDK cannot tell it from Stripe, so every check here goes
// through `stripe` 23 and reads the fields Roster reads.

let fake: FakeStripe;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let stripe: Stripe;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  fake = await startFakeStripe({
    unitAmount: 1500,
    currency: 'usd',
    productName: 'Plus',
    webhookUrl: receiver.url,
  });
  stripe = client(fake.secretKey);
});
afterAll(async () => {
  await fake.close();
  await receiver.close();
});

function client(key: string): Stripe {
  return new Stripe(key, { host: '127.0.0.1', port: fake.port, protocol: 'http', maxNetworkRetries: 0 });
}

function createSession(quantity: number, options: Stripe.RequestOptions = {}) {
  return stripe.checkout.sessions.create(
    {
      mode: 'subscription',
      line_items: [{ price: fake.priceId, quantity }],
      client_reference_id: 'org_1',
      customer_email: 'owner@example.com',
      success_url: 'http://roster.test/billing/done?session={CHECKOUT_SESSION_ID}',
      cancel_url: 'http://roster.test/billing',
      metadata: { roster_checkout_id: 'chk_1' },
      subscription_data: { metadata: { roster_org_id: 'org_1' } },
    },
    options,
  );
}

/** Creates a session and pays it on the hosted page, as a browser would. */
async function subscribe(quantity: number) {
  const session = await createSession(quantity);
  const paid = await fetch(`${fake.url}/pay/${session.id}`, { method: 'POST', redirect: 'manual' });
  expect(paid.status).toBe(303);
  const after = await stripe.checkout.sessions.retrieve(session.id);
  return { session, subscriptionId: after.subscription as string, customerId: after.customer as string };
}

function eventsSince(count: number) {
  return fake.events.slice(count).map((record) => record.event);
}

describe('fake Stripe through the stripe SDK', () => {
  it('decodes Stripe bracket-encoded form bodies', () => {
    expect(
      decodeForm(
        'line_items[0][price]=price_x&line_items[0][quantity]=3&metadata[roster_checkout_id]=a%20b&expand[]=x&expand[]=y&note=a+b',
      ),
    ).toEqual({
      line_items: [{ price: 'price_x', quantity: '3' }],
      metadata: { roster_checkout_id: 'a b' },
      expand: ['x', 'y'],
      note: 'a b',
    });
  });

  it('creates a Checkout session, pays it on the hosted page, and serves the session and subscription', async () => {
    const before = fake.events.length;
    const session = await createSession(3);
    expect(session.id).toMatch(/^cs_test_/);
    expect(session).toMatchObject({
      object: 'checkout.session',
      mode: 'subscription',
      status: 'open',
      payment_status: 'unpaid',
      url: `${fake.url}/pay/${session.id}`,
      client_reference_id: 'org_1',
      customer: null,
      customer_email: 'owner@example.com',
      subscription: null,
      metadata: { roster_checkout_id: 'chk_1' },
      amount_total: 4500,
      livemode: false,
    });
    expect(session.expires_at).toBe(session.created + 24 * 3600);
    expect(session.lastResponse.requestId).toMatch(/^req_/);
    expect(fake.requests.at(-1)).toMatchObject({
      method: 'POST',
      path: '/v1/checkout/sessions',
      body: {
        line_items: [{ price: fake.priceId, quantity: '3' }],
        metadata: { roster_checkout_id: 'chk_1' },
      },
    });

    const page = await fetch(session.url!);
    const html = await page.text();
    expect(html).toContain('<title>Stripe Checkout (test)</title>');
    expect(html).toContain('$45.00');
    expect(html).toContain('href="http://roster.test/billing"');

    const paid = await fetch(session.url!, { method: 'POST', redirect: 'manual' });
    expect(paid.status).toBe(303);
    expect(paid.headers.get('location')).toBe(`http://roster.test/billing/done?session=${session.id}`);

    const completed = await stripe.checkout.sessions.retrieve(session.id);
    expect(completed).toMatchObject({ status: 'complete', payment_status: 'paid' });
    expect(completed.customer).toMatch(/^cus_/);
    expect(completed.subscription).toMatch(/^sub_/);

    const subscription = await stripe.subscriptions.retrieve(completed.subscription as string);
    const item = subscription.items.data[0]!;
    expect(subscription).toMatchObject({
      object: 'subscription',
      customer: completed.customer,
      status: 'active',
      cancel_at_period_end: false,
      pending_update: null,
      metadata: { roster_org_id: 'org_1' },
    });
    expect(subscription.latest_invoice).toMatch(/^in_/);
    expect(item.id).toMatch(/^si_/);
    expect(item).toMatchObject({ object: 'subscription_item', quantity: 3, subscription: subscription.id });
    expect(item.price).toMatchObject({
      id: fake.priceId,
      object: 'price',
      unit_amount: 1500,
      currency: 'usd',
      recurring: { interval: 'month', interval_count: 1 },
      nickname: 'Plus',
    });
    expect(item.current_period_end - item.current_period_start).toBeGreaterThanOrEqual(28 * 86_400);
    expect(subscription.items.url).toBe(`/v1/subscription_items?subscription=${subscription.id}`);

    const events = eventsSince(before);
    expect(events.map((event) => event.type)).toEqual([
      'customer.created',
      'customer.subscription.created',
      'checkout.session.completed',
      'invoice.paid',
    ]);
    const invoice = events[3]!.data.object as FakeInvoice;
    expect(invoice.parent?.subscription_details?.subscription).toBe(subscription.id);
    expect(invoice.amount_paid).toBe(4500);
    expect(fake.events.slice(before).every((record) => record.delivered)).toBe(true);

    // Every delivery verifies with the SDK, byte for byte, as Roster's webhook route would.
    const delivered = receiver.deliveries.slice(-4);
    for (const delivery of delivered) {
      expect(delivery.headers['content-type']).toBe('application/json; charset=utf-8');
      const event = stripe.webhooks.constructEvent(
        delivery.body,
        delivery.headers['stripe-signature'] as string,
        fake.webhookSecret,
      );
      expect(event.api_version).toBe('2026-10-28.endive');
      expect(event.id).toMatch(/^evt_/);
    }

    const again = await fetch(session.url!, { method: 'POST', redirect: 'manual' });
    expect(again.status).toBe(303);
    expect(fake.events.length).toBe(before + 4);
  });

  it('changes the quantity at once, or parks it as a pending update while payments are declined', async () => {
    const { subscriptionId } = await subscribe(3);
    const current = await stripe.subscriptions.retrieve(subscriptionId);
    const itemId = current.items.data[0]!.id;
    let before = fake.events.length;
    const raised = await stripe.subscriptions.update(subscriptionId, {
      items: [{ id: itemId, quantity: 5 }],
      proration_behavior: 'always_invoice',
      payment_behavior: 'pending_if_incomplete',
    });
    expect(raised.items.data[0]!.quantity).toBe(5);
    expect(raised.pending_update).toBeNull();
    await fake.flushWebhooks();
    const updated = eventsSince(before);
    expect(updated.map((event) => event.type)).toEqual(['customer.subscription.updated', 'invoice.paid']);
    expect(updated[0]!.request.id).toBe(raised.lastResponse.requestId);
    const previous = updated[0]!.data.previous_attributes as {
      items: Stripe.ApiList<Stripe.SubscriptionItem>;
    };
    expect(previous.items.data[0]!.quantity).toBe(3);

    fake.declinePayments(true);
    before = fake.events.length;
    const parked = await stripe.subscriptions.update(subscriptionId, {
      items: [{ id: itemId, quantity: 8 }],
      proration_behavior: 'always_invoice',
      payment_behavior: 'pending_if_incomplete',
    });
    expect(parked.items.data[0]!.quantity).toBe(5);
    expect(parked.pending_update?.subscription_items?.[0]).toMatchObject({ id: itemId, quantity: 8 });
    expect(parked.pending_update!.expires_at).toBeGreaterThan(fake.now());
    await fake.flushWebhooks();
    expect(eventsSince(before).map((event) => event.type)).toEqual([
      'customer.subscription.updated',
      'invoice.payment_failed',
    ]);

    await expect(
      stripe.subscriptions.update(subscriptionId, {
        items: [{ id: itemId, quantity: 9 }],
        proration_behavior: 'always_invoice',
        payment_behavior: 'error_if_incomplete',
      }),
    ).rejects.toMatchObject({ type: 'StripeCardError', statusCode: 402, code: 'card_declined' });

    // A decrease needs no payment, so it applies even while the card declines.
    const lowered = await stripe.subscriptions.update(subscriptionId, {
      items: [{ id: itemId, quantity: 4 }],
      proration_behavior: 'always_invoice',
      payment_behavior: 'pending_if_incomplete',
    });
    expect(lowered.items.data[0]!.quantity).toBe(4);
    fake.declinePayments(false);
  });

  it('previews the proration invoice honestly', async () => {
    const { subscriptionId, customerId } = await subscribe(4);
    const subscription = await stripe.subscriptions.retrieve(subscriptionId);
    const item = subscription.items.data[0]!;
    const { current_period_start: start, current_period_end: end } = item;
    const halfway = start + (end - start) / 2;
    const preview = await stripe.invoices.createPreview({
      customer: customerId,
      subscription: subscriptionId,
      subscription_details: {
        items: [{ id: item.id, quantity: 6 }],
        proration_behavior: 'always_invoice',
        proration_date: halfway,
      },
    });
    expect(preview).toMatchObject({ object: 'invoice', customer: customerId, currency: 'usd', total: 1500 });
    expect(preview.amount_due).toBe(1500);
    expect(preview.lines.data.map((line) => [line.amount, line.quantity])).toEqual([
      [-3000, 4],
      [4500, 6],
    ]);
    expect(preview.lines.data[1]).toMatchObject({
      object: 'line_item',
      description: expect.stringMatching(/^Remaining time on 6 × Plus after /),
      period: { start: halfway, end },
    });

    const prorationDate = fake.now();
    const decrease = await stripe.invoices.createPreview({
      customer: customerId,
      subscription: subscriptionId,
      subscription_details: {
        items: [{ id: item.id, quantity: 1 }],
        proration_behavior: 'always_invoice',
        proration_date: prorationDate,
      },
    });
    const expected = Math.round(((1 - 4) * 1500 * (end - prorationDate)) / (end - start));
    expect(Math.abs(decrease.total - expected)).toBeLessThanOrEqual(1);
    expect(decrease.total).toBeLessThan(0);
    expect(decrease.amount_due).toBe(0);
  });

  it('opens a billing portal session', async () => {
    const { customerId } = await subscribe(1);
    const portal = await stripe.billingPortal.sessions.create({
      customer: customerId,
      return_url: 'http://roster.test/billing',
    });
    expect(portal.id).toMatch(/^bps_/);
    expect(portal).toMatchObject({ object: 'billing_portal.session', customer: customerId, livemode: false });
    const html = await (await fetch(portal.url)).text();
    expect(html).toContain('<title>Billing portal (test)</title>');
    expect(html).toContain('<a href="http://roster.test/billing">Return to Roster</a>');
    await expect(stripe.billingPortal.sessions.create({ customer: 'cus_missing' })).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      code: 'resource_missing',
      param: 'customer',
    });
  });

  it('answers with Stripe errors', async () => {
    await expect(client('sk_test_wrong_key_1234').subscriptions.retrieve('sub_x')).rejects.toBeInstanceOf(
      Stripe.errors.StripeAuthenticationError,
    );
    await expect(stripe.subscriptions.retrieve('sub_missing')).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      statusCode: 404,
      code: 'resource_missing',
      param: 'id',
      message: "No such subscription: 'sub_missing'",
    });
    await expect(
      stripe.checkout.sessions.create({
        mode: 'subscription',
        line_items: [{ price: 'price_missing', quantity: 1 }],
        success_url: 'http://roster.test/done',
      }),
    ).rejects.toMatchObject({ statusCode: 400, code: 'resource_missing', param: 'line_items[0][price]' });
    await expect(
      stripe.subscriptions.update('sub_missing', { trial_end: 'now' } as Stripe.SubscriptionUpdateParams),
    ).rejects.toMatchObject({ code: 'resource_missing' });

    const { subscriptionId } = await subscribe(2);
    await expect(
      stripe.subscriptions.update(subscriptionId, { trial_from_plan: true }),
    ).rejects.toMatchObject({
      message: expect.stringContaining('does not model the parameter trial_from_plan'),
    });
    await fake.cancelSubscription(subscriptionId);
    await expect(
      stripe.subscriptions.update(subscriptionId, { proration_behavior: 'none' }),
    ).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      statusCode: 400,
      message: 'A canceled subscription can only update its cancellation_details and metadata.',
    });
  });

  it('replays a repeated idempotency key, and fails scripted requests without saving them', async () => {
    const first = await createSession(2, { idempotencyKey: 'replay-1' });
    const count = fake.sessions().length;
    const second = await createSession(2, { idempotencyKey: 'replay-1' });
    expect(second.id).toBe(first.id);
    expect(second.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect(fake.sessions().length).toBe(count);
    await expect(createSession(3, { idempotencyKey: 'replay-1' })).rejects.toBeInstanceOf(
      Stripe.errors.StripeIdempotencyError,
    );

    fake.failNext({ method: 'POST', pathPrefix: '/v1/checkout/sessions' }, 500, {
      type: 'api_error',
      message: 'Something went wrong on our end.',
    });
    await expect(createSession(1, { idempotencyKey: 'outage-1' })).rejects.toBeInstanceOf(
      Stripe.errors.StripeAPIError,
    );
    const retried = await createSession(1, { idempotencyKey: 'outage-1' });
    expect(retried.status).toBe('open');
  });

  it('holds, redelivers and forges webhooks; dashboard controls emit their events', async () => {
    const { subscriptionId } = await subscribe(2);
    fake.holdWebhooks(true);
    const failed = await fake.failPayment(subscriptionId);
    expect(failed.map((event) => event.type)).toEqual([
      'invoice.payment_failed',
      'customer.subscription.updated',
    ]);
    const invoice = failed[0]!.data.object as FakeInvoice;
    expect(invoice.parent?.subscription_details?.subscription).toBe(subscriptionId);
    expect(invoice.attempt_count).toBe(1);
    expect(invoice.next_payment_attempt).toBeGreaterThan(fake.now());
    expect(fake.subscription(subscriptionId)?.status).toBe('past_due');
    const held = fake.events.slice(-2);
    expect(held.map((record) => record.delivered)).toEqual([false, false]);

    // Out of order: the later event first.
    const sent = receiver.deliveries.length;
    expect((await fake.deliver(failed[1]!.id)).status).toBe(204);
    expect((await fake.deliver(failed[0]!.id)).status).toBe(204);
    const [late, early] = receiver.deliveries.slice(sent);
    expect(JSON.parse(late!.body).id).toBe(failed[1]!.id);
    expect(JSON.parse(early!.body).id).toBe(failed[0]!.id);
    expect(held.map((record) => record.delivered)).toEqual([true, true]);

    await fake.deliver(failed[0]!.id, { secret: 'whsec_forged' });
    const forged = receiver.deliveries.at(-1)!;
    expect(() =>
      stripe.webhooks.constructEvent(
        forged.body,
        forged.headers['stripe-signature'] as string,
        fake.webhookSecret,
      ),
    ).toThrow(Stripe.errors.StripeSignatureVerificationError);
    fake.holdWebhooks(false);

    const updated = await fake.updateSubscription(subscriptionId, {
      status: 'active',
      cancelAtPeriodEnd: true,
    });
    expect(updated.data.previous_attributes).toMatchObject({
      status: 'past_due',
      cancel_at_period_end: false,
    });
    const deleted = await fake.cancelSubscription(subscriptionId);
    expect(deleted.type).toBe('customer.subscription.deleted');
    const ended = await stripe.subscriptions.retrieve(subscriptionId);
    expect(ended.status).toBe('canceled');
    expect(ended.ended_at).toBe(deleted.created);
    expect(receiver.deliveries.at(-1)!.body).toContain(deleted.id);
  });

  it('cancels and expires through the API, and expands ids on request', async () => {
    const { subscriptionId } = await subscribe(2);
    const withInvoice = await stripe.subscriptions.retrieve(subscriptionId, { expand: ['latest_invoice'] });
    expect((withInvoice.latest_invoice as Stripe.Invoice).object).toBe('invoice');
    const canceled = await stripe.subscriptions.cancel(subscriptionId);
    expect(canceled).toMatchObject({ status: 'canceled', ended_at: expect.any(Number) });
    await fake.flushWebhooks();
    expect(fake.events.at(-1)!.event).toMatchObject({
      type: 'customer.subscription.deleted',
      request: { id: canceled.lastResponse.requestId },
    });

    const session = await createSession(1);
    const expired = await stripe.checkout.sessions.expire(session.id);
    expect(expired.status).toBe('expired');
    const page = await fetch(`${fake.url}/pay/${session.id}`, { method: 'POST', redirect: 'manual' });
    expect(page.status).toBe(410);
  });

  it('renews on the fake clock and ends subscriptions set to cancel', async () => {
    const renewing = await subscribe(2);
    const ending = await subscribe(1);
    await fake.updateSubscription(ending.subscriptionId, { cancelAtPeriodEnd: true });
    const periodEnd = fake.subscription(renewing.subscriptionId)!.items.data[0]!.current_period_end;
    const events = await fake.advanceClock(periodEnd - fake.now() + 60);
    const types = events.map((event) => `${event.type} ${(event.data.object as { id: string }).id}`);
    expect(types).toContain(`customer.subscription.updated ${renewing.subscriptionId}`);
    expect(types).toContain(`customer.subscription.deleted ${ending.subscriptionId}`);
    const renewed = await stripe.subscriptions.retrieve(renewing.subscriptionId);
    expect(renewed.items.data[0]!.current_period_start).toBe(periodEnd);
    expect(renewed.status).toBe('active');
    expect(events.every((event) => event.created >= periodEnd)).toBe(true);
  });
});
