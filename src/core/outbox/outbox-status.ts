import { and, asc, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { outbox } from '../../db/schema/notifications.ts';

/** What an operator needs to see whether delivery keeps up: backlog, dead rows, rows still failing, and why. */
export async function outboxStatus(db: Database) {
  const [counts] = await db
    .select({
      pending: sql<number>`count(*) FILTER (WHERE ${outbox.status} = 'pending')::int`,
      dead: sql<number>`count(*) FILTER (WHERE ${outbox.status} = 'dead')::int`,
      done: sql<number>`count(*) FILTER (WHERE ${outbox.status} = 'done')::int`,
      oldestPendingAt: sql<
        string | null
      >`min(${outbox.createdAt}) FILTER (WHERE ${outbox.status} = 'pending')`,
    })
    .from(outbox);
  const dead = await db
    .select()
    .from(outbox)
    .where(eq(outbox.status, 'dead'))
    .orderBy(desc(outbox.createdAt))
    .limit(50);
  const failing = await db
    .select()
    .from(outbox)
    .where(and(eq(outbox.status, 'pending'), isNotNull(outbox.lastError)))
    .orderBy(asc(outbox.createdAt))
    .limit(50);
  return {
    pending: counts?.pending ?? 0,
    dead: counts?.dead ?? 0,
    done: counts?.done ?? 0,
    oldestPendingAt: counts?.oldestPendingAt ? new Date(counts.oldestPendingAt).toISOString() : null,
    deadRows: dead.map((r) => ({
      id: r.id,
      kind: r.kind,
      attempts: r.attempts,
      lastError: r.lastError,
      createdAt: r.createdAt.toISOString(),
    })),
    failingRows: failing.map((r) => ({
      id: r.id,
      kind: r.kind,
      attempts: r.attempts,
      lastError: r.lastError,
      createdAt: r.createdAt.toISOString(),
      runAfter: r.runAfter.toISOString(),
    })),
  };
}
