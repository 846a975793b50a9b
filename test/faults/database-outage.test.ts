import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { type Reply, signUp, signUpMany } from '../support/client.ts';
import { createOrganization } from '../support/factories.ts';
import { startPrivatePostgres } from '../support/private-postgres.ts';
import { type RosterProcess, startRosterProcess } from '../support/roster-process.ts';
import { freePort } from '../support/test-server.ts';
import { waitFor } from '../support/wait.ts';

let postgres: Awaited<ReturnType<typeof startPrivatePostgres>> | undefined;
let roster: RosterProcess | undefined;
const dataDir = mkdtempSync(path.join(tmpdir(), 'roster-outage-'));
afterAll(async () => {
  const unhandled =
    roster
      ?.output()
      .split('\n')
      .filter((l) => l.includes('unhandled error')) ?? [];
  if (unhandled.length > 0) console.error(unhandled.slice(0, 3).join('\n'));
  roster?.child.kill('SIGKILL');
  await postgres?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

type Seen = { status: number; code?: string; retryAfter?: string | null };
const record = (seen: Seen[], reply: Reply<any>) =>
  seen.push({
    status: reply.status,
    code: reply.body?.error?.code,
    retryAfter: reply.headers.get('retry-after'),
  });

// Runs whatever the main suite's database is: the server it restarts is its own.
describe('a PostgreSQL restart under load', () => {
  it('answers 503 with Retry-After meanwhile, recovers by itself and loses no acknowledged join', async () => {
    postgres = await startPrivatePostgres();
    const admin = new pg.Client({ connectionString: postgres.url });
    await admin.connect();
    await admin.query('CREATE DATABASE roster');
    await admin.end();
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    roster = startRosterProcess({
      DATABASE_URL: postgres.url.replace(/\/postgres$/, '/roster'),
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      BASE_URL: url,
      LOG_LEVEL: 'info', // readiness is read from the start-up log line
      RATE_LIMIT_PREVIEW_PER_MINUTE: '100000',
      RATE_LIMIT_JOIN_PER_MINUTE: '100000',
      RATE_LIMIT_JOIN_PER_USER_PER_MINUTE: '100000',
    });
    await roster.ready;
    const owner = await signUp(url, { name: 'Outage Owner' });
    const org = await createOrganization(owner, { name: 'Outage', seats: 100 });
    const joiners = await signUpMany(url, 30);

    const seen: Seen[] = [];
    let stop = false;
    const readers = Array.from({ length: 4 }, async () => {
      while (!stop) {
        record(seen, await owner.client.get(org.invitePath));
        record(seen, await owner.client.get('/api/v1/me'));
      }
    });
    // Joins spread over the outage; each retries after a 503 as a client honouring
    // Retry-After would (sooner, to keep the test short).
    const joins = joiners.map(async (joiner, i) => {
      await new Promise((resolve) => setTimeout(resolve, i * 80));
      for (;;) {
        const reply = await joiner.client.post(`${org.invitePath}/join`);
        record(seen, reply);
        if (reply.status !== 503) return reply;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 400));
    await postgres.restart(1_500);
    const results = await Promise.all(joins);
    await waitFor(async () => (await owner.client.get('/api/health')).status === 200, { timeoutMs: 30_000 });
    stop = true;
    await Promise.all(readers);

    expect(roster.child.exitCode).toBeNull();
    const unavailable = seen.filter((s) => s.status === 503);
    const tally: Record<string, number> = {};
    for (const s of seen)
      tally[`${s.status} ${s.code ?? ''}`] = (tally[`${s.status} ${s.code ?? ''}`] ?? 0) + 1;
    expect(unavailable.length, `requests that met the outage; all: ${JSON.stringify(tally)}`).toBeGreaterThan(
      0,
    );
    for (const s of unavailable) {
      expect(s.code).toBe('DATABASE_UNAVAILABLE');
      expect(Number(s.retryAfter)).toBeGreaterThan(0);
    }
    const statuses = new Set(seen.map((s) => s.status));
    expect(
      [...statuses].filter((s) => ![200, 201, 409, 503].includes(s)),
      'unexpected statuses',
    ).toEqual([]);
    // A join whose reply was cut by the outage may have committed: a retry then says so.
    for (const reply of results) {
      expect(reply.status === 201 || reply.body.error.code === 'ALREADY_MEMBER', reply.text).toBe(true);
    }
    const members = (await owner.client.get(`/api/v1/organizations/${org.id}/members?limit=100`)).body
      .members;
    expect(members).toHaveLength(31);
    const detail = (await owner.client.get(`/api/v1/organizations/${org.id}`)).body;
    expect(detail.seats.used).toBe(31);
  });
});
