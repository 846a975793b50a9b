import { createServer } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { toRosterError } from '../plugins/error-handler.ts';
import { createMetrics } from './create-metrics.ts';

const UNMATCHED = '(unmatched)';

/**
 * Counts what this instance answers and serves the counts at /metrics on a listener of its
 * own (METRICS_PORT, on 127.0.0.1 unless METRICS_HOST says otherwise; decision 0022). Call
 * before the routes are registered: stream routes get their own hook as they are added.
 */
export function registerMetrics(app: FastifyInstance, where: { port: number; host: string }) {
  // Open live streams: replies of a stream route whose 200 went out and which have not ended.
  const streamReplies = new Map<FastifyReply, string>();
  const openStreams = () => {
    const open = new Map<string, number>();
    for (const [reply, route] of streamReplies) {
      const raw = reply.raw;
      if (raw.headersSent && raw.statusCode === 200 && !raw.writableEnded)
        open.set(route, (open.get(route) ?? 0) + 1);
    }
    return open;
  };
  const metrics = createMetrics({ db: app.roster.db, openStreams });

  app.addHook('onRoute', (route) => {
    if (!route.url.endsWith('/stream')) return;
    const track = async (request: FastifyRequest, reply: FastifyReply) => {
      streamReplies.set(reply, route.url);
      request.raw.once('close', () => streamReplies.delete(reply));
    };
    route.onRequest = [track, ...(route.onRequest ? [route.onRequest].flat() : [])];
  });

  // The error code of a failed request, for its refusal counter (read once it is answered).
  const codes = new WeakMap<FastifyRequest, string>();
  app.addHook('onError', async (request, _reply, error) => {
    codes.set(request, toRosterError(error).code);
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? UNMATCHED;
    const status = reply.statusCode;
    const code = codes.get(request) ?? (route === UNMATCHED && status === 404 ? 'NOT_FOUND' : undefined);
    metrics.answered({
      method: request.method,
      route,
      status,
      seconds: reply.elapsedTime / 1000,
      ...(code && { code }),
    });
  });

  const server = createServer((request, response) => {
    const path = (request.url ?? '').split('?')[0];
    if (request.method !== 'GET' || path !== '/metrics') {
      response.writeHead(404, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify({ error: { code: 'NOT_FOUND', message: 'Metrics are at GET /metrics.' } }));
      return;
    }
    metrics.scrape().then(
      (text) => {
        response.writeHead(200, { 'content-type': metrics.registry.contentType });
        response.end(text);
      },
      (error: unknown) => {
        app.log.warn({ err: error }, 'metrics scrape failed');
        response.writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'retry-after': '5' });
        response.end(
          JSON.stringify({
            error: { code: 'DATABASE_UNAVAILABLE', message: 'The outbox backlog could not be read.' },
          }),
        );
      },
    );
  });
  // On ready rather than on listen: a port already taken stops the start, as for PORT.
  app.addHook('onReady', async () => {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(where.port, where.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    app.log.info(`Metrics at http://${where.host}:${where.port}/metrics`);
  });
  app.addHook('onClose', async () => {
    metrics.close();
    if (!server.listening) return;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  });
  return metrics;
}
