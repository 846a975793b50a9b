import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Client, signUp } from './support/client.ts';
import { createOrganization } from './support/factories.ts';
import { startRosterProcess as startRoster } from './support/roster-process.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';
import { freePort } from './support/test-server.ts';

const running: ChildProcess[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const child of running.splice(0)) child.kill('SIGKILL');
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('start-up', () => {
  it('stops with one line naming the bad setting', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'roster-config-'));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    const cases: [Record<string, string>, string][] = [
      [{ PORT: 'eighty' }, 'Invalid configuration: PORT must be a port number (0-65535)'],
      [{ NODE_ENV: 'production' }, 'Invalid configuration: SECRET is required when NODE_ENV=production'],
      [
        { DATABASE_URL: 'mysql://localhost/roster' },
        'Invalid configuration: DATABASE_URL must be a postgres://',
      ],
      [{ SECRET: 'short' }, 'Invalid configuration: SECRET must be at least 32 characters'],
      // Production is configured on purpose: a public https address and a mail decision.
      [
        { NODE_ENV: 'production', SECRET: 'x'.repeat(32) },
        'Invalid configuration: BASE_URL must be the public https address when NODE_ENV=production',
      ],
      [
        { NODE_ENV: 'production', SECRET: 'x'.repeat(32), BASE_URL: 'http://roster.example.com' },
        'Invalid configuration: BASE_URL must be the public https address when NODE_ENV=production',
      ],
      [
        { NODE_ENV: 'production', SECRET: 'x'.repeat(32), BASE_URL: 'https://roster.example.com' },
        'Invalid configuration: SMTP_URL is required when NODE_ENV=production (smtp://user:pass@host:587, or none',
      ],
      // Half a Stripe setup would fail at the first payment: it stops at start-up instead.
      [
        { STRIPE_SECRET_KEY: 'sk_test_abc123' },
        'Invalid configuration: STRIPE_PRICE_ID is required with STRIPE_SECRET_KEY',
      ],
      [
        { STRIPE_SECRET_KEY: 'sk_test_abc123', STRIPE_PRICE_ID: 'price_123' },
        'Invalid configuration: STRIPE_WEBHOOK_SECRET is required with STRIPE_SECRET_KEY',
      ],
      [
        { STRIPE_SECRET_KEY: 'pk_test_abc123' },
        'Invalid configuration: STRIPE_SECRET_KEY must be a Stripe secret key',
      ],
    ];
    await Promise.all(
      cases.map(async ([env, message]) => {
        const roster = startRoster({ DATA_DIR: dataDir, ...env });
        expect(await roster.exited).toBe(1);
        const lines = roster.output().trim().split('\n');
        expect(lines).toEqual([expect.stringContaining(message)]);
      }),
    );
    // Ten processes start at once: on a loaded 2-core machine that nears the default minute.
  }, 120_000);

  it('keeps everything across a restart on the same data, and never logs an invite token', async () => {
    const database: TestDatabase = await createTestDatabase();
    cleanups.push(() => database.drop());
    const port = await freePort();
    const env = { ...database.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info' };
    const url = `http://localhost:${port}`;

    const first = startRoster(env);
    running.push(first.child);
    await first.ready;
    const owner = await signUp(url, { name: 'Persistent Owner' });
    const org = await createOrganization(owner, { name: 'Survivor', seats: 3 });
    const joiner = await signUp(url);
    expect((await joiner.client.post(`${org.invitePath}/join`)).status).toBe(201);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    const token = org.invitePath.split('/').at(-1)!;
    expect(first.output()).toContain('/api/v1/invites/');
    expect(first.output()).not.toContain(token);

    const second = startRoster(env);
    running.push(second.child);
    await second.ready;
    // Same session cookie, same organization, same members, and the same invite link
    // (the development secret was kept in the data folder).
    const detail = await owner.client.get(`/api/v1/organizations/${org.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ name: 'Survivor', seats: { total: 3, used: 2, available: 1 } });
    const members = await owner.client.get(`/api/v1/organizations/${org.id}/members`);
    expect(members.body.members.map((m: any) => m.user.id)).toEqual([owner.id, joiner.id]);
    expect((await owner.client.get(`/api/v1/organizations/${org.id}/invite-link`)).body.url).toBe(
      org.inviteUrl,
    );
    const signIn = await new Client(url).post('/api/auth/sign-in/email', {
      email: owner.email,
      password: 'correct horse battery',
    });
    expect(signIn.status).toBe(200);
  });
});
