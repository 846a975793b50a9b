import type { FastifyInstance } from 'fastify';
import { endEventStreams } from './live/event-stream.ts';

/**
 * SIGTERM/SIGINT for `npm start`: stop accepting connections, let in-flight requests finish,
 * end the live streams with a retry hint, let the worker finish the outbox rows it holds,
 * close the database (which releases the data-folder lock), then exit. If that takes longer
 * than `timeoutSeconds`, exit anyway with status 1: rows not finished stay in the outbox and
 * are delivered after the restart.
 */
export function handleShutdown(options: {
  app: FastifyInstance;
  worker: { stop(): Promise<void> } | null;
  database: { close(): Promise<void> };
  timeoutSeconds: number;
}): void {
  const { app, worker, database } = options;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal} received, shutting down (at most ${options.timeoutSeconds} s)`);
    setTimeout(() => {
      app.log.warn(`still shutting down after ${options.timeoutSeconds} s; exiting`);
      process.exit(1);
    }, options.timeoutSeconds * 1000).unref();
    try {
      endEventStreams(app.server);
      // Fastify's close stops listening, answers new requests on kept-alive connections with
      // 503, and resolves once every connection is gone. A kept-alive connection busy at the
      // signal would otherwise stay open for the keep-alive timeout after its answer: close
      // each one as soon as it falls idle.
      const idle = setInterval(() => app.server.closeIdleConnections(), 50);
      await app.close();
      clearInterval(idle);
      await worker?.stop();
      await database.close();
      app.log.info('shut down cleanly');
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
