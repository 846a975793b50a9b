import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../../src/config/load-config.ts';
import { openDatabase } from '../../../src/db/client.ts';
import { buildApp } from '../../../src/server/app.ts';
import { openApiToTypes } from './openapi-to-types.ts';

/**
 * Builds Roster's server as tests do (no Stripe, no identity provider, operator API on),
 * reads its OpenAPI document without listening or migrating, and writes src/schema.d.ts.
 */
const dataDir = mkdtempSync(path.join(tmpdir(), 'roster-client-'));
try {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    SECRET: 'x'.repeat(32),
    ROSTER_API_KEY: 'generate-the-client-0123456789',
  });
  const database = await openDatabase({ databaseUrl: undefined, dataDir: config.dataDir });
  const app = await buildApp({ config, db: database.db, payments: null });
  await app.ready();
  const types = await openApiToTypes(app.swagger());
  await app.close();
  await database.close();
  writeFileSync(fileURLToPath(new URL('../src/schema.d.ts', import.meta.url)), types);
  console.info('packages/client/src/schema.d.ts written');
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
