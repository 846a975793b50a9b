import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { migrationsFolder } from './migrations-folder.ts';
import * as authTables from './schema/auth.ts';
import * as billingTables from './schema/billing.ts';
import { inviteLinkActivity } from './schema/link-insights.ts';
import * as notificationTables from './schema/notifications.ts';
import * as organizationTables from './schema/organizations.ts';
import * as rateLimitTables from './schema/rate-limits.ts';
import * as subscriptionTables from './schema/subscriptions.ts';
import * as userImageTables from './schema/user-images.ts';

export const schema = {
  ...authTables,
  ...organizationTables,
  ...notificationTables,
  ...billingTables,
  ...subscriptionTables,
  ...rateLimitTables,
  ...userImageTables,
  inviteLinkActivity,
};

/** One type for both drivers; a transaction handle satisfies it too. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseHandle = {
  db: Database;
  driver: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  /** LISTEN on a channel; messages arrive only after the notifying transaction commits. */
  listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
};

// Any 64-bit number unique to Roster: serialises migrations of instances sharing a server.
const MIGRATION_LOCK = 7_215_301_044;

/**
 * PostgreSQL when a URL is given, else the embedded PGlite database in `dataDir/pglite`.
 * PGlite is a single connection, so a folder must never be opened by two processes:
 * the second one is refused (DataFolderInUseError) while the first is alive.
 */
export async function openDatabase(options: {
  databaseUrl?: string | undefined;
  dataDir: string;
  poolSize?: number;
  /**
   * Called with the text of every statement sent to the database (BEGIN and COMMIT
   * included): a round-trip counter for tests and the bench. Off unless given.
   */
  onQuery?: OnQuery;
}): Promise<DatabaseHandle> {
  // PGlite (its 370 kB module, the WASM glue, the folder lock's native addon) loads only
  // for the embedded database: a server on PostgreSQL never imports it (decision 0029).
  const handle = options.databaseUrl
    ? openPostgres(options.databaseUrl, options.poolSize ?? 10, options.onQuery)
    : (await import('./pglite-client.ts')).openPglite(options.dataDir, options.onQuery);
  drivers.set(handle.db, handle.driver);
  return handle;
}

export type OnQuery = (text: string) => void;

const drivers = new WeakMap<object, DatabaseHandle['driver']>();

/** Which driver a database handle (not a transaction) runs on; undefined if not ours. */
export function driverOf(db: Database): DatabaseHandle['driver'] | undefined {
  return drivers.get(db);
}

export type Queryable = { query: (...args: never[]) => unknown; exec?: (...args: never[]) => unknown };

/** Wraps `query` (and `exec`) of a driver client so each statement is reported first. */
export function countOn<T extends Queryable>(client: T, onQuery: OnQuery): T {
  for (const method of ['query', 'exec'] as const) {
    const original = client[method] as ((...args: unknown[]) => unknown) | undefined;
    if (!original) continue;
    Object.assign(client, {
      [method]: (...args: unknown[]) => {
        const first = args[0] as string | { text?: string } | undefined;
        onQuery(typeof first === 'string' ? first : (first?.text ?? ''));
        return original.apply(client, args);
      },
    });
  }
  return client;
}

function openPostgres(url: string, poolSize: number, onQuery?: OnQuery): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  if (onQuery) pool.on('connect', (client) => void countOn(client as unknown as Queryable, onQuery));
  // A server restart sends "terminating connection" to every client. The pool listens only
  // to idle ones; a client checked out between two statements of a transaction would emit
  // an unhandled 'error' and take the process down. Its pending query fails (503) anyway.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = drizzleNodePg({ client: pool, schema });
  return {
    db: db as unknown as Database,
    driver: 'postgres',
    async migrate() {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
        await migrateNodePg(drizzleNodePg({ client, schema }), { migrationsFolder });
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
        client.release();
      }
    },
    listen: (channel, onMessage) => listenPostgres(url, channel, onMessage),
    close: () => pool.end(),
  };
}

/**
 * A connection of its own for LISTEN (a pooled one would be handed to other queries).
 * If the server goes away it reconnects with backoff; messages sent meanwhile are lost,
 * so listeners treat a message as "something changed, look again", never as the data.
 */
async function listenPostgres(url: string, channel: string, onMessage: (payload: string) => void) {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`bad channel name ${channel}`);
  let client: pg.Client | undefined;
  let stopped = false;
  let delay = 250;
  const connect = async (): Promise<void> => {
    if (stopped) return;
    const next = new pg.Client({ connectionString: url });
    let gone = false;
    // Called on 'end' and on a failed connect, whichever comes first, exactly once.
    const onGone = () => {
      if (gone || stopped) return;
      gone = true;
      setTimeout(() => void connect().catch(() => {}), delay);
      delay = Math.min(delay * 2, 5_000);
    };
    next.on('notification', (message) => onMessage(message.payload ?? ''));
    next.on('error', () => {});
    next.on('end', onGone);
    try {
      await next.connect();
      await next.query(`LISTEN ${channel}`);
    } catch (error) {
      onGone();
      throw error;
    }
    delay = 250;
    client = next;
  };
  try {
    await connect();
  } catch (error) {
    stopped = true; // the caller hears of it; no retries in the background
    throw error;
  }
  return async () => {
    stopped = true;
    await client?.end().catch(() => {});
  };
}
