import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Refusals counted per key (a client address, an account), shared by every instance.
 * Only refusals write here, so a well-behaved user never touches it; the table is
 * UNLOGGED (edited into the migration): losing counts in a crash only forgives guessers.
 */
export const rateLimitCounter = pgTable(
  'rate_limit_counter',
  {
    key: text('key').primaryKey(),
    count: integer('count').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [index('rate_limit_counter_expires_idx').on(t.expiresAt)],
);
