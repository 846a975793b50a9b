import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, signUp } from './support/client.ts';
import { createOrganization } from './support/factories.ts';
import { type RosterProcess, startRosterProcess } from './support/roster-process.ts';
import { startSmtpServer } from './support/smtp.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';
import { freePort } from './support/test-server.ts';

let database: TestDatabase | undefined;
let roster: RosterProcess | undefined;
let smtp: Awaited<ReturnType<typeof startSmtpServer>> | undefined;

beforeAll(() => {
  // CI builds once before the tests; a checkout that never ran `npm run build` builds here.
  if (!existsSync('dist/main.js') || !existsSync('dist/web/index.html'))
    execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'ignore' });
}, 120_000);

afterAll(async () => {
  roster?.child.kill('SIGKILL');
  await smtp?.close();
  await database?.drop();
});

describe('the production build', () => {
  it('`node dist/main.js` in production mode migrates, serves the web app and takes a join', {
    timeout: 120_000,
  }, async () => {
    database = await createTestDatabase();
    smtp = await startSmtpServer();
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    roster = startRosterProcess(
      {
        ...database.env,
        NODE_ENV: 'production',
        PORT: String(port),
        HOST: '127.0.0.1',
        BASE_URL: 'https://roster.example.test',
        TRUSTED_ORIGINS: url,
        SECRET: 'a-production-secret-of-at-least-32-characters',
        SMTP_URL: smtp.url,
        LOG_LEVEL: 'info', // readiness is read from the start-up log line
      },
      { compiled: true },
    );
    await roster.ready;

    const health = await new Client(url).get<{ status: string }>('/api/health');
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('ok');
    // The web build is found from dist/ too.
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');

    const owner = await signUp(url, { name: 'Build Owner' });
    const org = await createOrganization(owner, { name: 'Compiled', seats: 3 });
    const joiner = await signUp(url, { name: 'Build Joiner' });
    const joined = await joiner.client.post(`${org.invitePath}/join`);
    expect(joined.status).toBe(201);
    const members = (
      await owner.client.get<{ members: { user: { id: string } }[] }>(
        `/api/v1/organizations/${org.id}/members`,
      )
    ).body.members;
    expect(members.map((m) => m.user.id)).toContain(joiner.id);
  });
});
