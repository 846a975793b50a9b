import { Webhook } from 'standardwebhooks';

/**
 * One delivery, signed per the Standard Webhooks spec. `messageId` is the same on every
 * retry of a delivery so receivers can drop duplicates. Anything but a 2xx is a failure.
 */
export async function sendWebhook(options: {
  url: string;
  secret: string;
  messageId: string;
  body: string;
  timeoutMs?: number;
}): Promise<void> {
  const timestamp = new Date();
  const signature = new Webhook(options.secret).sign(options.messageId, timestamp, options.body);
  const response = await fetch(options.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'webhook-id': options.messageId,
      'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
      'webhook-signature': signature,
      'user-agent': 'Roster-Webhooks/1',
    },
    body: options.body,
    redirect: 'manual',
    signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
  });
  await response.body?.cancel();
  if (response.status < 200 || response.status >= 300) {
    throw new Error(`webhook receiver answered ${response.status}`);
  }
}
