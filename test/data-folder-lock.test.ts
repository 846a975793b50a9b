import type { ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { Client, signUp } from './support/client.ts';
import { startRosterProcess as startRoster } from './support/roster-process.ts';
import { adminUrl, createTestDatabase } from './support/test-database.ts';
import { freePort } from './support/test-server.ts';

const running: ChildProcess[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const child of running.splice(0)) child.kill('SIGKILL');
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function setUp() {
  const database = await createTestDatabase();
  cleanups.push(() => database.drop());
  const env = { ...database.env, HOST: '127.0.0.1' };
  const start = async () => {
    const port = await freePort();
    const roster = startRoster({ ...env, PORT: String(port) });
    running.push(roster.child);
    return { ...roster, url: `http://localhost:${port}` };
  };
  return { start };
}

// The lock guards the embedded database only; PostgreSQL is made for several instances.
describe.skipIf(adminUrl)('one process per embedded data folder', () => {
  it('refuses a second process on a folder a live one holds, naming its pid', async () => {
    const { start } = await setUp();
    const first = await start();
    await first.ready;
    const owner = await signUp(first.url);

    const second = await start();
    expect(await second.exited).toBe(1);
    const lines = second.output().trim().split('\n');
    expect(lines).toEqual([
      expect.stringContaining(`is in use by another Roster process (pid ${first.child.pid})`),
    ]);
    expect(lines[0]).toContain('stop that process first, or set DATA_DIR to another folder');
    // The first one never noticed.
    const me = await owner.client.get('/api/v1/me');
    expect(me.status).toBe(200);
  });

  it('takes over the folder of a killed process, with its data', async () => {
    const { start } = await setUp();
    const first = await start();
    await first.ready;
    const owner = await signUp(first.url);
    first.child.kill('SIGKILL');
    await first.exited;

    const second = await start();
    await second.ready;
    const signIn = await new Client(second.url).post('/api/auth/sign-in/email', {
      email: owner.email,
      password: 'correct horse battery',
    });
    expect(signIn.status).toBe(200);
  });
});

describe.runIf(adminUrl)('several processes on PostgreSQL', () => {
  it('share one DATA_DIR and one database', async () => {
    const { start } = await setUp();
    const [first, second] = [await start(), await start()];
    await Promise.all([first.ready, second.ready]);
    const user = await signUp(first.url);
    const signIn = await new Client(second.url).post('/api/auth/sign-in/email', {
      email: user.email,
      password: 'correct horse battery',
    });
    expect(signIn.status).toBe(200);
  });
});
