import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client.ts';
import { rows } from '../../src/db/rows.ts';

/**
 * Everything a request to the API may change, read straight from the database, so a test can
 * show that a refused request changed none of it. Left out on purpose: membership
 * `last_active_at` (any signed-in request marks its user active, refused or not — by design,
 * see src/server/plugins/activity.ts), better-auth's session rows (refreshed on use) and
 * job_lease (the worker's own bookkeeping).
 */
export async function stateSnapshot(db: Database) {
  const [
    organizations,
    images,
    memberships,
    inviteLinks,
    personalPlus,
    audit,
    notifications,
    once,
    preferences,
    outbox,
    webhooks,
    users,
    seatRequests,
    checkouts,
    subscriptions,
    billingEvents,
  ] = await Promise.all([
    rows(db, sql`SELECT id, name, image, seats, seats_used, updated_at FROM organization ORDER BY id`),
    rows(
      db,
      sql`SELECT organization_id, hash, content_type FROM organization_image ORDER BY organization_id`,
    ),
    rows(
      db,
      sql`SELECT organization_id, user_id, role, seat, joined_at FROM membership ORDER BY organization_id, user_id`,
    ),
    rows(
      db,
      sql`SELECT organization_id, version, paused, expires_at, allowed_domains, joins, updated_at
            FROM invite_link ORDER BY organization_id`,
    ),
    rows(db, sql`SELECT user_id, since FROM personal_plus ORDER BY user_id`),
    rows(db, sql`SELECT count(*)::int AS count FROM audit_event`),
    rows(db, sql`SELECT id, user_id, type, read_at FROM notification ORDER BY id`),
    rows(db, sql`SELECT user_id, key FROM notification_once ORDER BY user_id, key`),
    rows(db, sql`SELECT user_id, type, in_app, email FROM notification_preference ORDER BY user_id, type`),
    rows(db, sql`SELECT id, kind, status, attempts, run_after FROM outbox ORDER BY id`),
    rows(db, sql`SELECT id, url, event_types FROM webhook_endpoint ORDER BY id`),
    rows(db, sql`SELECT id, email, name, image FROM "user" ORDER BY id`),
    // Seat requests and billing: every column, so any write a refused request made shows.
    rows(db, sql`SELECT * FROM seat_request ORDER BY 1`),
    rows(db, sql`SELECT * FROM billing_checkout ORDER BY 1`),
    rows(db, sql`SELECT * FROM billing_subscription ORDER BY 1`),
    rows(db, sql`SELECT * FROM billing_event ORDER BY 1`),
  ]);
  return {
    organizations,
    images,
    memberships,
    inviteLinks,
    personalPlus,
    auditEvents: audit[0],
    notifications,
    once,
    preferences,
    outbox,
    webhooks,
    users,
    seatRequests,
    checkouts,
    subscriptions,
    billingEvents,
  };
}

export type StateSnapshot = Awaited<ReturnType<typeof stateSnapshot>>;
