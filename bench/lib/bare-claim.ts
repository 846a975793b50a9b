import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { databaseCpuMs } from './database-cpu.ts';

export type Claim = { organizationId: string; userId: string };
export type BareResult = {
  attempts: number;
  claimed: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** PostgreSQL's CPU per attempt (all its processes); undefined on PGlite. */
  databaseCpuMs?: number;
};

const CLAIM = `UPDATE organization SET seats_used = seats_used + 1
  WHERE id = $1 AND seats_used < seats RETURNING id`;
const INSERT = `INSERT INTO membership (organization_id, user_id, role, seat) VALUES ($1, $2, 'member', 'plus')`;

/**
 * The floor under any join: the guarded seat claim and the membership insert in one
 * transaction, nothing else, `concurrency` at a time. Through `pg` on PostgreSQL, through
 * PGlite in-process for the embedded database.
 */
export async function bareClaims(
  db: { pool?: pg.Pool | undefined; pglite?: PGlite | undefined },
  claims: Claim[],
  concurrency: number,
): Promise<BareResult> {
  const run = db.pool ? claimWithPg(db.pool) : claimWithPglite(db.pglite!);
  const latencies: number[] = [];
  let next = 0;
  let claimed = 0;
  const databaseBefore = db.pool ? databaseCpuMs() : 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let claim = claims[next++]; claim; claim = claims[next++]) {
        const t0 = performance.now();
        if (await run(claim)) claimed += 1;
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const databaseMs = db.pool ? databaseCpuMs() - databaseBefore : undefined;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    attempts: claims.length,
    claimed,
    perSecond: claims.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
    ...(databaseMs !== undefined && { databaseCpuMs: databaseMs / claims.length }),
  };
}

function claimWithPg(pool: pg.Pool) {
  return async ({ organizationId, userId }: Claim): Promise<boolean> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const { rowCount } = await client.query(CLAIM, [organizationId]);
      if (!rowCount) {
        await client.query('ROLLBACK');
        return false;
      }
      await client.query(INSERT, [organizationId, userId]);
      await client.query('COMMIT');
      return true;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };
}

function claimWithPglite(pglite: PGlite) {
  return ({ organizationId, userId }: Claim): Promise<boolean> =>
    pglite.transaction(async (tx) => {
      const { rows } = await tx.query(CLAIM, [organizationId]);
      if (rows.length === 0) {
        await tx.rollback();
        return false;
      }
      await tx.query(INSERT, [organizationId, userId]);
      return true;
    });
}
