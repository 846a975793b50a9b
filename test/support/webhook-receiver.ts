import { createServer, type IncomingHttpHeaders } from 'node:http';

export type Delivery = { headers: IncomingHttpHeaders; body: string; status: number };

/** An HTTP server standing in for the operator's product; fails the first `failFirst` calls. */
export async function startWebhookReceiver(options: { failFirst?: number } = {}) {
  const deliveries: Delivery[] = [];
  let failures = options.failFirst ?? 0;
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const status = failures-- > 0 ? 500 : 204;
      deliveries.push({ headers: request.headers, body, status });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    deliveries,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
