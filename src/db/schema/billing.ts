import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth.ts';
import { organization } from './organizations.ts';

/**
 * Someone who opened the invite link of a full organization and asked for a seat. Owners
 * and admins admit or decline; added seats admit pending requests oldest first. Status
 * moves only by guarded updates (`… WHERE status = 'pending'`). A request belongs to the
 * link version it came through: it is admitted only while that link would still let the
 * requester in, and it is `ended` when the link is reset, paused or restricted to domains
 * that exclude them (docs/decisions/0015-seat-requests-follow-their-link.md).
 */
export const seatRequest = pgTable(
  'seat_request',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['pending', 'admitted', 'declined', 'ended'] })
      .notNull()
      .default('pending'),
    // invite_link.version when the request was made.
    linkVersion: integer('link_version').notNull(),
    // Millisecond precision: the order of admission is the order of these timestamps.
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true, precision: 3 }),
    decidedBy: text('decided_by').references(() => user.id, { onDelete: 'set null' }),
  },
  (t) => [
    check('seat_request_status_check', sql`${t.status} IN ('pending', 'admitted', 'declined', 'ended')`),
    // One pending request per person per organization: asking twice is the same request.
    uniqueIndex('seat_request_one_pending_idx')
      .on(t.organizationId, t.userId)
      .where(sql`${t.status} = 'pending'`),
    // The queue: pending requests of an organization, oldest first.
    index('seat_request_queue_idx')
      .on(t.organizationId, t.createdAt, t.id)
      .where(sql`${t.status} = 'pending'`),
  ],
);
