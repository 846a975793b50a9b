import pg from 'pg';
import type { Database } from './client.ts';

export type PoolUse = { max: number; total: number; idle: number; waiting: number };

/**
 * How busy the `pg` pool behind a handle is, read when metrics are scraped; undefined on
 * PGlite (one connection, no pool).
 */
export function poolUse(db: Database): PoolUse | undefined {
  const pool = (db as unknown as { session?: { client?: unknown } }).session?.client;
  if (!(pool instanceof pg.Pool)) return undefined;
  return {
    max: pool.options.max ?? 10,
    total: pool.totalCount,
    idle: pool.idleCount,
    waiting: pool.waitingCount,
  };
}
