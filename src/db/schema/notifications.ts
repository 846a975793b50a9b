import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { user } from './auth.ts';

/** In-app notifications. No foreign key to organization: "X was deleted" must outlive it. */
export const notification = pgTable(
  'notification',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id'),
    type: text('type').notNull(),
    data: jsonb('data').notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    index('notification_user_created_idx').on(t.userId, t.createdAt, t.id),
    index('notification_unread_idx').on(t.userId).where(sql`${t.readAt} IS NULL`),
  ],
);

/**
 * Notifications that must reach a person once ever, such as the welcome to an
 * organization: rejoining does not welcome them again.
 */
export const notificationOnce = pgTable(
  'notification_once',
  {
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key], name: 'notification_once_pkey' })],
);

/** A person's choice per notification type; no row means the type's defaults. */
export const notificationPreference = pgTable(
  'notification_preference',
  {
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    inApp: boolean('in_app').notNull(),
    email: boolean('email').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.type], name: 'notification_preference_pkey' })],
);

/**
 * Side effects (e-mail, webhooks) written in the same transaction as the change that
 * causes them, and delivered afterwards by a worker. A claim is a lease: `claimId` and
 * `lockedUntil` let a crashed worker's rows be taken over without double delivery by a
 * live one. The table is kept at fillfactor 50 (migration 0022, which drizzle-kit does not
 * model) so a claim is a HOT update.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: ['email', 'webhook', 'billing'] }).notNull(),
    payload: jsonb('payload').notNull(),
    status: text('status', { enum: ['pending', 'done', 'dead'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    runAfter: timestamp('run_after', { withTimezone: true }).notNull().defaultNow(),
    claimId: uuid('claim_id'),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    doneAt: timestamp('done_at', { withTimezone: true }),
  },
  (t) => [
    check('outbox_status_check', sql`${t.status} IN ('pending', 'done', 'dead')`),
    check('outbox_kind_check', sql`${t.kind} IN ('email', 'webhook', 'billing')`),
    index('outbox_due_idx').on(t.runAfter).where(sql`${t.status} = 'pending'`),
    // Rows not yet done, for the metrics' depth and age: a done row leaves it, and the rows
    // that are done (nearly all of them) cost no index entry here.
    index('outbox_open_idx').on(t.kind, t.status).where(sql`${t.status} <> 'done'`),
  ],
);

/** Operator-registered receivers of signed webhook deliveries. */
export const webhookEndpoint = pgTable('webhook_endpoint', {
  id: uuid('id').primaryKey().defaultRandom(),
  url: text('url').notNull(),
  // Standard Webhooks signing secret (whsec_…); needed in clear to sign each delivery.
  secret: text('secret').notNull(),
  eventTypes: text('event_types').array().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Mail kept instead of sent when no SMTP server is configured, shown at /dev/mailbox. */
export const devMail = pgTable(
  'dev_mail',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    outboxId: uuid('outbox_id').notNull(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    headers: jsonb('headers').notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('dev_mail_outbox_idx').on(t.outboxId)],
);
