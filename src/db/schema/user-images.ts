import { sql } from 'drizzle-orm';
import { check, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { user } from './auth.ts';
import { bytea } from './columns.ts';

/**
 * A person's avatar, in the database like organization images (instances sharing one
 * PostgreSQL all see it); `user.image` points at its content-addressed URL. Goes with the
 * account.
 */
export const userImage = pgTable(
  'user_image',
  {
    userId: text('user_id')
      .primaryKey()
      .references(() => user.id, { onDelete: 'cascade' }),
    hash: text('hash').notNull(),
    contentType: text('content_type').notNull(),
    bytes: bytea('bytes').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('user_image_type_check', sql`${t.contentType} IN ('image/png', 'image/jpeg', 'image/gif')`),
    check('user_image_size_check', sql`octet_length(${t.bytes}) <= 2097152`),
  ],
);
