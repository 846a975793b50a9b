import type { FastifyReply, FastifyRequest } from 'fastify';

export type EventStream = {
  send(event: string, data: unknown): void;
  /** Ends the response from our side (access revoked); `closed` settles. */
  end(): void;
  closed: Promise<void>;
};

/**
 * Opens a Server-Sent Events response. Comments every 20 s keep proxies from closing an
 * idle stream; `closed` settles when the client goes away or the stream is ended.
 */
// The open streams of each HTTP server, so that a shutdown can end them (endEventStreams).
const openStreams = new WeakMap<object, Set<() => void>>();

/**
 * Ends every stream open on this HTTP server, telling each client to reconnect in 1 s
 * (another instance, or this one restarted, will answer): a shutdown cannot wait on them.
 */
export function endEventStreams(server: object): void {
  for (const end of openStreams.get(server) ?? []) end();
  openStreams.delete(server);
}

export function openEventStream(request: FastifyRequest, reply: FastifyReply): EventStream {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
    'referrer-policy': 'no-referrer',
  });
  raw.write('retry: 3000\n\n');
  const keepalive = setInterval(() => raw.write(': keepalive\n\n'), 20_000);
  let settle = () => {};
  const closed = new Promise<void>((resolve) => {
    settle = () => {
      clearInterval(keepalive);
      resolve();
    };
  });
  const streams = openStreams.get(request.server.server) ?? new Set<() => void>();
  openStreams.set(request.server.server, streams);
  const endForShutdown = () => {
    if (!raw.writableEnded) raw.end('retry: 1000\n\n');
    settle();
  };
  streams.add(endForShutdown);
  request.raw.on('close', settle);
  raw.on('close', settle);
  void closed.then(() => streams.delete(endForShutdown));
  return {
    send(event, data) {
      if (!raw.writableEnded) raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    end() {
      if (!raw.writableEnded) raw.end();
      settle();
    },
    closed,
  };
}
