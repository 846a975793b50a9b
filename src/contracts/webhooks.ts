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
  'organization.deleted',
  'join.refused',
  'seats.exhausted',
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

/**
 * What each webhook carries in `data`, one schema per type, exactly (no other keys): the
 * registry (core/events/registry.ts) builds them, the expander checks each before it is
 * queued, and test/webhook-payloads.test.ts checks a real delivery of every type.
 */
const member = z.strictObject({
  organizationId: z.uuid(),
  userId: z.string(),
  role: z.enum(['owner', 'admin', 'member']),
  seat: z.enum(['plus', 'none']),
});
export const webhookDataSchemas = {
  'member.joined': member.extend({ via: z.enum(['invite_link', 'seat_request']) }),
  'member.left': z.strictObject({ organizationId: z.uuid(), userId: z.string() }),
  'member.removed': z.strictObject({
    organizationId: z.uuid(),
    userId: z.string(),
    /** Who removed them; on a deletion, who deleted the organization. */
    removedBy: z.string().nullable(),
  }),
  'member.role_changed': z.strictObject({
    organizationId: z.uuid(),
    userId: z.string(),
    role: z.enum(['owner', 'admin', 'member']),
  }),
  'seat.assigned': member,
  'seat.released': z.strictObject({
    organizationId: z.uuid(),
    userId: z.string(),
    reason: z.enum([
      'left',
      'removed',
      'unassigned',
      'personal_plus_started',
      'subscription_ended',
      'organization_deleted',
    ]),
  }),
  'seats.changed': z.strictObject({
    organizationId: z.uuid(),
    seats: z.int(),
    seatsUsed: z.int(),
    previousSeats: z.int(),
    provider: z.string(),
    changedBy: z.string().nullable(),
  }),
  'invite_link.regenerated': z.strictObject({
    organizationId: z.uuid(),
    regeneratedBy: z.string().nullable(),
  }),
  /** After the member.removed and seat.released of everyone it had. */
  'organization.deleted': z.strictObject({
    organizationId: z.uuid(),
    name: z.string(),
    deletedBy: z.string().nullable(),
  }),
  /** A signed-in person could not join through a working link; only their id is sent. */
  'join.refused': z.strictObject({
    organizationId: z.uuid(),
    userId: z.string(),
    reason: z.enum(['no_seats', 'email_domain_not_allowed', 'email_not_verified']),
  }),
  /** The last free seat was taken (by a join, an admitted request or an admin's assignment). */
  'seats.exhausted': z.strictObject({ organizationId: z.uuid(), seats: z.int() }),
} satisfies Record<WebhookEventType, z.ZodType>;
export type WebhookData<T extends WebhookEventType> = z.infer<(typeof webhookDataSchemas)[T]>;
/** One webhook as the registry describes it: its type and its payload, typed together. */
export type WebhookMessage = { [T in WebhookEventType]: { type: T; data: WebhookData<T> } }[WebhookEventType];

/** An outbox row of kind `webhook`: one delivery of one event to one endpoint. */
export const webhookDeliverySchema = z.object({
  endpointId: z.uuid(),
  event: z.object({
    id: z.uuid(),
    type: z.enum(webhookEventTypes),
    timestamp: z.iso.datetime(),
    data: z.record(z.string(), z.unknown()),
  }),
});
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>;

export const createWebhookBody = z
  .object({
    url: z.url({ protocol: /^https?$/, error: 'url must be an http(s) URL that accepts POST requests' }),
    eventTypes: z
      .array(
        z.enum(webhookEventTypes, { error: `eventTypes must be among: ${webhookEventTypes.join(', ')}` }),
      )
      .min(1, 'eventTypes must name at least one event type'),
  })
  .meta({
    examples: [
      { url: 'https://app.example.com/hooks/roster', eventTypes: ['member.joined', 'seat.released'] },
    ],
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

/** An outbox row as the operator sees it: what it is, how often it was tried, the last error. */
const outboxRowSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['email', 'webhook', 'billing']),
  attempts: z.int(),
  lastError: z.string().nullable(),
  createdAt: z.iso.datetime(),
});

export const outboxStatusSchema = z.object({
  pending: z.int(),
  dead: z.int(),
  done: z.int(),
  oldestPendingAt: z.iso.datetime().nullable(),
  deadRows: z.array(outboxRowSchema),
  /** Rows still being retried after a failure, oldest first: a cancellation at the payment provider is never given up. */
  failingRows: z.array(outboxRowSchema.extend({ runAfter: z.iso.datetime() })),
});
export const outboxIdParams = z.object({
  outboxId: z.uuid({ error: 'outboxId must be an outbox row id (a UUID)' }),
});
