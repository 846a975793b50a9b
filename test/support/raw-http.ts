import { Agent, request } from 'node:http';

export type RawReply = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
};

/**
 * HTTP without a browser's manners, for hostile-input tests: the path goes out byte for byte
 * (no dot-segment resolution, no re-encoding), any method, headers and body. With keepAlive,
 * thousands of requests do not cost thousands of TCP handshakes; without it, a request that
 * leaves its connection in a bad state (a body the server refused) cannot spoil the next. An event
 * stream is answered with its status and headers only: its body never ends.
 */
export function rawClient(baseUrl: string, options: { keepAlive: boolean; maxSockets?: number }) {
  const { hostname, port } = new URL(baseUrl);
  const agent = new Agent({ keepAlive: options.keepAlive, maxSockets: options.maxSockets ?? 16 });
  return {
    send(options: {
      method: string;
      path: string;
      headers?: Record<string, string>;
      body?: string | Uint8Array;
    }): Promise<RawReply> {
      return new Promise((resolve, reject) => {
        // Node's client frames a GET or DELETE body only when told its length: without it the
        // bytes would reach the server as the start of a second, malformed request.
        const headers = { ...options.headers };
        if (options.body !== undefined) headers['content-length'] = String(Buffer.byteLength(options.body));
        const req = request(
          { agent, hostname, port, method: options.method, path: options.path, headers },
          (res) => {
            const status = res.statusCode ?? 0;
            if (String(res.headers['content-type']).startsWith('text/event-stream')) {
              res.destroy();
              resolve({ status, headers: res.headers, text: '' });
              return;
            }
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () =>
              resolve({ status, headers: res.headers, text: Buffer.concat(chunks).toString() }),
            );
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(options.body);
      });
    },
    close: () => agent.destroy(),
  };
}
