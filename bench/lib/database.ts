import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import { openDatabase } from '../../src/db/client.ts';

/** The few things the bench asks of a database, the same for `pg` and PGlite. */
export type Sql = {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
};

/** A throwaway database: a fresh PostgreSQL database or a PGlite folder, removed by drop(). */
export type BenchDatabase = {
  driver: 'postgres' | 'pglite';
  /** Environment that points the server at it. */
  env: Record<string, string>;
  dataDir: string;
  url?: string;
  drop(): Promise<void>;
};

export const defaultAdminUrl = 'postgres://postgres@127.0.0.1:5432/postgres';

export async function createBenchDatabase(driver: 'postgres' | 'pglite'): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'roster-bench-'));
  if (driver === 'pglite') {
    return {
      driver,
      env: { DATA_DIR: dataDir },
      dataDir,
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const adminUrl = process.env.DATABASE_URL || defaultAdminUrl;
  const name = `roster_bench_${randomBytes(5).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    driver,
    env: { DATA_DIR: dataDir, DATABASE_URL: url.toString() },
    dataDir,
    url: url.toString(),
    async drop() {
      rmSync(dataDir, { recursive: true, force: true });
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Applies Roster's migrations with its own migrator, as the server would at start. */
export async function migrate(database: BenchDatabase): Promise<void> {
  const handle = await openDatabase({ databaseUrl: database.url, dataDir: database.dataDir, poolSize: 1 });
  try {
    await handle.migrate();
  } finally {
    await handle.close();
  }
}

/** Opens the database from the bench process. PGlite: only while no server has the folder. */
export function openSql(database: BenchDatabase, poolSize = 8): Sql & { pool?: pg.Pool; pglite?: PGlite } {
  if (database.url) {
    const pool = new pg.Pool({ connectionString: database.url, max: poolSize });
    return {
      pool,
      query: async (text, params) => (await pool.query(text, params)).rows,
      close: () => pool.end(),
    };
  }
  // With the member-search indexes, writes to "user" need pg_trgm loaded (as src/db/client.ts).
  const pglite = new PGlite(path.join(database.dataDir, 'pglite'), { extensions: { pg_trgm } });
  return {
    pglite,
    query: async <T>(text: string, params?: unknown[]) => (await pglite.query<T>(text, params)).rows,
    close: () => pglite.close(),
  };
}
