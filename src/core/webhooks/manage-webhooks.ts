import { randomBytes } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import type { WebhookEventType } from '../../contracts/webhooks.ts';
import type { Database } from '../../db/client.ts';
import { webhookEndpoint } from '../../db/schema/notifications.ts';

type Endpoint = typeof webhookEndpoint.$inferSelect;
const view = (e: Endpoint) => ({
  id: e.id,
  url: e.url,
  eventTypes: e.eventTypes as WebhookEventType[],
  createdAt: e.createdAt.toISOString(),
});

/** Registers a receiver; its Standard Webhooks secret is returned this once. */
export async function registerWebhook(
  db: Database,
  options: { url: string; eventTypes: WebhookEventType[] },
) {
  const secret = `whsec_${randomBytes(32).toString('base64')}`;
  const [created] = await db
    .insert(webhookEndpoint)
    .values({ url: options.url, eventTypes: [...new Set(options.eventTypes)], secret })
    .returning();
  if (!created) throw new Error('insert into webhook_endpoint returned no row');
  return { ...view(created), secret };
}

export async function listWebhooks(db: Database) {
  const rows = await db.select().from(webhookEndpoint).orderBy(asc(webhookEndpoint.createdAt));
  return rows.map(view);
}

/** Removes a receiver; deliveries still queued for it are dropped by the worker. */
export async function deleteWebhook(db: Database, id: string): Promise<void> {
  const deleted = await db
    .delete(webhookEndpoint)
    .where(eq(webhookEndpoint.id, id))
    .returning({ id: webhookEndpoint.id });
  if (deleted.length === 0) throw new RosterError('NOT_FOUND', `No webhook endpoint with id ${id}.`);
}
