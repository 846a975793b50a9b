import type { BareResult } from './bare-claim.ts';
import type { LoadResult } from './load.ts';
import { type IdleMemory, SETTLE_MS } from './memory.ts';
import { LARGE_MEMBERS, PAGE_SIZE, type Scale } from './sections.ts';
import type { oversold } from './seed.ts';
import { type Build, buildName } from './server.ts';

type Check = Awaited<ReturnType<typeof oversold>>;
type JoinRow = { clients: number; http: LoadResult; bare: BareResult; check: Check };

export type DriverReport = {
  driver: 'postgres' | 'pglite';
  scale: Scale;
  hot: JoinRow[];
  spread: JoinRow[];
  bareOversold: number;
  /** Absent when only the join sections ran (BENCH_SECTIONS=joins). */
  preview: { roster: LoadResult; bareRoute: LoadResult } | undefined;
  large: { first: LoadResult; deep: LoadResult; search: LoadResult } | undefined;
  memory: {
    /** Both builds, each started on its own and stopped (absent with BENCH_SECTIONS=joins). */
    idle: IdleMemory[] | undefined;
    /** The server the load ran on: idle after its start, and its peak during the hot-org bursts. */
    load: { build: Build; idleMiB: number; peakMiB: number };
  };
};

/** BENCH_SECTIONS=memory: idle memory only. */
export type MemoryReport = { driver: DriverReport['driver']; idle: IdleMemory[] };

const name = { postgres: 'PostgreSQL', pglite: 'PGlite' };
const n = (x: number) => Math.round(x).toLocaleString('en-US');
const ms = (x: number) => (x < 10 ? x.toFixed(1) : Math.round(x).toString());
const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '–');
const fivexx = (r: LoadResult) =>
  Object.entries(r.statuses)
    .filter(([code]) => code.startsWith('5'))
    .reduce((sum, [, count]) => sum + count, 0);

/** Server CPU per request (per join attempt for joins), read from /proc/<pid>/stat. */
const cpu = (r: LoadResult, target: boolean) =>
  r.serverCpuMsPerRequest === undefined
    ? '–'
    : `${r.serverCpuMsPerRequest.toFixed(2)}${target ? ' (≤ 1.5)' : ''}${
        r.statementsPerRequest === undefined ? '' : `; ${r.statementsPerRequest.toFixed(1)} statements`
      }${db(r.databaseCpuMsPerRequest)}`;

/** PostgreSQL's own CPU per request or attempt (PGlite runs inside the server: none apart). */
const db = (ms: number | undefined) =>
  ms !== undefined && ms >= 0.005 ? `; database ${ms.toFixed(2)} ms` : '';

const lag = (r: LoadResult) =>
  r.workerLagMs === undefined ? '' : `; worker done ${(r.workerLagMs / 1000).toFixed(1)} s after`;

function joinRows(section: string, driver: DriverReport['driver'], rows: JoinRow[], target: string) {
  return rows.map(({ clients, http, bare, check }) => {
    const joined = http.statuses['201'] ?? 0;
    const others = Object.entries(http.statuses)
      .filter(([code]) => code !== '201')
      .map(([code, count]) => `${count}×${code}`)
      .join(', ');
    const checks = `${joined} joined${others ? `, ${others}` : ''}; oversold ${check.oversold}, counter≠members ${check.mismatched}, 5xx ${fivexx(http)}, errors ${http.errors}${lag(http)}`;
    return `| ${section} | ${name[driver]} | ${clients} | ${n(http.perSecond)} | ${ms(http.p50)} / ${ms(http.p99)} | ${n(bare.perSecond)} (${bare.claimed} claimed${db(bare.databaseCpuMs)}) | ${ms(bare.p50)} / ${ms(bare.p99)} | **${ratio(http.perSecond, bare.perSecond)}**${target} | ${cpu(http, driver === 'postgres')} | ${checks} |`;
  });
}

function previewRows(
  driver: DriverReport['driver'],
  { roster, bareRoute }: NonNullable<DriverReport['preview']>,
) {
  return [
    `| Invite preview | ${name[driver]} | 50 | ${n(roster.perSecond)} | ${ms(roster.p50)} / ${ms(roster.p99)} | ${n(bareRoute.perSecond)} (bare route) | ${ms(bareRoute.p50)} / ${ms(bareRoute.p99)} | **${ratio(roster.perSecond, bareRoute.perSecond)}** (≥ 0.5) | ${cpu(roster, false)} | 5xx ${fivexx(roster)}, non-200 ${roster.requests - (roster.statuses['200'] ?? 0)} |`,
  ];
}

function largeRows(
  driver: DriverReport['driver'],
  { first, deep, search }: NonNullable<DriverReport['large']>,
) {
  const rows: Array<[string, LoadResult]> = [
    ['first page', first],
    ['page 1,000 (cursor)', deep],
    ['name search ?q=', search],
  ];
  return rows.map(([label, result]) => {
    const vsFirst =
      result === first
        ? '–'
        : `p50 × ${ratio(result.p50, first.p50)} of first page${result === search ? ' (≤ 3)' : ''}`;
    return `| Large org: ${label} | ${name[driver]} | 8 | ${n(result.perSecond)} | ${ms(result.p50)} / ${ms(result.p99)} | – | – | ${vsFirst} | ${cpu(result, false)} | non-200 ${result.requests - (result.statuses['200'] ?? 0)} |`;
  });
}

/** The table printed at the end and pasted into bench/README.md. */
export function markdownTable(reports: DriverReport[], minutes: number, idleStarts: number): string {
  const lines = [
    '| Section | Database | Clients | Roster (per s) | p50 / p99 ms | Baseline (per s) | p50 / p99 ms | Ratio | Server CPU ms and DB statements (worker included) per request | Checks |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of reports) {
    const pg = r.driver === 'postgres';
    lines.push(...joinRows('Hot-org join burst', r.driver, r.hot, pg ? ' (≥ 0.6)' : ''));
    lines.push(...joinRows('Spread joins', r.driver, r.spread, pg ? ' (≥ 0.6)' : ''));
    if (r.preview) lines.push(...previewRows(r.driver, r.preview));
    if (r.large) lines.push(...largeRows(r.driver, r.large));
  }
  const notes = [
    '',
    ...reports.map(
      ({ driver, scale }) =>
        `Joins on ${name[driver]}: ${scale.users.toLocaleString('en-US')} signed-in users per level, fresh organizations and users per level; hot org: one organization with ${scale.hotSeats.toLocaleString('en-US')} seats, so half the attempts are refused (409 NO_SEATS_AVAILABLE); spread: ${scale.spreadOrgs.toLocaleString('en-US')} organizations, two joiners each.${driver === 'pglite' ? " **Scaled down to a quarter** of issue 7's sizes: PGlite runs one statement at a time, and the full size would not fit the ten-minute budget." : ''}`,
    ),
    '"Per s" counts every answered join attempt (201 or 409), on both sides. "Server CPU" is the server process\'s user + system CPU over the run divided by its requests (join attempts for joins), counted until its worker has expanded every event and sent every mail the run left behind ("worker done … after"; the next run starts only then); – where not measured. "Database" is PostgreSQL\'s own CPU (all its processes, from /proc) over the same run, per request or per bare claim; PGlite runs inside the server, so its share is in the server\'s figure.',
    'Baseline: the bare seat-claim transaction (guarded UPDATE + membership INSERT) through `pg` (at most 50 connections) or PGlite in-process, same clients, run in the same bench run.',
    `Large org: ${LARGE_MEMBERS.toLocaleString('en-US')} members, ${PAGE_SIZE} per page, read by the owner.`,
    `Baseline claims oversold: ${reports.map((r) => `${name[r.driver]} ${r.bareOversold}`).join(', ')}.`,
    'Rate limits were raised to 100,000,000 per minute for the run: the real limits (120 previews, 60 joins per address per minute) would answer 429 to a load generator on one address.',
    `Total run time: ${minutes.toFixed(1)} min.`,
  ];
  return [
    ...lines,
    '',
    ...notes.filter(Boolean).map((note) => `- ${note}`),
    '',
    ...memoryLines(
      reports.map((r) => ({ driver: r.driver, idle: r.memory.idle, load: r.memory.load })),
      idleStarts,
    ),
  ].join('\n');
}

const mode = (m: IdleMemory['mode']) => (m === 'production' ? 'NODE_ENV=production' : 'development');

function memoryLines(
  reports: Array<{
    driver: DriverReport['driver'];
    idle: IdleMemory[] | undefined;
    load?: DriverReport['memory']['load'];
  }>,
  starts: number,
): string[] {
  const lines = [
    '| Memory (server RSS) | Database | Build, as run | Idle after start | Peak at start | Peak during the hot-org bursts |',
    '|---|---|---|---:|---:|---:|',
  ];
  for (const r of reports) {
    for (const m of r.idle ?? []) {
      const spread = m.runsMiB.length > 1 ? ` (${m.runsMiB.map(n).join(' / ')})` : '';
      lines.push(
        `| Idle | ${name[r.driver]} | ${buildName[m.build]}, ${mode(m.mode)} | **${n(m.idleMiB)} MiB**${spread} | ${n(m.startPeakMiB)} MiB | – |`,
      );
    }
    if (r.load)
      lines.push(
        `| Under load | ${name[r.driver]} | ${buildName[r.load.build]}, development: the server the sections above ran on | ${n(r.load.idleMiB)} MiB | – | **${n(r.load.peakMiB)} MiB** |`,
      );
  }
  return [
    ...lines,
    '',
    `- Memory: VmRSS (resident) and VmHWM (its high-water mark) of the server process from /proc/<pid>/status, ${SETTLE_MS / 1000} s after it first answered /api/health; idle figures are the median of ${starts} start(s) (each start in brackets when more than one), on a migrated database (the seeded one in a full run), no Stripe, no SMTP, LOG_LEVEL=warn, the worker on. The compiled build runs with the node flags of \`npm run start:prod\` and NODE_ENV=production (SMTP_URL=none, an https BASE_URL); tsx as \`npm start\` runs it (development: readable logs, the dev mailbox).`,
  ];
}

/** The table of BENCH_SECTIONS=memory. */
export function memoryTable(reports: MemoryReport[], run: { starts: number; minutes: number }): string {
  return [...memoryLines(reports, run.starts), `- Total run time: ${run.minutes.toFixed(1)} min.`].join('\n');
}
