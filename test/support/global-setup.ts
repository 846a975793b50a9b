import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/client.ts';
import { adminQuery, databaseUrlFor } from './postgres-admin.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string | null;
    postgresTemplate: string | null;
  }
}

/**
 * Applying every migration to a new database costs seconds (on PGlite initdb in WASM comes
 * first), so the run migrates one template — a PGlite folder, or a PostgreSQL database —
 * and each test file copies it. Migrations still run from nothing once per run, here.
 */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    const name = `roster_template_${randomBytes(6).toString('hex')}`;
    await adminQuery(`CREATE DATABASE ${name}`);
    const handle = await openDatabase({ databaseUrl: databaseUrlFor(name), dataDir: tmpdir(), poolSize: 1 });
    await handle.migrate();
    // A template copies only while nobody is connected to it.
    await handle.close();
    project.provide('pgliteTemplate', null);
    project.provide('postgresTemplate', name);
    return () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  const root = mkdtempSync(path.join(tmpdir(), 'roster-template-'));
  const handle = await openDatabase({ dataDir: root });
  await handle.migrate();
  await handle.close();
  project.provide('pgliteTemplate', path.join(root, 'pglite'));
  project.provide('postgresTemplate', null);
  return () => rmSync(root, { recursive: true, force: true });
}
