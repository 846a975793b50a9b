import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client.ts';
import { rows } from '../src/db/rows.ts';
import type { MailMessage } from '../src/integrations/mail/mailer.ts';
import { retryDelay } from '../src/worker/outbox-worker.ts';
import { startWorker } from '../src/worker/start-worker.ts';
import { operator } from './support/client.ts';
import { createOrganization } from './support/factories.ts';
import { seedUser, seedUsers } from './support/seed.ts';
import { startSmtpServer } from './support/smtp.ts';
import { startTestServer, TEST_API_KEY, type TestServer } from './support/test-server.ts';
import { waitFor } from './support/wait.ts';

let server: TestServer;
beforeAll(async () => {
  // The server's own worker is off: these tests run their own.
  server = await startTestServer({ RUN_WORKER: 'false' });
});
afterAll(async () => server.close());

const pending = async () =>
  (
    await rows<{ n: number }>(
      server.database.db,
      sql`SELECT count(*)::int AS n FROM outbox WHERE status = 'pending'`,
    )
  )[0]!.n;

const unexpanded = async (action?: string) =>
  (
    await rows<{ n: number }>(
      server.database.db,
      sql`SELECT count(*)::int AS n FROM audit_event
          WHERE id IN (SELECT event_id FROM event_expansion)
            AND (${action ?? null}::text IS NULL OR action = ${action ?? null})`,
    )
  )[0]!.n;

describe('outbox worker', () => {
  it('two workers on one database deliver every row exactly once', async () => {
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner, { seats: 100 });
    const joiners = await seedUsers(server.url, 40);
    await Promise.all(joiners.map((j) => j.client.post(`${org.invitePath}/join`)));
    // Mail is queued when the worker expands each join's event after commit (decision
    // 0009), so with no worker running yet there are 40 join events waiting and no mail
    // (and the organization's creation, which sets nothing off).
    expect(await unexpanded('member.joined')).toBe(40);
    expect(await unexpanded()).toBe(41);
    expect(await pending()).toBe(0);

    const sent: string[] = [];
    const mailer = (name: string) => ({
      async send(message: MailMessage) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        sent.push(`${name}:${message.messageId}`);
      },
      close() {},
      atOnce: 4,
    });
    // On PostgreSQL each worker has its own connections, as two processes would.
    const second =
      server.database.driver === 'postgres'
        ? await openDatabase({
            databaseUrl: server.config.databaseUrl,
            dataDir: server.config.dataDir,
            poolSize: 4,
          })
        : server.database;
    const workers = await Promise.all([
      startWorker({ db: server.database.db, config: server.config, mailer: mailer('a') }),
      startWorker({ db: second.db, config: server.config, mailer: mailer('b') }),
    ]);
    try {
      await waitFor(async () => sent.length >= 80 && (await unexpanded()) === 0 && (await pending()) === 0, {
        timeoutMs: 20_000,
        what: 'every event expanded and its 80 mails sent',
      });
    } finally {
      for (const w of workers) await w.stop();
      if (second !== server.database) await second.close();
    }
    const ids = sent.map((s) => s.split(':')[1]);
    expect(ids).toHaveLength(80);
    expect(new Set(ids).size).toBe(80);
    if (server.database.driver === 'postgres') {
      // Both took part; with PGlite's single connection one may do it all.
      expect(sent.some((s) => s.startsWith('a:'))).toBe(true);
      expect(sent.some((s) => s.startsWith('b:'))).toBe(true);
    }
  });

  it('marks a row dead after the last attempt, shows it to the operator, and delivers it on retry', async () => {
    const smtp = await startSmtpServer();
    smtp.down();
    const config = { ...server.config, mail: { ...server.config.mail, smtpUrl: smtp.url } };
    const worker = await startWorker({
      db: server.database.db,
      config: { ...config, worker: { ...config.worker, maxAttempts: 2 } },
    });
    try {
      const owner = await seedUser(server.url);
      const org = await createOrganization(owner, { name: 'Dead Letters', seats: 5 });
      const joiner = await seedUser(server.url);
      await joiner.client.post(`${org.invitePath}/join`);

      const api = operator(server.url, TEST_API_KEY);
      const status = await waitFor(async () => {
        const reply = await api.get('/api/v1/admin/outbox');
        return reply.body.dead >= 2 && reply.body;
      });
      expect(status.deadRows[0]).toMatchObject({ kind: 'email', attempts: 2 });
      expect(status.deadRows[0].lastError).toMatch(/unavailable|421/i);

      smtp.up();
      for (const row of status.deadRows) {
        expect((await api.post(`/api/v1/admin/outbox/${row.id}/retry`)).status).toBe(204);
      }
      await waitFor(() => smtp.received.length >= 2, { what: 'retried mail' });
      expect(smtp.received.map((m) => m.subject).sort()).toEqual(
        [
          'Welcome to Dead Letters — you now have Plus',
          expect.stringContaining('joined Dead Letters'),
        ].sort(),
      );
      const again = await api.post(`/api/v1/admin/outbox/${status.deadRows[0].id}/retry`);
      expect(again.status).toBe(404);
    } finally {
      await worker.stop();
      await smtp.close();
    }
  });

  it('backs off exponentially with jitter, up to a ceiling', () => {
    expect(retryDelay(1, 1000, 60_000, () => 1)).toBe(1000);
    expect(retryDelay(4, 1000, 60_000, () => 1)).toBe(8000);
    expect(retryDelay(4, 1000, 60_000, () => 0)).toBe(4000);
    expect(retryDelay(30, 1000, 60_000, () => 1)).toBe(60_000);
  });
});
