import { type BareResult, bareClaims, type Claim } from './bare-claim.ts';
import type { Sql } from './database.ts';
import { burst, type LoadResult, sustained } from './load.ts';
import { type BenchOrg, type BenchUser, cursorAfter, seedLargeOrg, seedOrgs, seedUsers } from './seed.ts';

export const CONCURRENCY = (process.env.BENCH_LEVELS?.split(',').map(Number) ?? [
  8, 32, 128,
]) as readonly number[];
export const SPREAD_SEATS = 10;

/** Sizes of the join sections: as issue 7 asks on PostgreSQL, a quarter of it on PGlite. */
export type Scale = { users: number; hotSeats: number; spreadOrgs: number };
export const FULL_SCALE: Scale = {
  users: 2_000,
  hotSeats: Number(process.env.BENCH_HOT_SEATS ?? 1_000),
  spreadOrgs: 1_000,
};
// PGlite runs every statement of the process one at a time (about 20 joins/s here), so the
// full size would take about nine minutes of the ten the whole run may use.
export const PGLITE_SCALE: Scale = { users: 500, hotSeats: 250, spreadOrgs: 250 };
export const LARGE_MEMBERS = 100_000;
export const PAGE_SIZE = 50;
export const DEEP_PAGE = 1_000;

/** One join burst: who joins which organization, over HTTP and as bare claims. */
export type JoinLevel = {
  clients: number;
  orgs: BenchOrg[];
  joins: Array<{ user: BenchUser; org: BenchOrg }>;
  baselineOrgIds: string[];
  baselineClaims: Claim[];
};

/**
 * Fresh organizations and users for every concurrency level (otherwise the joiners would
 * already be members, or already hold Plus); the baseline gets its own twins of both.
 */
export async function seedJoinLevels(
  sql: Sql,
  secret: string,
  kind: 'hot' | 'spread',
  scale: Scale,
): Promise<JoinLevel[]> {
  const orgCount = kind === 'hot' ? 1 : scale.spreadOrgs;
  const seats = kind === 'hot' ? scale.hotSeats : SPREAD_SEATS;
  const levels: JoinLevel[] = [];
  for (const [index, clients] of CONCURRENCY.entries()) {
    const tag = `${kind}${index}-${clients}`;
    const { orgs } = await seedOrgs(sql, secret, `${tag}-org`, orgCount, seats);
    const users = await seedUsers(sql, secret, `${tag}-user`, scale.users);
    const { orgs: baseOrgs } = await seedOrgs(sql, secret, `${tag}-bare-org`, orgCount, seats);
    const baseUsers = await seedUsers(sql, secret, `${tag}-bare-user`, scale.users, { sessions: false });
    levels.push({
      clients,
      orgs,
      joins: users.map((user, i) => ({ user, org: orgs[i % orgs.length]! })),
      baselineOrgIds: baseOrgs.map((o) => o.id),
      baselineClaims: baseUsers.map((u, i) => ({
        organizationId: baseOrgs[i % baseOrgs.length]!.id,
        userId: u.id,
      })),
    });
  }
  return levels;
}

export async function runBaselines(
  db: Parameters<typeof bareClaims>[0],
  levels: JoinLevel[],
): Promise<BareResult[]> {
  const results: BareResult[] = [];
  for (const level of levels) results.push(await bareClaims(db, level.baselineClaims, level.clients));
  return results;
}

export function joinBurst(url: string, level: JoinLevel): Promise<LoadResult> {
  return burst(url, level.clients, level.joins, ({ user, org }) => ({
    method: 'POST',
    path: `${org.invitePath}/join`,
    // A browser sends Origin on a POST; Roster refuses signed-in writes without it (CSRF).
    headers: { cookie: user.cookie, origin: url },
  }));
}

export type LargeOrg = {
  ownerCookie: string;
  paths: { first: string; deep: string; search: string };
};

export async function seedLarge(sql: Sql, secret: string): Promise<LargeOrg> {
  const { org, owner } = await seedLargeOrg(sql, secret, LARGE_MEMBERS);
  const base = `/api/v1/organizations/${org.id}/members?limit=${PAGE_SIZE}`;
  // Page 1,000 starts after (1,000 − 1) × 50 rows; the cursor is what page 999 hands out.
  const cursor = await cursorAfter(sql, org.id, (DEEP_PAGE - 1) * PAGE_SIZE);
  return {
    ownerCookie: owner.cookie,
    paths: { first: base, deep: `${base}&cursor=${cursor}`, search: `${base}&q=zebra` },
  };
}

export async function largeOrgReads(url: string, large: LargeOrg, seconds: number) {
  const headers = { cookie: large.ownerCookie };
  const read = (path: string) => sustained(url, path, { connections: 8, seconds, headers });
  return {
    first: await read(large.paths.first),
    deep: await read(large.paths.deep),
    search: await read(large.paths.search),
  };
}
