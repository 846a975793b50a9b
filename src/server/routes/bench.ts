import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/client.ts';
import { rows } from '../../db/rows.ts';

/**
 * Routes only `npm run bench` turns on (BENCH_BASELINE_ROUTE; bench/README.md): a route doing
 * nothing to measure the invite preview against, the statements sent so far, and the work a
 * burst left behind, so that a burst's CPU is counted until its worker is done with it.
 */
export function registerBenchRoutes(app: FastifyInstance, db: Database, statementCount?: () => number) {
  app.get('/api/bench/baseline', async () => ({ ok: true }));
  if (statementCount) app.get('/api/bench/statements', async () => ({ statements: statementCount() }));
  // Both counts read small things: the expander's queue (event_expansion) and outbox_due_idx.
  app.get('/api/bench/backlog', async () => {
    const [row] = await rows<{ events: number; outbox: number }>(
      db,
      sql`SELECT (SELECT count(*) FROM event_expansion)::int AS events,
                 (SELECT count(*) FROM outbox WHERE status = 'pending')::int AS outbox`,
    );
    return row;
  });
}
