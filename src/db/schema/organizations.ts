import { sql } from 'drizzle-orm';
import {
  bigserial,
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
import { bytea } from './columns.ts';

export const organization = pgTable(
  'organization',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    image: text('image'),
    // Shown on the invite page and in the welcome mail and notice; plain text, '' for none.
    description: text('description').notNull().default(''),
    welcomeMessage: text('welcome_message').notNull().default(''),
    seats: integer('seats').notNull(),
    seatsUsed: integer('seats_used').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // The seat invariant lives in the database so no code path can oversell.
  (t) => [check('organization_seats_check', sql`${t.seatsUsed} >= 0 AND ${t.seatsUsed} <= ${t.seats}`)],
);

/**
 * The organization's one invite link. The token itself is never stored: it is an HMAC of
 * the server secret, the organization id and `version`; regenerating bumps `version`.
 */
export const inviteLink = pgTable('invite_link', {
  organizationId: uuid('organization_id')
    .primaryKey()
    .references(() => organization.id, { onDelete: 'cascade' }),
  version: integer('version').notNull().default(1),
  paused: boolean('paused').notNull().default(false),
  expiresAt: timestamp('expires_at', { withTimezone: true }),
  allowedDomains: text('allowed_domains').array().notNull().default(sql`'{}'::text[]`),
  // Joins through the current version of the link; reset when it is regenerated.
  joins: integer('joins').notNull().default(0),
  // At most this many joins through the current version (null: no limit); a reset starts again.
  maxJoins: integer('max_joins'),
  // Opening the link asks to join; an owner or admin lets each person in (a seat request).
  requiresApproval: boolean('requires_approval').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const membership = pgTable(
  'membership',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['owner', 'admin', 'member'] }).notNull(),
    seat: text('seat', { enum: ['plus', 'none'] }).notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    // Joining is activity; later requests move it on (at most every five minutes).
    lastActiveAt: timestamp('last_active_at', { withTimezone: true }).defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.userId], name: 'membership_pkey' }),
    check('membership_role_check', sql`${t.role} IN ('owner', 'admin', 'member')`),
    check('membership_seat_check', sql`${t.seat} IN ('plus', 'none')`),
    // At most one owner per organization.
    uniqueIndex('membership_one_owner_idx').on(t.organizationId).where(sql`${t.role} = 'owner'`),
    // A person holds Plus from at most one organization: no double seats anywhere.
    uniqueIndex('membership_one_seat_per_user_idx').on(t.userId).where(sql`${t.seat} = 'plus'`),
    // Keyset pagination of the member list, oldest member first. Millisecond precision
    // (above) keeps cursors exact when they round-trip through JavaScript dates.
    index('membership_org_joined_idx').on(t.organizationId, t.joinedAt, t.userId),
    index('membership_user_idx').on(t.userId),
    // The member list by last activity (core/members/member-order.ts): never active sorts
    // as the epoch, so the keyset is one row comparison this index answers.
    index('membership_org_active_idx').on(
      t.organizationId,
      sql`coalesce(${t.lastActiveAt}, 'epoch'::timestamptz)`,
      t.userId,
    ),
    // An organization's owner and admins, whom most notices reach: found without reading
    // every membership of a large organization.
    index('membership_managers_idx').on(t.organizationId, t.role).where(sql`${t.role} IN ('owner', 'admin')`),
    // The member list's Plus filter (decision 0036): whichever side is rare (no seat in a
    // paid organization, a seat after the subscription ended) is one short range, not a walk
    // of every membership; in join order it is also the page's own order.
    index('membership_org_seat_joined_idx').on(t.organizationId, t.seat, t.joinedAt, t.userId),
  ],
);

/** A personal Plus subscription, reported by the operator's product. A row means active. */
export const personalPlus = pgTable('personal_plus', {
  userId: text('user_id')
    .primaryKey()
    .references(() => user.id, { onDelete: 'cascade' }),
  since: timestamp('since', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One row per state change: the domain event, which is also the audit record
 * (docs/decisions/0009-domain-events.md). `action` is the event type, `version` the
 * version of its payload schema (src/contracts/events.ts), `data` the payload. Rows are
 * never rewritten: what the worker still has to expand is queued in `event_expansion`.
 */
export const auditEvent = pgTable(
  'audit_event',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    actorId: text('actor_id'),
    action: text('action').notNull(),
    targetId: text('target_id'),
    data: jsonb('data').notNull().default({}),
    version: integer('version').notNull().default(1),
  },
  // No foreign key to organization: the log outlives a deleted organization.
  (t) => [
    index('audit_event_org_at_idx').on(t.organizationId, t.at, t.id),
    // The daily count of people turned away reads only these two kinds (core/invites/count-turned-away.ts).
    index('audit_event_refused_idx').on(t.at).where(sql`${t.action} = 'join.refused'`),
    // A link's insights read its joins and resets, per organization, over time (core/invites/get-link-insights.ts).
    index('audit_event_link_history_idx')
      .on(t.organizationId, t.at)
      .where(sql`${t.action} IN ('member.joined', 'invite_link.regenerated')`),
    index('audit_event_turned_away_idx')
      .on(t.organizationId, t.at)
      .where(sql`${t.action} = 'seats.turned_away'`),
    // The audit log's person filter (actor or subject, newest first): one short range per
    // side, OR-ed, instead of walking every event of a large organization (decision 0036).
    index('audit_event_org_actor_idx').on(t.organizationId, t.actorId, t.at),
    index('audit_event_org_target_idx').on(t.organizationId, t.targetId, t.at),
  ],
);

/**
 * The events the worker has yet to expand (notices, e-mails, webhooks), oldest first: a row
 * is written with its event and deleted, in the same transaction as the expansion, once
 * (docs/decisions/0038). A narrow queue instead of an `expanded_at` on the event: marking an
 * event expanded rewrote the whole row and an entry in each of its indexes; a delete here
 * writes one record. Events with nothing to expand (a refusal no endpoint subscribes to) are
 * never queued. No foreign key: the event row is never deleted before its queue row.
 */
export const eventExpansion = pgTable('event_expansion', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  eventId: uuid('event_id').notNull(),
});

/**
 * An organization's image, kept in the database rather than on disk because several
 * Roster instances may share one PostgreSQL. `hash` (a sha256 prefix) is part of the
 * public URL, so a new image gets a new URL and old ones can be cached forever.
 */
export const organizationImage = pgTable(
  'organization_image',
  {
    organizationId: uuid('organization_id')
      .primaryKey()
      .references(() => organization.id, { onDelete: 'cascade' }),
    hash: text('hash').notNull(),
    contentType: text('content_type').notNull(),
    bytes: bytea('bytes').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('organization_image_type_check', sql`${t.contentType} IN ('image/png', 'image/jpeg', 'image/gif')`),
    check('organization_image_size_check', sql`octet_length(${t.bytes}) <= 2097152`),
  ],
);
