import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import { type Database, driverOf } from './client.ts';

/** Raw SQL for the rare query the builder cannot say; both drivers answer with `{ rows }`. */
export async function rows<T>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

const dialect = new PgDialect();

/**
 * A hot statement that PostgreSQL plans once per connection instead of on every call: sent
 * under `name`, so `pg` prepares it the first time a connection runs it. The join's statement
 * took twice as long to plan as to run. `name` must belong to one statement text only. On
 * PGlite, and on a transaction's handle, it runs as `rows` does.
 */
export async function preparedRows<T>(db: Database, name: string, query: SQL): Promise<T[]> {
  if (driverOf(db) !== 'postgres') return rows(db, query);
  const { sql: text, params } = dialect.sqlToQuery(query);
  const pool = (db as unknown as { $client: pg.Pool }).$client;
  const result = await pool.query({ name, text, values: params as unknown[] });
  return result.rows as T[];
}
