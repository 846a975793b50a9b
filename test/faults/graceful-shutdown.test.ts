import { afterAll, describe, expect, it } from 'vitest';
import { operator, signUp, signUpMany } from '../support/client.ts';
import { createOrganization } from '../support/factories.ts';
import { type RosterProcess, startRosterProcess } from '../support/roster-process.ts';
import { startSmtpServer } from '../support/smtp.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { freePort } from '../support/test-server.ts';
import { waitFor } from '../support/wait.ts';

const JOINERS = 40;
const API_KEY = 'shutdown-operator-key-0123456789abcdef';

let database: TestDatabase | undefined;
let current: RosterProcess | undefined;
let smtp: Awaited<ReturnType<typeof startSmtpServer>> | undefined;
afterAll(async () => {
  current?.child.kill('SIGKILL');
  await smtp?.close();
  await database?.drop();
});

describe('SIGTERM in the middle of a join burst', () => {
  it('exits cleanly in bounded time, keeps every acknowledged join and sends no mail twice', {
    timeout: 180_000,
  }, async () => {
    database = await createTestDatabase();
    smtp = await startSmtpServer();
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env = {
      ...database.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      BASE_URL: url,
      SMTP_URL: smtp.url,
      LOG_LEVEL: 'info', // readiness is read from the start-up log line
      ROSTER_API_KEY: API_KEY,
      SHUTDOWN_TIMEOUT_SECONDS: '10',
      OUTBOX_POLL_MS: '100',
      RATE_LIMIT_JOIN_PER_MINUTE: '100000',
      RATE_LIMIT_JOIN_PER_USER_PER_MINUTE: '100000',
      RATE_LIMIT_PREVIEW_PER_MINUTE: '100000',
      RATE_LIMIT_AUTH_PER_MINUTE: '100000',
      RATE_LIMIT_ACCOUNT_MAILS: '100000',
      RATE_LIMIT_ACCOUNT_MAILS_PER_CLIENT: '100000',
    };
    current = startRosterProcess(env);
    await current.ready;
    const owner = await signUp(url, { name: 'Shutdown Owner' });
    const joiners = await signUpMany(url, JOINERS);
    const org = await createOrganization(owner, { name: 'Shutdown', seats: 30 });

    const acknowledged: string[] = [];
    const burst = joiners.map(async (joiner) => {
      try {
        const reply = await joiner.client.post(`${org.invitePath}/join`);
        if (reply.status === 201) acknowledged.push(joiner.id);
      } catch {
        // Refused at the door once the server stopped listening: never acknowledged.
      }
    });
    await waitFor(() => acknowledged.length >= 3);
    const signalled = Date.now();
    current.child.kill('SIGTERM');
    const code = await current.exited;
    const took = Date.now() - signalled;
    await Promise.all(burst);
    expect(code, current.output()).toBe(0);
    expect(took).toBeLessThan(10_000);
    expect(current.output()).toContain('shut down cleanly');

    // The data-folder lock was released: the same folder opens again at once.
    current = startRosterProcess(env);
    await current.ready;
    const members = (await owner.client.get(`/api/v1/organizations/${org.id}/members?limit=100`)).body
      .members as { user: { id: string } }[];
    const ids = new Set(members.map((m) => m.user.id));
    for (const id of acknowledged) expect(ids.has(id), `acknowledged join of ${id}`).toBe(true);

    // Every acknowledged joiner is welcomed by mail (before the stop, or by the restarted
    // worker), and once the outbox is empty nothing more will come: no Message-ID twice.
    const emailOf = new Map(joiners.map((j) => [j.id, j.email]));
    const mailedTo = () => new Set(smtp!.received.flatMap((m) => m.to));
    await waitFor(() => acknowledged.every((id) => mailedTo().has(emailOf.get(id)!)), {
      timeoutMs: 30_000,
      what: 'a mail to every acknowledged joiner',
    });
    const api = operator(url, API_KEY);
    await waitFor(async () => (await api.get('/api/v1/admin/outbox')).body.pending === 0, {
      what: 'an empty outbox',
    });
    expect((await api.get('/api/v1/admin/outbox')).body.dead).toBe(0);
    const seen = new Map<string, number>();
    for (const mail of smtp.received) seen.set(mail.messageId, (seen.get(mail.messageId) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1)).toEqual([]);
  });
});
