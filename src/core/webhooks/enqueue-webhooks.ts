import { randomUUID } from 'node:crypto';
import { arrayContains } from 'drizzle-orm';
import type { WebhookDelivery, WebhookEventType } from '../../contracts/webhooks.ts';
import type { Database } from '../../db/client.ts';
import { outbox, webhookEndpoint } from '../../db/schema/notifications.ts';

/** Queues one signed delivery per subscribed endpoint, in the caller's transaction. */
export async function enqueueWebhooks(
  tx: Database,
  type: WebhookEventType,
  data: WebhookDelivery['event']['data'],
): Promise<void> {
  const endpoints = await tx
    .select({ id: webhookEndpoint.id })
    .from(webhookEndpoint)
    .where(arrayContains(webhookEndpoint.eventTypes, [type]));
  if (endpoints.length === 0) return;
  const event = { id: randomUUID(), type, timestamp: new Date().toISOString(), data };
  await tx
    .insert(outbox)
    .values(endpoints.map((e) => ({ kind: 'webhook' as const, payload: { endpointId: e.id, event } })));
}
