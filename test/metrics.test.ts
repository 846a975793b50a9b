import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load-config.ts';
import { Client, operator, signUp } from './support/client.ts';
import { createOrganization } from './support/factories.ts';
import { seedUser } from './support/seed.ts';
import { openEventStream } from './support/sse.ts';
import { freePort, startTestServer, TEST_API_KEY, type TestServer } from './support/test-server.ts';
import { waitFor } from './support/wait.ts';
import { startWebhookReceiver } from './support/webhook-receiver.ts';

let server: TestServer;
let metricsUrl: string;
beforeAll(async () => {
  const port = await freePort();
  server = await startTestServer({ METRICS_PORT: String(port) });
  metricsUrl = `http://127.0.0.1:${port}/metrics`;
});
afterAll(async () => server.close());

/** What Prometheus would read: GET /metrics over HTTP, as sample lines by name and labels. */
async function scrape(
  url = metricsUrl,
): Promise<{ text: string; value(name: string, labels?: Record<string, string>): number }> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const text = await response.text();
  return {
    text,
    value(name, labels = {}) {
      const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
      const line = text
        .split('\n')
        .find((l) =>
          l.startsWith(`${name}{`) || l.startsWith(`${name} `)
            ? wanted.every((w) => l.slice(0, l.lastIndexOf(' ')).includes(w))
            : false,
        );
      return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
    },
  };
}

describe('metrics', () => {
  it('counts a real join, and the refusal of a second one, by outcome and route pattern', async () => {
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner, { seats: 5 });
    const joiner = await signUp(server.url);
    const before = await scrape();

    expect((await joiner.client.post(`${org.invitePath}/join`)).status).toBe(201);
    const again = await joiner.client.post(`${org.invitePath}/join`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ALREADY_MEMBER');

    const after = await scrape();
    const joined = { outcome: 'joined' };
    expect(after.value('roster_joins_total', joined)).toBe(before.value('roster_joins_total', joined) + 1);
    const refused = { outcome: 'ALREADY_MEMBER' };
    expect(after.value('roster_joins_total', refused)).toBe(before.value('roster_joins_total', refused) + 1);
    const reason = { reason: 'ALREADY_MEMBER' };
    expect(after.value('roster_refusals_total', reason)).toBe(
      before.value('roster_refusals_total', reason) + 1,
    );
    // Latency by route pattern, never by the URL with its ids and token.
    const route = { route: '/api/v1/invites/:orgId/:token/join', method: 'POST', status: '201' };
    expect(after.value('roster_http_request_duration_seconds_count', route)).toBe(
      before.value('roster_http_request_duration_seconds_count', route) + 1,
    );
    expect(after.text).not.toContain(org.id);
    // The process's own figures come along (memory, event loop).
    expect(after.value('process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('reads the outbox backlog at scrape, counts deliveries and an endpoint that fails', async () => {
    const receiver = await startWebhookReceiver({ failFirst: 1 });
    try {
      const created = await operator(server.url, TEST_API_KEY).post('/api/v1/webhooks', {
        url: receiver.url,
        eventTypes: ['member.joined'],
      });
      expect(created.status).toBe(201);
      const before = await scrape();
      expect(before.text).toContain('roster_outbox_rows{kind="webhook",status="pending"}');
      expect(before.text).toContain('roster_outbox_oldest_pending_age_seconds{kind="email"}');

      const owner = await seedUser(server.url);
      const org = await createOrganization(owner);
      const joiner = await seedUser(server.url);
      expect((await joiner.client.post(`${org.invitePath}/join`)).status).toBe(201);
      // The first attempt fails, the retry is taken.
      await waitFor(() => receiver.deliveries.some((d) => d.status === 204));
      const webhook = (result: string) => ({ kind: 'webhook', result });
      const after = await waitFor(async () => {
        const now = await scrape();
        return now.value('roster_outbox_deliveries_total', webhook('delivered')) >
          before.value('roster_outbox_deliveries_total', webhook('delivered'))
          ? now
          : undefined;
      });
      expect(after.value('roster_outbox_deliveries_total', webhook('failed'))).toBe(
        before.value('roster_outbox_deliveries_total', webhook('failed')) + 1,
      );
      expect(after.value('roster_webhook_endpoint_failures_total', { endpoint: created.body.id })).toBe(1);
    } finally {
      await receiver.close();
    }
  });

  it('counts open live streams and rate-limit blocks', async () => {
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner);
    const route = '/api/v1/invites/:orgId/:token/stream';
    const stream = await openEventStream(`${server.url}${org.invitePath}/stream`);
    try {
      expect(stream.status).toBe(200);
      expect((await scrape()).value('roster_live_streams', { route })).toBe(1);
    } finally {
      await stream.close();
    }
    await waitFor(async () =>
      (await scrape()).value('roster_live_streams', { route }) === 0 ? true : undefined,
    );

    // A server of its own with a join ceiling of one a minute per person.
    const port = await freePort();
    const limited = await startTestServer({
      RATE_LIMIT_JOIN_PER_USER_PER_MINUTE: '1',
      METRICS_PORT: String(port),
    });
    try {
      const first = await createOrganization(await seedUser(limited.url));
      const second = await createOrganization(await seedUser(limited.url));
      const joiner = await seedUser(limited.url);
      expect((await joiner.client.post(`${first.invitePath}/join`)).status).toBe(201);
      const blocked = await joiner.client.post(`${second.invitePath}/join`);
      expect(blocked.status).toBe(429);
      const seen = await scrape(`http://127.0.0.1:${port}/metrics`);
      expect(
        seen.value('roster_rate_limit_blocks_total', { route: '/api/v1/invites/:orgId/:token/join' }),
      ).toBe(1);
      expect(seen.value('roster_joins_total', { outcome: 'RATE_LIMITED' })).toBe(1);
      expect(seen.value('roster_refusals_total', { reason: 'RATE_LIMITED' })).toBe(1);
    } finally {
      await limited.close();
    }
  });

  it('is served only on its own listener, on this machine by default, and off unless asked for', async () => {
    // The public port has no metrics: at most the web app's page (with a built web app, any
    // other path is the single-page app), never a Prometheus figure.
    const onMainPort = await new Client(server.url).get('/metrics');
    expect(onMainPort.text).not.toContain('roster_');
    expect(String(onMainPort.headers.get('content-type'))).not.toContain('text/plain');
    const config = loadConfig({ NODE_ENV: 'test', SECRET: 'x'.repeat(32), METRICS_PORT: '9464' });
    expect(config.metrics).toEqual({ port: 9464, host: '127.0.0.1' });
    expect(loadConfig({ NODE_ENV: 'test', SECRET: 'x'.repeat(32) }).metrics).toBeNull();
    const other = await fetch(metricsUrl.replace('/metrics', '/other'));
    expect(other.status).toBe(404);
  });

  it.runIf(process.env.DATABASE_URL)('shows the PostgreSQL pool in use', async () => {
    const now = await scrape();
    expect(now.value('roster_db_pool_connections', { state: 'max' })).toBe(20);
    expect(now.value('roster_db_pool_connections', { state: 'total' })).toBeGreaterThan(0);
  });
});
