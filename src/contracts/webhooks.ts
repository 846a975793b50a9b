import { z } from 'zod';

export const webhookEventTypes = [
  'member.joined',
  'member.left',
  'member.removed',
  'member.role_changed',
  'seat.assigned',
  'seat.released',
  'seats.changed',
  'invite_link.regenerated',
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

/**
 * What each webhook carries in `data`, one schema per type; the registry
 * (core/events/registry.ts) builds them and a test checks every delivery against them.
 */
const member = z.object({
  organizationId: z.uuid(),
  userId: z.string(),
  role: z.enum(['owner', 'admin', 'member']),
  seat: z.enum(['plus', 'none']),
});
export const webhookDataSchemas = {
  'member.joined': member.extend({ via: z.enum(['invite_link', 'seat_request']) }),
  'seat.assigned': member,
} satisfies Partial<Record<WebhookEventType, z.ZodType>>;
export type TypedWebhookType = keyof typeof webhookDataSchemas;
export type WebhookData<T extends TypedWebhookType> = z.infer<(typeof webhookDataSchemas)[T]>;
/** One webhook as the registry describes it: its type and its payload, typed together. */
export type WebhookMessage = { [T in TypedWebhookType]: { type: T; data: WebhookData<T> } }[TypedWebhookType];

export const createWebhookBody = z.object({
  url: z.url({ protocol: /^https?$/, error: 'url must be an http(s) URL that accepts POST requests' }),
  eventTypes: z
    .array(z.enum(webhookEventTypes, { error: `eventTypes must be among: ${webhookEventTypes.join(', ')}` }))
    .min(1, 'eventTypes must name at least one event type'),
});

export const webhookSchema = z.object({
  id: z.uuid(),
  url: z.string(),
  eventTypes: z.array(z.enum(webhookEventTypes)),
  createdAt: z.iso.datetime(),
});
/** The signing secret is shown once, when the endpoint is created. */
export const createdWebhookSchema = webhookSchema.extend({ secret: z.string() });
export const webhookListSchema = z.object({ webhooks: z.array(webhookSchema) });
export const webhookIdParams = z.object({
  webhookId: z.uuid({ error: 'webhookId must be a webhook id (a UUID)' }),
});

export const outboxStatusSchema = z.object({
  pending: z.int(),
  dead: z.int(),
  done: z.int(),
  oldestPendingAt: z.iso.datetime().nullable(),
  deadRows: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(['email', 'webhook', 'billing']),
      attempts: z.int(),
      lastError: z.string().nullable(),
      createdAt: z.iso.datetime(),
    }),
  ),
});
export const outboxIdParams = z.object({
  outboxId: z.uuid({ error: 'outboxId must be an outbox row id (a UUID)' }),
});
