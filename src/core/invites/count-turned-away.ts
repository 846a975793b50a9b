import { sql } from 'drizzle-orm';
import type { DomainEvent } from '../../contracts/events.ts';
import type { Database } from '../../db/client.ts';
import { rows } from '../../db/rows.ts';
import { afterCommit } from '../events/record-event.ts';

/**
 * Counts, per organization, the people turned away for lack of seats since its last count,
 * and records the count as one `seats.turned_away` event — at most one a day per
 * organization, and only once the first of those refusals is `delayMs` old, so the count
 * says how many rather than "someone". One statement under a transaction-wide advisory
 * lock: two workers running it at once write each count once. Returns the events written.
 */
export async function countTurnedAway(db: Database, options: { delayMs: number }): Promise<number> {
  const written = await db.transaction(async (tx) => {
    const [lock] = await rows<{ locked: boolean }>(
      tx,
      sql`SELECT pg_try_advisory_xact_lock(hashtext('roster.count_turned_away')) AS locked`,
    );
    if (!lock?.locked) return [];
    return rows<{ organization_id: string; data: DomainEvent['data'] }>(
      tx,
      sql`WITH last AS (
            SELECT organization_id, max(at) AS at FROM audit_event
            WHERE action = 'seats.turned_away' GROUP BY organization_id),
          due AS (
            SELECT r.organization_id, count(DISTINCT r.target_id)::int AS people,
                   min(r.at) AS since, max(r.at) AS until
            FROM audit_event r LEFT JOIN last ON last.organization_id = r.organization_id
            WHERE r.action = 'join.refused' AND r.data->>'reason' = 'no_seats'
              AND r.at > coalesce(last.at, '-infinity')
              AND coalesce(last.at, '-infinity') < now() - interval '1 day'
            GROUP BY r.organization_id
            HAVING min(r.at) <= now() - make_interval(secs => ${options.delayMs / 1000})),
          written AS (
            INSERT INTO audit_event (organization_id, action, data, version)
            SELECT organization_id, 'seats.turned_away',
                   jsonb_build_object('people', people,
                     'since', to_char(since AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                     'until', to_char(until AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
                   1
            FROM due
            RETURNING id, organization_id, data),
          -- Their places in the expander's queue (decision 0038).
          queued AS (INSERT INTO event_expansion (event_id) SELECT id FROM written)
          SELECT organization_id, data FROM written`,
    );
  });
  afterCommit(
    db,
    ...written.map(
      (row) =>
        ({
          type: 'seats.turned_away',
          version: 1,
          organizationId: row.organization_id,
          actorId: null,
          targetId: null,
          data: row.data,
        }) as DomainEvent,
    ),
  );
  return written.length;
}
