import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';

export type TestDatabase = {
  driver: 'pglite' | 'postgres';
  /** Environment that points a Roster process (or loadConfig) at this database. */
  env: { DATA_DIR: string; DATABASE_URL?: string };
  drop(): Promise<void>;
};

/** The PostgreSQL server tests may create databases on; set for the second CI pass. */
export const adminUrl = process.env.DATABASE_URL;

export function databaseUrlFor(name: string): string {
  const url = new URL(adminUrl!);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A database of its own for one test file: a copy of the PGlite template, or a new PG database. */
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
  await adminQuery(`CREATE DATABASE ${name}`);
  return {
    driver: 'postgres',
    env: { DATA_DIR: dataDir, DATABASE_URL: databaseUrlFor(name) },
    async drop() {
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
