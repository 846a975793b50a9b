import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load-config.ts';
import { buildApp } from '../src/server/app.ts';
import { freePort, startTestServer, type TestServer } from './support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const base = { SECRET: 'x'.repeat(32), DATA_DIR: '/tmp' };

/** A real Roster server with this TRUST_PROXY, plus a probe that reports request.ip. */
async function seenAs(trustProxy: string | undefined, forwardedFor: string): Promise<string> {
  const { trustProxy: parsed } = loadConfig({ ...base, TRUST_PROXY: trustProxy });
  const app: FastifyInstance = await buildApp({
    config: { ...server.config, trustProxy: parsed },
    db: server.database.db,
    listen: server.database.listen,
  });
  app.get('/probe', async (request) => ({ ip: request.ip }));
  const port = await freePort();
  await app.listen({ port, host: '127.0.0.1' });
  try {
    const reply = await fetch(`http://127.0.0.1:${port}/probe`, {
      headers: { 'x-forwarded-for': forwardedFor },
    });
    return ((await reply.json()) as { ip: string }).ip;
  } finally {
    await app.close();
  }
}

describe('TRUST_PROXY', () => {
  it('refuses a bare true, or a bad entry, with one line saying what to set', () => {
    for (const value of ['true', 'TRUE']) {
      expect(() => loadConfig({ ...base, TRUST_PROXY: value })).toThrow(
        'Invalid configuration: TRUST_PROXY=true would let any client choose its address; set the number of proxies in front (TRUST_PROXY=1) or their addresses',
      );
    }
    expect(() => loadConfig({ ...base, TRUST_PROXY: '10.0.0.0/33' })).toThrow(
      'Invalid configuration: TRUST_PROXY must be a number of proxies or a list of their addresses or CIDRs ("10.0.0.0/33" is neither)',
    );
  });

  it('with one hop, takes the address the proxy appended, not the one the client forged', async () => {
    // The client forged 6.6.6.6; the proxy (the test, from loopback) appended 203.0.113.7.
    expect(await seenAs('1', '6.6.6.6, 203.0.113.7')).toBe('203.0.113.7');
  });

  it('with a list of proxies, skips only those', async () => {
    expect(await seenAs('127.0.0.1/8, 10.0.0.0/8', '6.6.6.6, 203.0.113.7, 10.1.2.3')).toBe('203.0.113.7');
  });

  it('unset, ignores the header', async () => {
    expect(await seenAs(undefined, '6.6.6.6')).toBe('127.0.0.1');
  });
});
