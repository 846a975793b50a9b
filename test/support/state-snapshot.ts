import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client.ts';
import { rows } from '../../src/db/rows.ts';

/**
 * What each part of the snapshot reads. Left out on purpose: membership `last_active_at`
 * (any signed-in request marks its user active, refused or not — by design, see
 * src/server/plugins/activity.ts), better-auth's session rows (refreshed on use),
 * job_lease (the worker's own bookkeeping) and invite_link_activity (a refused join or a
 * closed link a signed-in person opens is counted for the link's insights by design,
 * docs/decisions/0031). Seat requests and billing: every column, so
 * any write a refused request made shows.
 */
const parts = {
  organizations: 'SELECT id, name, image, seats, seats_used, updated_at FROM organization',
  images: 'SELECT organization_id, hash, content_type FROM organization_image',
  memberships: 'SELECT organization_id, user_id, role, seat, joined_at FROM membership',
  inviteLinks:
    'SELECT organization_id, version, paused, expires_at, allowed_domains, joins, updated_at FROM invite_link',
  personalPlus: 'SELECT user_id, since FROM personal_plus',
  auditEvents: 'SELECT count(*)::int AS count FROM audit_event',
  notifications: 'SELECT id, user_id, type, read_at FROM notification',
  once: 'SELECT user_id, key FROM notification_once',
  preferences: 'SELECT user_id, type, in_app, email FROM notification_preference',
  outbox: 'SELECT id, kind, status, attempts, run_after FROM outbox',
  webhooks: 'SELECT id, url, event_types FROM webhook_endpoint',
  users: 'SELECT id, email, name, image FROM "user"',
  seatRequests: 'SELECT * FROM seat_request',
  checkouts: 'SELECT * FROM billing_checkout',
  subscriptions: 'SELECT * FROM billing_subscription',
  billingEvents: 'SELECT * FROM billing_event',
} as const;

// One statement for the whole snapshot: hostile-input.test.ts takes one after every refused
// request, and on PGlite each statement's fixed cost, not the rows, was most of the file's time.
const snapshotQuery = sql.raw(
  `SELECT json_build_object(${Object.entries(parts)
    .map(
      ([name, query]) => `'${name}', (SELECT coalesce(json_agg(t ORDER BY t::text), '[]') FROM (${query}) t)`,
    )
    .join(', ')})::text AS snapshot`,
);

/**
 * Everything a request to the API may change, read straight from the database in one
 * statement, so a test can show that a refused request changed none of it. Rows of each
 * part are in a fixed order (by their text), so two snapshots of the same state are equal.
 */
export async function stateSnapshot(db: Database): Promise<StateSnapshot> {
  const [row] = await rows<{ snapshot: string }>(db, snapshotQuery);
  return JSON.parse(row!.snapshot) as StateSnapshot;
}

export type StateSnapshot = { [K in keyof typeof parts]: Record<string, unknown>[] };
