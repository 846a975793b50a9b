import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Limits far above anything the bench sends: the real ones (120 previews, 60 joins per
 * address per minute) would answer 429 to a load generator on one address.
 */
export const BENCH_RATE_LIMITS = {
  RATE_LIMIT_PREVIEW_PER_MINUTE: '100000000',
  RATE_LIMIT_JOIN_PER_MINUTE: '100000000',
  RATE_LIMIT_JOIN_PER_USER_PER_MINUTE: '100000000',
};

export type RunningServer = {
  url: string;
  pid: number;
  /** Resident and peak resident memory of the server process, in MiB (from /proc). */
  memory(): { rssMiB: number; peakMiB: number };
  /** CPU time the server process has used so far (user + system), in milliseconds. */
  cpuMs(): number;
  /** Statements the server has sent to its database so far (its worker's included). */
  statements(): Promise<number>;
  /**
   * Waits until the worker has expanded every event and sent every mail a burst left behind
   * (polling /api/bench/backlog); resolves with how long that took after the call, in ms.
   */
  settled(): Promise<number>;
  stop(): Promise<void>;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/** Which build runs: `npm start`'s tsx on src/, or `npm run start:prod`'s node on dist/. */
export type Build = 'tsx' | 'dist';

export const buildName: Record<Build, string> = {
  tsx: 'tsx (npm start)',
  dist: 'compiled (npm run start:prod)',
};

/**
 * The node flags of `npm run start:prod` (package.json), so the bench starts dist/main.js
 * exactly as production does, whatever flags that script gains (BENCH_NODE_FLAGS overrides).
 */
export function startProdNodeFlags(): string[] {
  // BENCH_NODE_FLAGS="--enable-source-maps" compares other flags without editing package.json.
  if (process.env.BENCH_NODE_FLAGS !== undefined)
    return process.env.BENCH_NODE_FLAGS.split(/\s+/).filter(Boolean);
  const scripts = (
    JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { scripts: Record<string, string> }
  ).scripts;
  const words = (scripts['start:prod'] ?? '').split(/\s+/);
  const node = words.indexOf('node');
  const entry = words.indexOf('dist/main.js');
  if (node < 0 || entry < node)
    throw new Error(`cannot read the node flags of start:prod: ${scripts['start:prod']}`);
  return words.slice(node + 1, entry);
}

/**
 * Roster as its own process: `node --import tsx src/main.ts` as `npm start` runs it (minus
 * the web build), or `node <start:prod's flags> dist/main.js` (after `npm run build`).
 * `production`: NODE_ENV=production with what it requires (an https BASE_URL, SMTP_URL=none),
 * as an operator runs start:prod; only for measuring memory, since the seeded cookies are the
 * development ones (no `__Secure-` prefix).
 */
export async function startServer(options: {
  env: Record<string, string>;
  secret: string;
  build?: Build;
  production?: boolean;
  cpuProfileDir?: string | undefined;
}): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const profile = options.cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', options.cpuProfileDir] : [];
  const entry =
    (options.build ?? 'tsx') === 'dist'
      ? [...startProdNodeFlags(), ...profile, 'dist/main.js']
      : ['--import', 'tsx', ...profile, 'src/main.ts'];
  const production = options.production
    ? {
        NODE_ENV: 'production',
        BASE_URL: 'https://roster.bench.invalid',
        TRUSTED_ORIGINS: url,
        SMTP_URL: 'none',
      }
    : {};
  const child = spawn(process.execPath, entry, {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      BASE_URL: url,
      SECRET: options.secret,
      LOG_LEVEL: 'warn',
      BENCH_BASELINE_ROUTE: '1',
      ...BENCH_RATE_LIMITS,
      ...options.env,
      ...production,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const server: RunningServer = {
    url,
    pid: child.pid ?? 0,
    memory: () => memoryOf(child.pid ?? 0),
    cpuMs: () => cpuMsOf(child.pid ?? 0),
    statements: async () =>
      ((await (await fetch(`${url}/api/bench/statements`)).json()) as { statements: number }).statements,
    settled: () => settledAt(url),
    stop: () => stopChild(child, exited),
  };
  try {
    await waitUntilUp(url, child, () => output);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

async function settledAt(url: string): Promise<number> {
  const started = Date.now();
  const deadline = started + 60_000;
  for (;;) {
    const backlog = (await (await fetch(`${url}/api/bench/backlog`)).json()) as {
      events: number;
      outbox: number;
    };
    if (backlog.events === 0 && backlog.outbox === 0) return Date.now() - started;
    if (Date.now() > deadline)
      throw new Error(`the worker did not catch up within 60 s: ${JSON.stringify(backlog)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

// LOG_LEVEL=warn hides the "Roster is running" line, so readiness is the health route.
async function waitUntilUp(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
    try {
      const reply = await fetch(`${url}/api/health`);
      if (reply.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not come up within 60 s:\n${output()}`);
}

async function stopChild(child: ChildProcess, exited: Promise<void>) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

function memoryOf(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
  return { rssMiB: kib('VmRSS') / 1024, peakMiB: kib('VmHWM') / 1024 };
}

// Fields 14 and 15 of /proc/<pid>/stat, counted after the ")" that ends the command name.
function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}
