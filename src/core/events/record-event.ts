import { sql } from 'drizzle-orm';
import { checkEvent, type DomainEvent } from '../../contracts/events.ts';
import type { Database } from '../../db/client.ts';
import { wakeupsFor } from '../live/wakeups.ts';
import { entryOf } from './registry.ts';

// The events recorded in each transaction opened by `transactionWithEvents`, woken after it commits.
const recordedIn = new WeakMap<Database, DomainEvent[]>();

/** Writes a domain event (the audit record too) in the caller's transaction, unexpanded. */
export async function recordEvent(tx: Database, event: DomainEvent): Promise<void> {
  await recordEvents(tx, [event]);
}

/**
 * Several events of one change in one statement (a link reset that ends many seat
 * requests): the event rows, and their places in the expander's queue. `onlyWebhook`: the
 * events' only effect is that webhook (join.refused); with no endpoint subscribed to it when
 * they are written they are not queued, and the expander never reads them (a flood of
 * refusals was half of its work in a full organization).
 */
export async function recordEvents(
  tx: Database,
  events: DomainEvent[],
  options: { onlyWebhook?: string } = {},
): Promise<void> {
  if (events.length === 0) return;
  for (const event of events) checkEvent(event);
  const queued = options.onlyWebhook
    ? sql`EXISTS (SELECT 1 FROM webhook_endpoint WHERE event_types @> ARRAY[${options.onlyWebhook}]::text[])`
    : sql`true`;
  const rows = events.map((event) => ({
    organization_id: event.organizationId,
    actor_id: event.actorId,
    action: event.type,
    target_id: event.targetId,
    data: event.data,
    version: event.version,
  }));
  await tx.execute(
    sql`WITH written AS (
          INSERT INTO audit_event (organization_id, actor_id, action, target_id, data, version)
          SELECT r.organization_id, r.actor_id, r.action, r.target_id, r.data, r.version
          FROM ROWS FROM (jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
                 AS (organization_id uuid, actor_id text, action text, target_id text, data jsonb, version int))
            WITH ORDINALITY AS r(organization_id, actor_id, action, target_id, data, version, ord)
          ORDER BY r.ord
          RETURNING id)
        INSERT INTO event_expansion (event_id) SELECT id FROM written WHERE ${queued}`,
  );
  recordedIn.get(tx)?.push(...events);
}

/**
 * Runs `work` in one transaction and, once it has committed (never inside it, and not at
 * all if it rolls back), wakes what the events it recorded concern: the expander, and the
 * pages that show what changed. Use cases that record events open their transaction here.
 */
export async function transactionWithEvents<T>(db: Database, work: (tx: Database) => Promise<T>): Promise<T> {
  const recorded: DomainEvent[] = [];
  const result = await db.transaction(async (tx) => {
    recordedIn.set(tx, recorded);
    return work(tx);
  });
  afterCommit(db, ...recorded);
  return result;
}

/**
 * After the events' transaction has committed (never inside it): wake the expander and
 * the pages that show what changed. Coalesced per process (core/live/wakeups.ts).
 */
export function afterCommit(db: Database, ...events: DomainEvent[]): void {
  if (events.length === 0) return;
  const wakeups = wakeupsFor(db);
  wakeups.events();
  for (const event of events) {
    const entry = entryOf(event);
    const seats = entry.liveSeats(event);
    if (seats) wakeups.seats(seats);
    const invite = entry.liveInvite?.(event);
    if (invite) wakeups.invite(invite);
  }
}
