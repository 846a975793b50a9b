import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth.ts';
import { organization } from './organizations.ts';

/**
 * An e-mail invitation to an organization's invite link (docs/decisions/0030): one row per
 * organization and address (normalized to lower case), re-used when the address is invited
 * again. `linkVersion` is the link version its last mail carried: below the link's current
 * version, a pending invitation needs the new link (derived, never stored twice).
 */
export const invitation = pgTable(
  'invitation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    invitedBy: text('invited_by').references(() => user.id, { onDelete: 'set null' }),
    linkVersion: integer('link_version').notNull(),
    status: text('status', { enum: ['invited', 'opened', 'joined', 'revoked'] })
      .notNull()
      .default('invited'),
    sentAt: timestamp('sent_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    openedAt: timestamp('opened_at', { withTimezone: true, precision: 3 }),
    joinedAt: timestamp('joined_at', { withTimezone: true, precision: 3 }),
    sendCount: integer('send_count').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    check('invitation_status_check', sql`${t.status} IN ('invited', 'opened', 'joined', 'revoked')`),
    check('invitation_email_lower_check', sql`${t.email} = lower(${t.email})`),
    // One invitation per address and organization: a second batch re-sends, never duplicates.
    uniqueIndex('invitation_org_email_idx').on(t.organizationId, t.email),
    // The list, newest first.
    index('invitation_org_sent_idx').on(t.organizationId, t.sentAt, t.id),
  ],
);
