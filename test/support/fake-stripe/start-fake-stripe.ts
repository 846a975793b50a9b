import type { AddressInfo } from 'node:net';
import { createAccount, type EventRecord } from './account.ts';
import { completeCheckout, expireCheckout } from './checkout.ts';
import { advanceClock } from './clock.ts';
import type { StripeErrorBody } from './errors.ts';
import { createFakeStripeServer, type FailRule, type LoggedRequest } from './http-server.ts';
import { newId } from './ids.ts';
import type { FakeCheckoutSession, FakeEvent, FakeInvoice, FakeSubscription } from './objects.ts';
import {
  cancelSubscription,
  failPayment,
  findSubscription,
  recoverPayment,
  updateFromDashboard,
} from './subscriptions.ts';
import { createWebhookSender, type Delivery } from './webhooks.ts';

export type { EventRecord } from './account.ts';
export type { LoggedRequest } from './http-server.ts';
export type { FakeEvent } from './objects.ts';

export type FakeStripeOptions = {
  secretKey?: string;
  webhookSecret?: string;
  priceId?: string;
  /** In the currency's smallest unit (cents). */
  unitAmount?: number;
  currency?: string;
  interval?: 'month' | 'year';
  productName?: string;
  webhookUrl?: string;
};

export type FakeStripe = Awaited<ReturnType<typeof startFakeStripe>>;

/**
 * A local Stripe for tests: the real `stripe` SDK pointed at `url` (host 127.0.0.1, this port,
 * protocol http) gets Stripe's wire format for the calls Roster makes, and the returned methods
 * play the dashboard. State lives in memory and ends with `close()`.
 */
export async function startFakeStripe(options: FakeStripeOptions = {}) {
  const secretKey = options.secretKey ?? `sk_test_${newId('', 32)}`;
  const webhookSecret = options.webhookSecret ?? `whsec_${newId('', 32)}`;
  const webhooks = createWebhookSender(webhookSecret);
  webhooks.setUrl(options.webhookUrl ?? null);
  const account = createAccount(
    {
      priceId: options.priceId ?? newId('price_'),
      unitAmount: options.unitAmount ?? 1500,
      currency: options.currency ?? 'usd',
      interval: options.interval ?? 'month',
      productName: options.productName ?? 'Plus',
    },
    (record) => webhooks.onEvent(record),
  );
  const requests: LoggedRequest[] = [];
  const failRules: FailRule[] = [];
  let baseUrl = '';
  const settled = async <T>(result: T): Promise<T> => {
    await webhooks.flush();
    return result;
  };
  const checkout = (sessionId: string) => {
    const { subscriptionId, customerId } = completeCheckout(account, sessionId, baseUrl);
    return settled({ subscriptionId, customerId });
  };
  const server = createFakeStripeServer({
    account,
    secretKey,
    baseUrl: () => baseUrl,
    requests,
    failRules,
    completeCheckout: checkout,
    flushWebhooks: () => webhooks.flush(),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    url: baseUrl,
    port,
    secretKey,
    webhookSecret,
    priceId: account.price.id,
    /** Environment for Roster. */
    env: {
      STRIPE_SECRET_KEY: secretKey,
      STRIPE_PRICE_ID: account.price.id,
      STRIPE_WEBHOOK_SECRET: webhookSecret,
      STRIPE_API_URL: baseUrl,
    } as Record<string, string>,
    /** Every event made, oldest first; `delivered` once the endpoint answered 2xx. */
    events: account.events as readonly EventRecord[],
    /** Every API request received, oldest first. */
    requests: requests as readonly LoggedRequest[],
    /** Where events go; events made while no URL is set are never sent on their own. */
    setWebhookUrl(url: string | null): void {
      webhooks.setUrl(url);
    },
    /** Keeps new events unsent (delivered=false) until a test sends them with `deliver`, in any order. */
    holdWebhooks(hold: boolean): void {
      webhooks.hold(hold);
    },
    /** Signs and posts one event (again); `secret` signs with another secret to fake a forgery. */
    deliver(eventId: string, opts: { secret?: string } = {}): Promise<Delivery> {
      const record = account.events.find((candidate) => candidate.event.id === eventId);
      if (!record) throw new Error(`fake-stripe: no event ${eventId}`);
      return webhooks.send(record, opts.secret);
    },
    /** Waits until every event sent on its own so far has been answered. */
    flushWebhooks: () => webhooks.flush(),
    completeCheckout: checkout,
    async expireCheckout(sessionId: string): Promise<void> {
      expireCheckout(account, sessionId, null);
      await webhooks.flush();
    },
    updateSubscription(
      id: string,
      change: {
        quantity?: number;
        status?: 'active' | 'past_due' | 'unpaid' | 'canceled';
        cancelAtPeriodEnd?: boolean;
      },
    ): Promise<FakeEvent> {
      const subscription = findSubscription(account, id);
      if (change.status === 'canceled') {
        if (change.quantity !== undefined || change.cancelAtPeriodEnd !== undefined) {
          throw new Error('fake-stripe: cancel on its own, not with other changes');
        }
        return settled(cancelSubscription(account, subscription, null));
      }
      const { status, ...rest } = change;
      return settled(updateFromDashboard(account, subscription, { ...rest, ...(status ? { status } : {}) }));
    },
    cancelSubscription(id: string): Promise<FakeEvent> {
      return settled(cancelSubscription(account, findSubscription(account, id), null));
    },
    /** A failed renewal charge: `invoice.payment_failed`, then the subscription goes past_due. */
    failPayment(subscriptionId: string): Promise<FakeEvent[]> {
      return settled(failPayment(account, findSubscription(account, subscriptionId), baseUrl));
    },
    /** The open invoice gets paid: active again, a pending update applied. */
    recoverPayment(subscriptionId: string): Promise<FakeEvent[]> {
      return settled(recoverPayment(account, findSubscription(account, subscriptionId), baseUrl));
    },
    /** While true, charges on the saved card fail (updates with always_invoice, renewals). */
    declinePayments(decline: boolean): void {
      account.declining = decline;
    },
    /** Moves the account's clock (event `created`, periods); renews, ends and expires what falls due. */
    advanceClock(seconds: number): Promise<FakeEvent[]> {
      return settled(advanceClock(account, seconds, baseUrl));
    },
    /** Seconds since the epoch on the account's clock. */
    now: (): number => account.now(),
    /** The next `times` API requests matching method and path prefix answer `status` with this error. */
    failNext(
      match: { method: string; pathPrefix: string },
      status: number,
      error: StripeErrorBody,
      times = 1,
    ): void {
      failRules.push({ ...match, status, error, remaining: times });
    },
    /** Drops every scripted failure still waiting (Stripe is back). */
    clearFailures(): void {
      failRules.splice(0);
    },
    subscription(id: string): FakeSubscription | undefined {
      const subscription = account.subscriptions.get(id);
      return subscription && structuredClone(subscription);
    },
    sessions(): FakeCheckoutSession[] {
      return [...account.sessions.values()].map((record) => structuredClone(record.session));
    },
    invoice(id: string): FakeInvoice | undefined {
      const invoice = account.invoices.get(id);
      return invoice && structuredClone(invoice);
    },
    async close(): Promise<void> {
      await webhooks.flush();
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
