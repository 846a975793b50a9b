import Stripe from 'stripe';
import type { EventRecord } from './account.ts';

/**
 * Stripe's scheme (`t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<payload>">`), made by the
 * SDK's own test helper so the header is exactly what `constructEvent` expects.
 */
export function signatureHeader(
  payload: string,
  secret: string,
  timestamp = Math.floor(Date.now() / 1000),
): string {
  return Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp });
}

export type Delivery = { status: number; body: string };

/**
 * Posts events to the webhook URL one at a time, oldest first. Events are queued when made but
 * only sent on `flush`, which the API calls after its response is written (as Stripe sends
 * webhooks after answering) and the dashboard controls call before they return.
 */
export function createWebhookSender(secret: string) {
  let url: string | null = null;
  let held = false;
  const waiting: EventRecord[] = [];
  let chain: Promise<void> = Promise.resolve();

  /** Signs with the wall clock, not the account clock: receivers check it against their own time. */
  async function send(record: EventRecord, signWith = secret): Promise<Delivery> {
    if (!url) throw new Error('fake-stripe: no webhook URL set (setWebhookUrl)');
    const payload = JSON.stringify(record.event, null, 2);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'Stripe-Signature': signatureHeader(payload, signWith),
          'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
          'Cache-Control': 'no-cache',
        },
        body: payload,
        redirect: 'manual',
        signal: AbortSignal.timeout(10_000),
      });
      const body = await response.text();
      record.responses.push(response.status);
      if (response.ok) record.delivered = true;
      return { status: response.status, body };
    } catch (error) {
      // A connection error is recorded as status 0, like a delivery that got no answer.
      record.responses.push(0);
      return { status: 0, body: error instanceof Error ? error.message : String(error) };
    }
  }

  return {
    setUrl(next: string | null) {
      url = next;
    },
    hold(next: boolean) {
      held = next;
    },
    /** Every new event passes here; held events, or events made with no URL set, stay unsent. */
    onEvent(record: EventRecord) {
      if (!held && url) waiting.push(record);
    },
    /** Sends what is waiting, in order; resolves once everything sent so far has been answered. */
    flush(): Promise<void> {
      for (const record of waiting.splice(0)) {
        // A send that throws (the URL was unset meanwhile) must not stall the events behind it.
        chain = chain.then(() =>
          send(record).then(
            () => undefined,
            () => undefined,
          ),
        );
      }
      return chain;
    },
    send,
  };
}
