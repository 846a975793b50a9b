import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/client.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string | null;
  }
}

/**
 * Creating a PGlite database costs seconds (initdb in WASM), so the run migrates one
 * template folder and each test file copies it. With DATABASE_URL set, files create
 * their own PostgreSQL databases instead and no template is needed.
 */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    project.provide('pgliteTemplate', null);
    return;
  }
  const root = mkdtempSync(path.join(tmpdir(), 'roster-template-'));
  const handle = openDatabase({ dataDir: root });
  await handle.migrate();
  await handle.close();
  project.provide('pgliteTemplate', path.join(root, 'pglite'));
  return () => rmSync(root, { recursive: true, force: true });
}
