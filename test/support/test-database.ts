import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../src/db/client.ts';
import { adminQuery, adminUrl, databaseUrlFor } from './postgres-admin.ts';

export { adminUrl, databaseUrlFor };

export type TestDatabase = {
  driver: 'pglite' | 'postgres';
  /** Environment that points a Roster process (or loadConfig) at this database. */
  env: { DATA_DIR: string; DATABASE_URL?: string };
  drop(): Promise<void>;
};

/** A database of its own for one test file: a copy of the run's migrated template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'roster-test-'));
  if (!adminUrl) {
    const template = inject('pgliteTemplate');
    if (!template) throw new Error('global setup did not prepare a PGlite template');
    cpSync(template, path.join(dataDir, 'pglite'), { recursive: true });
    return {
      driver: 'pglite',
      env: { DATA_DIR: dataDir },
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `roster_test_${randomBytes(6).toString('hex')}`;
  // A copy of the run's migrated template (global-setup.ts); opening still checks migrations.
  const template = inject('postgresTemplate');
  await adminQuery(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
  return {
    driver: 'postgres',
    env: { DATA_DIR: dataDir, DATABASE_URL: databaseUrlFor(name) },
    async drop() {
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * For a file that drives use cases straight on the database, without a server: its own
 * migrated database, opened in beforeAll and dropped in afterAll, with every statement it
 * sends recorded in `statements` (a test empties it before the part it counts).
 */
export function countedDatabase(): { readonly handle: DatabaseHandle; statements: string[] } {
  let testDatabase: TestDatabase | undefined;
  let handle: DatabaseHandle | undefined;
  const counted = {
    get handle() {
      if (!handle) throw new Error('countedDatabase: the database opens in beforeAll');
      return handle;
    },
    statements: [] as string[],
  };
  beforeAll(async () => {
    testDatabase = await createTestDatabase();
    handle = await openDatabase({
      databaseUrl: testDatabase.env.DATABASE_URL,
      dataDir: testDatabase.env.DATA_DIR,
      poolSize: 2,
      onQuery: (text) => counted.statements.push(text),
    });
    await handle.migrate();
  });
  afterAll(async () => {
    await handle?.close();
    await testDatabase?.drop();
  });
  return counted;
}
