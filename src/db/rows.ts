import { DrizzleQueryError, getTableColumns, type SQL, type Table } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { Database } from './client.ts';

/** Raw SQL for the rare query the builder cannot say; both drivers answer with `{ rows }`. */
export async function rows<T>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

const dialect = new PgDialect();

type Queryable = { query(config: pg.QueryConfig): Promise<pg.QueryResult> };

/**
 * The `pg` pool or connection behind a Drizzle handle (a transaction's is its connection);
 * undefined on PGlite, or if Drizzle ever keeps it elsewhere, and then `preparedRows` falls
 * back to `rows`.
 */
function pgClientOf(db: Database): Queryable | undefined {
  const client = (db as unknown as { session?: { client?: unknown } }).session?.client;
  return client instanceof pg.Pool || client instanceof pg.Client ? (client as Queryable) : undefined;
}

/**
 * A hot statement that PostgreSQL plans once per connection instead of on every call: sent
 * under `name`, so `pg` prepares it the first time a connection runs it. The join's statement
 * took twice as long to plan as to run. `name` must belong to one statement text only (the
 * variable parts go in parameters). On PGlite it runs as `rows` does.
 */
export async function preparedRows<T>(db: Database, name: string, query: SQL): Promise<T[]> {
  const client = pgClientOf(db);
  if (!client) return rows(db, query);
  const { sql: text, params } = dialect.sqlToQuery(query);
  try {
    const result = await client.query({ name, text, values: params as unknown[] });
    return result.rows as T[];
  } catch (error) {
    // Wrapped as Drizzle wraps its own: the log shows the statement (its parameters
    // redacted, src/server/redact.ts) and callers find the driver's error as its cause.
    throw new DrizzleQueryError(text, params, error as Error);
  }
}

/**
 * A table's row sent as `row_to_json(…)` inside a larger statement, read back as the query
 * builder would read it: every column of the table's schema by its key, through the
 * column's own driver mapping (dates, arrays), so a column added later comes along.
 */
export function fromJsonRow<T extends Table>(table: T, json: Record<string, unknown>): T['$inferSelect'] {
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = json[column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as T['$inferSelect'];
}
