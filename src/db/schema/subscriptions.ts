import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { user } from './auth.ts';
import { organization } from './organizations.ts';

/**
 * A checkout started with the payment provider. It is written before the provider is
 * asked, so a payment can always be traced back to the person and the organization it
 * was for: completing it (from the webhook, the return page or the reconciliation job,
 * whichever comes first) creates the organization and its subscription link in one
 * transaction, guarded by `status = 'open'`.
 */
export const billingCheckout = pgTable(
  'billing_checkout',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    // `create`: a new organization named `organizationName`; `resubscribe`: an existing one.
    kind: text('kind', { enum: ['create', 'resubscribe'] }).notNull(),
    organizationId: uuid('organization_id').references(() => organization.id, { onDelete: 'cascade' }),
    organizationName: text('organization_name'),
    seats: integer('seats').notNull(),
    status: text('status', { enum: ['open', 'completed', 'expired'] })
      .notNull()
      .default('open'),
    providerSessionId: text('provider_session_id').unique(),
    url: text('url'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    check('billing_checkout_kind_check', sql`${t.kind} IN ('create', 'resubscribe')`),
    check('billing_checkout_status_check', sql`${t.status} IN ('open', 'completed', 'expired')`),
    check('billing_checkout_seats_check', sql`${t.seats} >= 1`),
    index('billing_checkout_open_idx').on(t.createdAt).where(sql`${t.status} = 'open'`),
    // One open "subscribe again" per organization: two could both be paid, and the second
    // would replace the first's link while the first kept charging (issue 14).
    uniqueIndex('billing_checkout_one_open_idx').on(t.organizationId).where(sql`${t.status} = 'open'`),
  ],
);

/**
 * An organization's paid subscription, as the provider last reported it. The provider is
 * the truth for what is paid (`quantity`, `status`); Roster's `organization.seats` follows
 * it through guarded writes, and `drift` says why it could not (seats assigned above what
 * is paid for).
 */
export const billingSubscription = pgTable(
  'billing_subscription',
  {
    organizationId: uuid('organization_id')
      .primaryKey()
      .references(() => organization.id, { onDelete: 'cascade' }),
    provider: text('provider').notNull(),
    customerId: text('customer_id').notNull(),
    subscriptionId: text('subscription_id').notNull().unique(),
    itemId: text('item_id').notNull(),
    status: text('status').notNull(),
    quantity: integer('quantity').notNull(),
    planName: text('plan_name'),
    unitAmount: integer('unit_amount'),
    currency: text('currency'),
    interval: text('interval'),
    currentPeriodEnd: timestamp('current_period_end', { withTimezone: true }),
    cancelAtPeriodEnd: boolean('cancel_at_period_end').notNull().default(false),
    // Past due: when every seat is released unless the invoice is paid by then.
    graceEndsAt: timestamp('grace_ends_at', { withTimezone: true }),
    // Set once when the subscription ended and every seat was released.
    seatsReleasedAt: timestamp('seats_released_at', { withTimezone: true }),
    drift: text('drift'),
    // When the state applied last was asked of the provider: an older answer is stale.
    syncedAt: timestamp('synced_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('billing_subscription_quantity_check', sql`${t.quantity} >= 0`)],
);

/** Provider events already taken in: a replayed webhook finds its id here and does nothing. */
export const billingEvent = pgTable('billing_event', {
  id: text('id').primaryKey(),
  type: text('type').notNull(),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A periodic job that one instance runs at a time: whoever moves `lockedUntil` forward with
 * a guarded UPDATE runs it; the report of its last run stays for the operator.
 */
export const jobLease = pgTable('job_lease', {
  name: text('name').primaryKey(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }).notNull(),
  lastRunAt: timestamp('last_run_at', { withTimezone: true }),
  lastReport: jsonb('last_report'),
});
