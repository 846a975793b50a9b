import diagnostics from 'node:diagnostics_channel';
import { sql } from 'drizzle-orm';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { OUTBOX_DELIVERY_CHANNEL, type OutboxDeliveryMessage } from '../../contracts/outbox-delivery.ts';
import type { Database } from '../../db/client.ts';
import { poolUse } from '../../db/pool-use.ts';
import { rows } from '../../db/rows.ts';

export type Metrics = ReturnType<typeof createMetrics>;

/**
 * This process's Prometheus metrics (decision 0022). Requests only bump counters and
 * observe one histogram; whatever the database knows (the outbox backlog) is read once per
 * scrape, with one query.
 */
export function createMetrics(options: { db: Database; openStreams: () => Map<string, number> }) {
  const { db } = options;
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry });

  const requestDuration = new Histogram({
    name: 'roster_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route pattern, method and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers,
  });
  const joins = new Counter({
    name: 'roster_joins_total',
    help: 'Joins through an invite link, by outcome: joined, or the error code of the refusal',
    labelNames: ['outcome'] as const,
    registers,
  });
  const refusals = new Counter({
    name: 'roster_refusals_total',
    help: 'Requests refused with a 4xx error answer, by error code',
    labelNames: ['reason'] as const,
    registers,
  });
  const rateLimited = new Counter({
    name: 'roster_rate_limit_blocks_total',
    help: 'Requests answered 429 by a flood ceiling, guessing limit or stream limit, by route pattern',
    labelNames: ['route'] as const,
    registers,
  });
  const deliveries = new Counter({
    name: 'roster_outbox_deliveries_total',
    help: "Outbox delivery attempts by this process's worker, by kind and result (delivered, failed)",
    labelNames: ['kind', 'result'] as const,
    registers,
  });
  const webhookFailures = new Counter({
    name: 'roster_webhook_endpoint_failures_total',
    help: 'Failed webhook deliveries, by the id of the endpoint that did not take them',
    labelNames: ['endpoint'] as const,
    registers,
  });
  const outboxRows = new Gauge({
    name: 'roster_outbox_rows',
    help: 'Outbox rows waiting (pending) or given up on (dead), by kind; read from the database at scrape',
    labelNames: ['kind', 'status'] as const,
    registers,
  });
  const outboxAge = new Gauge({
    name: 'roster_outbox_oldest_pending_age_seconds',
    help: 'Age of the oldest pending outbox row, by kind (0 with none pending)',
    labelNames: ['kind'] as const,
    registers,
  });
  const streams = new Gauge({
    name: 'roster_live_streams',
    help: 'Open live streams (Server-Sent Events) held by this instance, by route pattern',
    labelNames: ['route'] as const,
    registers,
  });
  const pool = new Gauge({
    name: 'roster_db_pool_connections',
    help: 'PostgreSQL pool of this instance: max, total open, idle, and requests waiting for one',
    labelNames: ['state'] as const,
    registers,
  });

  // Every kind appears from the first scrape on, so that rate() and alerts see zeros.
  const kinds = ['email', 'webhook', 'billing'] as const;
  for (const kind of kinds) for (const result of ['delivered', 'failed']) deliveries.inc({ kind, result }, 0);
  joins.inc({ outcome: 'joined' }, 0);

  const onDelivery = (message: unknown) => {
    const { kind, ok, endpointId } = message as OutboxDeliveryMessage;
    deliveries.inc({ kind, result: ok ? 'delivered' : 'failed' });
    if (!ok && endpointId) webhookFailures.inc({ endpoint: endpointId });
  };
  diagnostics.subscribe(OUTBOX_DELIVERY_CHANNEL, onDelivery);

  async function readBacklog() {
    const backlog = await rows<{ kind: string; status: string; count: number; oldest: number | null }>(
      db,
      sql`SELECT kind, status, count(*)::int AS count,
                 extract(epoch FROM now() - min(created_at))::float8 AS oldest
          FROM outbox WHERE status IN ('pending', 'dead') GROUP BY kind, status`,
    );
    for (const kind of kinds) {
      for (const status of ['pending', 'dead'] as const) {
        const row = backlog.find((r) => r.kind === kind && r.status === status);
        outboxRows.set({ kind, status }, row?.count ?? 0);
        if (status === 'pending') outboxAge.set({ kind }, Math.max(0, row?.oldest ?? 0));
      }
    }
  }

  return {
    registry,
    /** A request was answered (onResponse); `code` is its error code, if it failed. */
    answered(request: { method: string; route: string; status: number; seconds: number; code?: string }) {
      const { method, route, status } = request;
      requestDuration.observe({ method, route, status: String(status) }, request.seconds);
      if (route === JOIN_ROUTE && method === 'POST') {
        joins.inc({ outcome: status < 300 ? 'joined' : (request.code ?? String(status)) });
      }
      if (status >= 400 && status < 500) refusals.inc({ reason: request.code ?? String(status) });
      if (status === 429) rateLimited.inc({ route });
    },
    /** The text Prometheus scrapes: the backlog, pool and streams are read now. */
    async scrape(): Promise<string> {
      streams.reset();
      for (const [route, open] of options.openStreams()) streams.set({ route }, open);
      const use = poolUse(db);
      if (use) for (const [state, value] of Object.entries(use)) pool.set({ state }, value);
      await readBacklog();
      return registry.metrics();
    },
    close() {
      diagnostics.unsubscribe(OUTBOX_DELIVERY_CHANNEL, onDelivery);
    },
  };
}

export const JOIN_ROUTE = '/api/v1/invites/:orgId/:token/join';
