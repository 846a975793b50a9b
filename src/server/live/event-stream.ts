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
  request.raw.on('close', settle);
  raw.on('close', settle);
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
