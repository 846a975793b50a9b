import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization, type TestOrganization } from './support/factories.ts';
import { type RawReply, rawClient } from './support/raw-http.ts';
import { seedUser } from './support/seed.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

/**
 * Guessing invite links: 10,000 made-up tokens for one real organization learn nothing (one
 * status, one body, byte for byte), and a client address that keeps guessing is slowed down.
 * Requests go out concurrently over kept-alive connections, so the file takes seconds.
 */
let server: TestServer;
let org: TestOrganization;
beforeAll(async () => {
  server = await startTestServer({ LOG_LEVEL: 'silent' });
  org = await createOrganization(await seedUser(server.url));
});
afterAll(async () => server.close());

/** Sends every path, `concurrency` at a time, and returns the replies in order. */
async function burst(
  http: ReturnType<typeof rawClient>,
  requests: { method: string; path: string; headers?: Record<string, string> }[],
  concurrency: number,
): Promise<RawReply[]> {
  const replies: RawReply[] = new Array(requests.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests.length) {
        const i = next++;
        replies[i] = await http.send(requests[i]!);
      }
    }),
  );
  return replies;
}

/** Random tokens, most shaped like real ones (22 base64url characters), some not. */
function guesses(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    if (i % 10 === 9) return encodeURIComponent(randomBytes(1 + (i % 40)).toString('latin1'));
    if (i % 10 === 8) return randomBytes(32).toString('base64url');
    return randomBytes(16).toString('base64url');
  });
}

describe('invite link enumeration', () => {
  it('10,000 random tokens for one organization all get the identical INVITE_INVALID answer', async () => {
    const http = rawClient(server.url, { keepAlive: true, maxSockets: 16 });
    try {
      const real = org.invitePath.split('/').at(-1)!;
      const tokens = guesses(10_000).filter((t) => t !== real);
      const replies = await burst(
        http,
        tokens.map((token) => ({ method: 'GET', path: `/api/v1/invites/${org.id}/${token}` })),
        16,
      );
      const distinct = new Map<string, number>();
      for (const reply of replies) {
        const key = `${reply.status} ${reply.text}`;
        distinct.set(key, (distinct.get(key) ?? 0) + 1);
      }
      expect([...distinct.keys()]).toHaveLength(1);
      const [status, ...body] = [...distinct.keys()][0]!.split(' ');
      expect(status).toBe('404');
      expect(JSON.parse(body.join(' ')).error.code).toBe('INVITE_INVALID');
      // The real link still works after the storm.
      expect((await http.send({ method: 'GET', path: org.invitePath })).status).toBe(200);
    } finally {
      http.close();
    }
    // About 20 s on PostgreSQL; up to about a minute beside other test files on PGlite, whose one
    // connection serves every request in turn.
  }, 150_000);

  it('the rate limit engages on a guessing burst: exactly the allowance gets through, then 429 with Retry-After', async () => {
    const limit = 50;
    const limited = await startTestServer({
      LOG_LEVEL: 'silent',
      RATE_LIMIT_PREVIEW_PER_MINUTE: String(limit),
      RATE_LIMIT_JOIN_PER_MINUTE: String(limit),
    });
    const http = rawClient(limited.url, { keepAlive: true, maxSockets: 16 });
    try {
      const owner = await seedUser(limited.url);
      const target = await createOrganization(owner);
      const guesser = await seedUser(limited.url);
      const cookie = guesser.client.cookieHeader();
      for (const [method, suffix] of [
        ['GET', ''],
        ['POST', '/join'],
      ] as const) {
        const replies = await burst(
          http,
          guesses(limit * 3).map((token) => ({
            method,
            path: `/api/v1/invites/${target.id}/${token}${suffix}`,
            headers: method === 'POST' ? { cookie, origin: limited.url } : ({} as Record<string, string>),
          })),
          16,
        );
        const statuses = replies.map((r) => r.status);
        expect(
          statuses.filter((s) => s === 404),
          `${method}`,
        ).toHaveLength(limit);
        expect(
          statuses.filter((s) => s === 429),
          `${method}`,
        ).toHaveLength(limit * 2);
        const refused = replies.find((r) => r.status === 429)!;
        expect(JSON.parse(refused.text).error.code).toBe('RATE_LIMITED');
        expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      }
      // Even the real link now waits: trying it tells a guesser nothing.
      expect((await http.send({ method: 'GET', path: target.invitePath })).status).toBe(429);
    } finally {
      http.close();
      await limited.close();
    }
  });
});
