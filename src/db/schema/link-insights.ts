import { sql } from 'drizzle-orm';
import { check, date, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { organization } from './organizations.ts';

/** Opens, sign-ups, and the reasons a person was turned away (the CHECK below lists the same). */
export const linkActivityKinds = [
  'opened',
  'opened_signed_out',
  'signed_up',
  'no_seats',
  'email_domain',
  'email_not_verified',
  'limit_reached',
  'paused',
  'expired',
  'reset',
] as const;
export type LinkActivityKind = (typeof linkActivityKinds)[number];

/**
 * What happened around each version of an invite link, a day at a time, for its insights
 * (docs/decisions/0031-link-insights.md). Written after the reply, gathered into one INSERT,
 * never by the join or the preview themselves. `subject` is the person's user id, so a person
 * is one row per kind per version per day whatever the number of instances; '' holds the
 * signed-out opens of the day as a `count` (their addresses are never stored). Joins are not
 * here: they are the `member.joined` events.
 */
export const inviteLinkActivity = pgTable(
  'invite_link_activity',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    kind: text('kind', { enum: linkActivityKinds }).notNull(),
    subject: text('subject').notNull(),
    count: integer('count').notNull().default(1),
  },
  (t) => [
    primaryKey({
      columns: [t.organizationId, t.version, t.kind, t.day, t.subject],
      name: 'invite_link_activity_pkey',
    }),
    check(
      'invite_link_activity_kind_check',
      sql`${t.kind} IN ('opened', 'opened_signed_out', 'signed_up', 'no_seats', 'email_domain', 'email_not_verified', 'limit_reached', 'paused', 'expired', 'reset')`,
    ),
  ],
);
