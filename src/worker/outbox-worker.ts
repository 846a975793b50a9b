import { randomUUID } from 'node:crypto';
import diagnostics from 'node:diagnostics_channel';
import { sql } from 'drizzle-orm';
import { errorDetail } from '../contracts/errors.ts';
import { OUTBOX_DELIVERY_CHANNEL, type OutboxDeliveryMessage } from '../contracts/outbox-delivery.ts';
import type { Database } from '../db/client.ts';
import { preparedRows } from '../db/rows.ts';

export type OutboxRow = {
  id: string;
  kind: 'email' | 'webhook' | 'billing';
  payload: unknown;
  attempts: number;
};
export type OutboxHandler = (row: OutboxRow) => Promise<void>;

export type OutboxWorkerOptions = {
  db: Database;
  handlers: Record<OutboxRow['kind'], OutboxHandler>;
  pollMs: number;
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
  batchSize?: number;
  /** How long a claim holds a row; longer than any send may take (SMTP times out at 20 s). */
  leaseMs?: number;
  onError?: (row: OutboxRow, error: unknown) => void;
  /**
   * How many rows of a kind are sent at once and then marked done together (4 by default):
   * the development mailbox takes a whole batch in one insert, an SMTP server a few.
   */
  atOnce?: Partial<Record<OutboxRow['kind'], number>>;
  /** Rows never marked dead: retried at the longest backoff for as long as they fail. */
  retriesForever?: (row: OutboxRow) => boolean;
};

const deliveries = diagnostics.channel(OUTBOX_DELIVERY_CHANNEL);
const announce = (row: OutboxRow, ok: boolean) => {
  if (!deliveries.hasSubscribers) return;
  const endpointId = (row.payload as { endpointId?: unknown } | null)?.endpointId;
  const message: OutboxDeliveryMessage = { kind: row.kind, ok };
  if (row.kind === 'webhook' && typeof endpointId === 'string') message.endpointId = endpointId;
  deliveries.publish(message);
};

/** Exponential backoff with jitter: attempt n waits about base·2^(n-1), capped, ±50 %. */
export function retryDelay(attempts: number, baseMs: number, maxMs: number, random = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling * (0.5 + random() * 0.5));
}

/**
 * Delivers outbox rows. Several workers (in several processes) share one table: a claim
 * takes due rows with FOR UPDATE SKIP LOCKED and stamps them with a lease, so no two
 * workers hold a row at once; completion is guarded by the claim id, so a worker whose
 * lease ran out cannot overwrite the outcome of the one that took over.
 */
export function createOutboxWorker(options: OutboxWorkerOptions) {
  const { db, handlers, batchSize = 20, leaseMs = 120_000 } = options;
  let timer: NodeJS.Timeout | undefined;
  let stopped = true;
  let current: Promise<number> | undefined;

  async function claim(claimId: string): Promise<OutboxRow[]> {
    return preparedRows<OutboxRow>(
      db,
      'roster_outbox_claim',
      sql`UPDATE outbox
          SET claim_id = ${claimId}, locked_until = now() + make_interval(secs => ${leaseMs / 1000}),
              attempts = attempts + 1
          WHERE id IN (
            SELECT id FROM outbox
            WHERE status = 'pending' AND run_after <= now()
              AND (locked_until IS NULL OR locked_until < now())
            ORDER BY run_after
            LIMIT ${batchSize}
            FOR UPDATE SKIP LOCKED)
          RETURNING id, kind, payload, attempts`,
    );
  }

  /** Sends one row; a failure is written back at once, a success returned to be marked. */
  async function deliver(row: OutboxRow, claimId: string): Promise<string | null> {
    try {
      await handlers[row.kind](row);
      announce(row, true);
      return row.id;
    } catch (error) {
      announce(row, false);
      options.onError?.(row, error);
      const message = errorDetail(error).slice(0, 1000);
      const dead = row.attempts >= options.maxAttempts && !options.retriesForever?.(row);
      const delay = retryDelay(row.attempts, options.retryBaseMs, options.retryMaxMs);
      await preparedRows(
        db,
        'roster_outbox_failed',
        sql`UPDATE outbox
        SET status = ${dead ? 'dead' : 'pending'}, last_error = ${message}, locked_until = NULL,
            run_after = now() + make_interval(secs => ${delay / 1000})
        WHERE id = ${row.id} AND claim_id = ${claimId}`,
      );
      return null;
    }
  }

  /** One round: claim what is due and deliver it. Returns how many rows it handled. */
  async function runOnce(): Promise<number> {
    const claimId = randomUUID();
    const due = await claim(claimId);
    // Each group is marked done in one statement once sent: a crash in between sends at most
    // that group again (delivery is at least once; webhooks and mail carry a stable id for that).
    for (const group of groupsOf(due, options.atOnce ?? {})) {
      const sent = await Promise.all(group.map((row) => deliver(row, claimId)));
      const done = sent.filter((id): id is string => id !== null);
      if (done.length === 0) continue;
      await preparedRows(
        db,
        'roster_outbox_done',
        sql`UPDATE outbox SET status = 'done', done_at = now(), locked_until = NULL, last_error = NULL
        WHERE id = ANY (ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(done)}::jsonb)::uuid)) AND claim_id = ${claimId}`,
      );
    }
    return due.length;
  }

  function schedule(delay: number) {
    if (stopped) return;
    timer = setTimeout(async () => {
      let handled = 0;
      try {
        current = runOnce();
        handled = await current;
      } catch {
        // The database is away (a restart, an outage): try again on the next tick.
      } finally {
        current = undefined;
      }
      schedule(handled >= batchSize ? 0 : options.pollMs);
    }, delay);
  }

  return {
    runOnce,
    start() {
      stopped = false;
      schedule(0);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current?.catch(() => {});
    },
  };
}

export type OutboxWorker = ReturnType<typeof createOutboxWorker>;

/** The claimed rows in sending order, cut into groups of one kind of at most its `atOnce`. */
function groupsOf(rows: OutboxRow[], atOnce: Partial<Record<OutboxRow['kind'], number>>): OutboxRow[][] {
  const groups: OutboxRow[][] = [];
  const open = new Map<OutboxRow['kind'], OutboxRow[]>();
  for (const row of rows) {
    let group = open.get(row.kind);
    if (!group) {
      group = [];
      open.set(row.kind, group);
      groups.push(group);
    }
    group.push(row);
    if (group.length >= (atOnce[row.kind] ?? 4)) open.delete(row.kind);
  }
  return groups;
}
