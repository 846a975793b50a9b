import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type BenchDatabase, createBenchDatabase, migrate, openSql } from './lib/database.ts';
import { databaseCpuMs } from './lib/database-cpu.ts';
import { type LoadResult, sustained } from './lib/load.ts';
import { type IdleMemory, idleMemory } from './lib/memory.ts';
import { type DriverReport, markdownTable, memoryTable } from './lib/report.ts';
import {
  FULL_SCALE,
  joinBurst,
  largeOrgReads,
  PGLITE_SCALE,
  runBaselines,
  seedJoinLevels,
  seedLarge,
} from './lib/sections.ts';
import { oversold, seedOrgs, seedUsers } from './lib/seed.ts';
import { type Build, buildName, type RunningServer, startServer } from './lib/server.ts';

/**
 * `npm run bench`: every figure next to a baseline measured in the same run, on
 * PostgreSQL (a throwaway database) and on PGlite (a temp folder). See bench/README.md.
 * BENCH_DRIVERS=postgres|pglite limits the drivers; BENCH_CPU_PROF=<dir> profiles the server;
 * for experiments, BENCH_LEVELS=8,32 picks the join concurrencies and BENCH_HOT_SEATS the hot
 * organization's seats (a figure measured with either is not the table's).
 * BENCH_BUILD=dist runs the load on the compiled build (tsx by default).
 */
const drivers = (process.env.BENCH_DRIVERS ?? 'postgres,pglite').split(',') as Array<'postgres' | 'pglite'>;
const PREVIEW_SECONDS = 8;
const READ_SECONDS = 4;
// Only the join sections (for profiling and quick comparisons); the full run is the default.
const joinsOnly = process.env.BENCH_SECTIONS === 'joins';
// Only idle memory: each build started on each driver, read once it settled, stopped; no load.
const memoryOnly = process.env.BENCH_SECTIONS === 'memory';
// The build the load sections run on; the full run and the memory mode measure both idle.
const loadBuild: Build = process.env.BENCH_BUILD === 'dist' ? 'dist' : 'tsx';
const BUILDS: Build[] = ['dist', 'tsx'];
// Starts per build and driver whose idle memory is the median (one in a full run, to save time).
const idleStarts = Number(process.env.BENCH_MEMORY_STARTS ?? (memoryOnly ? 3 : 1));

function log(message: string) {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

type Check = Awaited<ReturnType<typeof oversold>>;

async function benchDriver(driver: 'postgres' | 'pglite'): Promise<DriverReport> {
  const secret = randomBytes(32).toString('hex');
  let database: BenchDatabase | undefined;
  let server: RunningServer | undefined;
  const cleanups: Array<() => Promise<void>> = [];
  const stopOnSignal = () => void Promise.all(cleanups.map((c) => c())).finally(() => process.exit(130));
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    database = await createBenchDatabase(driver);
    const db = database;
    cleanups.push(() => db.drop());
    log(`${driver}: migrating`);
    await migrate(database);

    // Seed and run the bare-claim baselines before the server starts: a PGlite folder
    // must never be open in two processes.
    let sql = openSql(database, 50);
    log(`${driver}: seeding`);
    const scale = driver === 'pglite' ? PGLITE_SCALE : FULL_SCALE;
    const hot = await seedJoinLevels(sql, secret, 'hot', scale);
    const spread = await seedJoinLevels(sql, secret, 'spread', scale);
    // As many joins as a measured burst, half of them refused: with 400 the first burst
    // measured ran on code V8 had not optimised yet, and showed a third more CPU per join
    // than the same burst run later (bench/README.md, 2026-12-02 evening).
    const warm = await seedOrgs(sql, secret, 'warm-org', 1, scale.users / 2);
    const warmUsers = await seedUsers(sql, secret, 'warm-user', scale.users);
    const large = joinsOnly ? undefined : await seedLarge(sql, secret);
    log(`${driver}: bare-claim baselines`);
    const hotBare = await runBaselines(sql, hot);
    const spreadBare = await runBaselines(sql, spread);
    await sql.close();

    // Both builds idle on the seeded database, before the load server has the folder.
    const idle = joinsOnly ? undefined : await idleBoth(database, driver, secret);

    log(`${driver}: starting the server (${buildName[loadBuild]})`);
    server = await startServer({
      env: database.env,
      secret,
      build: loadBuild,
      cpuProfileDir: driver === 'postgres' ? process.env.BENCH_CPU_PROF : undefined,
    });
    const running = server;
    cleanups.unshift(() => running.stop());
    const { url } = server;
    await new Promise((r) => setTimeout(r, 2_000));
    const idleMiB = server.memory().rssMiB;

    const probe = hot[0]!.joins[0]!.user;
    const me = await fetch(`${url}/api/v1/me`, { headers: { cookie: probe.cookie } });
    const meText = await me.text();
    if (me.status !== 200 || !meText.includes(probe.id)) {
      throw new Error(`seeded session cookie refused: GET /api/v1/me → ${me.status} ${meText}`);
    }

    log(`${driver}: warm-up`);
    await joinBurst(url, {
      clients: 8,
      orgs: warm.orgs,
      joins: warmUsers.map((user) => ({ user, org: warm.orgs[0]! })),
      baselineOrgIds: [],
      baselineClaims: [],
    });
    await running.settled();
    const hotHttp: LoadResult[] = [];
    for (const level of hot) {
      log(`${driver}: hot-org burst, ${level.clients} clients`);
      hotHttp.push(await measured(running, driver, () => joinBurst(url, level)));
    }
    const peakMiB = server.memory().peakMiB;
    const spreadHttp: LoadResult[] = [];
    for (const level of spread) {
      log(`${driver}: spread joins, ${level.clients} clients`);
      spreadHttp.push(await measured(running, driver, () => joinBurst(url, level)));
    }

    let preview: DriverReport['preview'];
    let reads: DriverReport['large'];
    if (large) {
      log(`${driver}: invite preview`);
      const previewPath = warm.orgs[0]!.invitePath;
      await sustained(url, previewPath, { connections: 50, seconds: 2 });
      const bareRoute = await measured(running, driver, () =>
        sustained(url, '/api/bench/baseline', { connections: 50, seconds: PREVIEW_SECONDS }),
      );
      const roster = await measured(running, driver, () =>
        sustained(url, previewPath, { connections: 50, seconds: PREVIEW_SECONDS }),
      );
      preview = { roster, bareRoute };
      log(`${driver}: large organization`);
      await checkLargeOrg(url, large.ownerCookie, large.paths);
      reads = await largeOrgReads(url, large, READ_SECONDS);
    }

    await server.stop();
    sql = openSql(database, 2);
    const hotChecks: Check[] = [];
    for (const level of hot)
      hotChecks.push(
        await oversold(
          sql,
          level.orgs.map((o) => o.id),
        ),
      );
    const spreadChecks: Check[] = [];
    for (const level of spread)
      spreadChecks.push(
        await oversold(
          sql,
          level.orgs.map((o) => o.id),
        ),
      );
    const bareChecks = [];
    for (const level of [...hot, ...spread]) bareChecks.push(await oversold(sql, level.baselineOrgIds));
    await sql.close();

    return {
      driver,
      scale,
      hot: hot.map((l, i) => ({
        clients: l.clients,
        http: hotHttp[i]!,
        bare: hotBare[i]!,
        check: hotChecks[i]!,
      })),
      spread: spread.map((l, i) => ({
        clients: l.clients,
        http: spreadHttp[i]!,
        bare: spreadBare[i]!,
        check: spreadChecks[i]!,
      })),
      bareOversold: bareChecks.reduce((n, c) => n + c.oversold + c.mismatched, 0),
      preview,
      large: reads,
      memory: { idle, load: { build: loadBuild, idleMiB, peakMiB } },
    };
  } finally {
    for (const cleanup of cleanups) await cleanup().catch((error) => log(`cleanup failed: ${error}`));
    process.removeListener('SIGINT', stopOnSignal);
    process.removeListener('SIGTERM', stopOnSignal);
  }
}

/** Idle memory of both builds on this database (each started, read after it settled, stopped). */
async function idleBoth(database: BenchDatabase, driver: string, secret: string): Promise<IdleMemory[]> {
  const idle: IdleMemory[] = [];
  for (const build of BUILDS) {
    log(`${driver}: idle memory, ${buildName[build]}, ${idleStarts} start(s)`);
    idle.push(await idleMemory(database, build, secret, idleStarts));
  }
  return idle;
}

/** BENCH_SECTIONS=memory: a migrated, empty database per driver; idle memory only. */
async function memoryDriver(driver: 'postgres' | 'pglite') {
  const database = await createBenchDatabase(driver);
  const stopOnSignal = () => void database.drop().finally(() => process.exit(130));
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    log(`${driver}: migrating`);
    await migrate(database);
    return { driver, idle: await idleBoth(database, driver, randomBytes(32).toString('hex')) };
  } finally {
    await database.drop().catch((error) => log(`cleanup failed: ${error}`));
    process.removeListener('SIGINT', stopOnSignal);
    process.removeListener('SIGTERM', stopOnSignal);
  }
}

/** The burst's result plus the server's CPU milliseconds per request (steadier than rates on a shared machine). */
async function measured(
  server: RunningServer,
  driver: 'postgres' | 'pglite',
  run: () => Promise<LoadResult>,
): Promise<LoadResult> {
  const before = server.cpuMs();
  const statementsBefore = await server.statements();
  const databaseBefore = databaseCpuMs();
  const result = await run();
  // The burst's own cost includes what its worker does after it (expansion, mail): counted
  // until the backlog is gone, so it neither escapes the figure nor spills into the next burst.
  const workerLagMs = await server.settled();
  const cpuMs = server.cpuMs() - before;
  const databaseMs = databaseCpuMs() - databaseBefore;
  const statements = (await server.statements()) - statementsBefore;
  return {
    ...result,
    serverCpuMsPerRequest: cpuMs / result.requests,
    statementsPerRequest: statements / result.requests,
    workerLagMs,
    ...(driver === 'postgres' && { databaseCpuMsPerRequest: databaseMs / result.requests }),
  };
}

async function checkLargeOrg(url: string, cookie: string, paths: Record<string, string>) {
  for (const [name, path] of Object.entries(paths)) {
    const reply = await fetch(`${url}${path}`, { headers: { cookie } });
    const body = (await reply.json()) as { members?: unknown[] };
    if (reply.status !== 200 || !body.members?.length) {
      throw new Error(`large organization, ${name}: ${reply.status} ${JSON.stringify(body).slice(0, 200)}`);
    }
  }
}

async function main() {
  const started = Date.now();
  if (!joinsOnly || loadBuild === 'dist') {
    // dist/ must be the code of this checkout: build it (vite and esbuild, a few seconds).
    log('npm run build');
    execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  let reports: unknown[];
  let table: string;
  if (memoryOnly) {
    const memory = [];
    for (const driver of drivers) memory.push(await memoryDriver(driver));
    reports = memory;
    table = memoryTable(memory, { starts: idleStarts, minutes: (Date.now() - started) / 60_000 });
  } else {
    const full: DriverReport[] = [];
    for (const driver of drivers) full.push(await benchDriver(driver));
    reports = full;
    table = markdownTable(full, (Date.now() - started) / 60_000, idleStarts);
  }
  const minutes = (Date.now() - started) / 60_000;
  process.stdout.write(`${table}\n`);
  const folder = fileURLToPath(new URL('./results', import.meta.url));
  mkdirSync(folder, { recursive: true });
  const file = `${folder}/bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  writeFileSync(
    file,
    `${JSON.stringify({ at: new Date().toISOString(), minutes, reports, table }, null, 2)}\n`,
  );
  log(`wrote ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
