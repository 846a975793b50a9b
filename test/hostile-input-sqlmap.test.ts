import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization, type TestOrganization } from './support/factories.ts';
import { seedUser } from './support/seed.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

/**
 * sqlmap (Debian's package; .ci/run installs it) against the endpoints that put client text
 * into SQL: the invite preview and join (path), the member list and its search (query).
 * Scope is tight so CI stays fast: level 1, risk 1, PostgreSQL payloads only, boolean, error,
 * UNION and stacked queries (no time-based blind: seconds per payload), a time budget per
 * target. Without sqlmap on the machine the test is skipped and says so.
 */
const sqlmapInstalled = spawnSync('sqlmap', ['--version'], { encoding: 'utf8' }).status === 0;
const BUDGET_MS = 120_000;

let server: TestServer;
let org: TestOrganization;
let cookie: string;
let joinerCookie: string;
let outputDir: string;
beforeAll(async () => {
  if (!sqlmapInstalled) return;
  server = await startTestServer({ LOG_LEVEL: 'silent' });
  const owner = await seedUser(server.url);
  org = await createOrganization(owner);
  cookie = owner.client.cookieHeader();
  joinerCookie = (await seedUser(server.url)).client.cookieHeader();
  outputDir = mkdtempSync(path.join(tmpdir(), 'roster-sqlmap-'));
});
afterAll(async () => {
  if (!sqlmapInstalled) return;
  rmSync(outputDir, { recursive: true, force: true });
  await server.close();
});

function sqlmap(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'sqlmap',
      [
        '--batch',
        '--level=1',
        '--risk=1',
        '--dbms=PostgreSQL',
        '--technique=BEUS',
        '--threads=4',
        '--timeout=10',
        '--retries=0',
        '--flush-session',
        '--disable-coloring',
        '--skip-waf',
        '--ignore-code=400,401,403,404,409',
        `--output-dir=${outputDir}`,
        ...args,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), BUDGET_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === null)
        reject(new Error(`sqlmap ran over its ${BUDGET_MS} ms budget:\n${out.slice(-2000)}`));
      else resolve(out);
    });
  });
}

function expectNothingInjectable(output: string): void {
  if (process.env.SQLMAP_DEBUG) console.log(output);
  expect(output, output.slice(-3000)).not.toMatch(/identified the following injection point|is vulnerable/i);
  expect(output, output.slice(-3000)).toMatch(/do(es)? not (seem|appear) to be injectable/i);
}

describe.skipIf(!sqlmapInstalled)('sqlmap finds nothing to inject', () => {
  it(
    'invite preview: organization id and token in the path',
    async () => {
      const token = org.invitePath.split('/').at(-1);
      expectNothingInjectable(await sqlmap(['-u', `${server.url}/api/v1/invites/${org.id}*/${token}*`]));
    },
    BUDGET_MS + 10_000,
  );

  it(
    'join: organization id and token in the path, signed in',
    async () => {
      const token = org.invitePath.split('/').at(-1);
      expectNothingInjectable(
        await sqlmap([
          '-u',
          `${server.url}/api/v1/invites/${org.id}*/${token}*/join`,
          '--method=POST',
          `--cookie=${joinerCookie}`,
          `--headers=Origin: ${server.url}`,
        ]),
      );
    },
    BUDGET_MS + 10_000,
  );

  it(
    'member list and search: organization id, limit, cursor and q',
    async () => {
      expectNothingInjectable(
        await sqlmap([
          '-u',
          `${server.url}/api/v1/organizations/${org.id}/members?limit=10&q=Person&cursor=x`,
          '-p',
          'limit,q,cursor',
          `--cookie=${cookie}`,
        ]),
      );
    },
    BUDGET_MS + 10_000,
  );
});
