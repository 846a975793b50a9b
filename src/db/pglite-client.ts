import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import {
  countOn,
  type Database,
  type DatabaseHandle,
  type OnQuery,
  type Queryable,
  schema,
} from './client.ts';
import { lockDataFolder } from './data-folder-lock.ts';
import { migrationsFolder } from './migrations-folder.ts';

/**
 * PGlite's own start parameters plus a smaller buffer cache. initdb's 128 MB of
 * shared_buffers are written through at start inside the WASM memory, so they were resident
 * from the first second (an idle server at about 370 MiB); 32 MB holds an embedded
 * deployment's hot rows, and a page outside it is a read from the OS's file cache (decision 0029).
 */
const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];

/** The embedded database in `dataDir/pglite`, imported by openDatabase only when there is no DATABASE_URL. */
export function openPglite(dataDir: string, onQuery?: OnQuery): DatabaseHandle {
  // Before PGlite touches the folder: a second process must not open it at all.
  const lock = lockDataFolder(dataDir);
  const folder = path.join(dataDir, 'pglite');
  mkdirSync(folder, { recursive: true });
  // pg_trgm backs the member-search indexes (migration 0007); it must be loaded on every open.
  const client = new PGlite(folder, { extensions: { pg_trgm }, startParams: PGLITE_START_PARAMS });
  if (onQuery) {
    countOn(client as unknown as Queryable, onQuery);
    // PGlite runs BEGIN and COMMIT itself, outside `query`: count them here.
    const transaction = client.transaction.bind(client);
    client.transaction = async (callback) => {
      onQuery('BEGIN');
      try {
        const result = await transaction((tx) =>
          callback(countOn(tx as unknown as Queryable, onQuery) as never),
        );
        onQuery('COMMIT');
        return result;
      } catch (error) {
        onQuery('ROLLBACK');
        throw error;
      }
    };
  }
  const db = drizzlePglite({ client, schema });
  return {
    db: db as unknown as Database,
    driver: 'pglite',
    migrate: () => migratePglite(db, { migrationsFolder }),
    listen: (channel, onMessage) => client.listen(channel, onMessage),
    async close() {
      await client.close();
      lock.release();
    },
  };
}
