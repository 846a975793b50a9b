import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './test-server.ts';

/**
 * A PostgreSQL server of the test's own, in a temporary folder on a free port, so a test
 * can stop and restart it without touching the machine's shared server (or other tests).
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` user.
 */
export async function startPrivatePostgres() {
  const version = readdirSync('/usr/lib/postgresql').sort().at(-1);
  const bin = (name: string) => `/usr/lib/postgresql/${version}/bin/${name}`;
  const root = mkdtempSync(path.join(tmpdir(), 'roster-pg-'));
  const data = path.join(root, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { uid, gid } = postgresIds();
    chownSync(root, uid, gid);
    chmodSync(root, 0o700);
  }
  // Asynchronous, so the test keeps sending requests while the server is down.
  const run = (command: string, args: string[]) =>
    promisify(execFile)(
      asRoot ? 'runuser' : command,
      asRoot ? ['-u', 'postgres', '--', command, ...args] : args,
    );
  const port = await freePort();
  await run(bin('initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const ctl = (...args: string[]) => run(bin('pg_ctl'), ['-D', data, '-l', path.join(root, 'log'), ...args]);
  await ctl('-o', options, '-w', 'start');
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    /** Stops the server (fast shutdown: open connections are cut) and starts it again. */
    async restart(downForMs = 0) {
      await ctl('-m', 'fast', '-w', 'stop');
      await new Promise((resolve) => setTimeout(resolve, downForMs));
      await ctl('-o', options, '-w', 'start');
    },
    async stop() {
      try {
        await ctl('-m', 'immediate', '-w', 'stop');
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}

function postgresIds(): { uid: number; gid: number } {
  return {
    uid: Number(execFileSync('id', ['-u', 'postgres']).toString()),
    gid: Number(execFileSync('id', ['-g', 'postgres']).toString()),
  };
}
