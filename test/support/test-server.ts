import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../src/config/load-config.ts';
import type { DatabaseHandle } from '../../src/db/client.ts';
import type { startWorker } from '../../src/worker/start-worker.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

/**
 * ROSTER_COMPILED=1 (CI's PostgreSQL pass, after `npm run build`): the servers of the tests
 * run the compiled modules of dist/, the ones `npm run start:prod` loads, instead of src/.
 */
export const compiledServer = process.env.ROSTER_COMPILED === '1';
const {
  loadConfig,
  openDatabase,
  buildApp,
  startWorker: startWorkerOf,
} = (await import(
  compiledServer ? '../../dist/compiled-api.js' : '../../src/compiled-api.ts'
)) as typeof import('../../src/compiled-api.ts');

export const TEST_API_KEY = 'test-operator-key-0123456789abcdef';

export type TestServer = {
  url: string;
  config: Config;
  app: FastifyInstance;
  database: DatabaseHandle;
  testDatabase: TestDatabase;
  /** The outbox worker running in the server's process, as `npm start` runs it; null if off. */
  worker: Awaited<ReturnType<typeof startWorker>> | null;
  /** Stops the server and closes the database, then opens both again on the same data. */
  restart(): Promise<void>;
  close(): Promise<void>;
};

// The servers of this worker process by URL, so helpers given only a base URL (seedUser)
// can reach the server's database.
const running = new Map<string, TestServer>();

/** The in-process test server answering at `url`. */
export function testServerAt(url: string): TestServer {
  const server = running.get(url);
  if (!server) throw new Error(`no test server of this process answers at ${url}`);
  return server;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/**
 * The real Roster server on a real port, with its own database. Rate limits are set high
 * unless a test asks otherwise, so that bursts from 127.0.0.1 test the domain, not the limiter.
 */
export async function startTestServer(
  env: Record<string, string> = {},
  // `logStream`: where the server's log lines go (set LOG_LEVEL too; tests are silent by default).
  options: { logStream?: { write(line: string): void } } = {},
): Promise<TestServer> {
  const testDatabase = await createTestDatabase();
  // A test may choose the port, to name it in settings (TRUSTED_ORIGINS) next to a public BASE_URL.
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: String(port),
    HOST: '127.0.0.1',
    BASE_URL: `http://127.0.0.1:${port}`,
    SECRET: randomBytes(32).toString('hex'),
    ROSTER_API_KEY: TEST_API_KEY,
    RATE_LIMIT_PREVIEW_PER_MINUTE: '100000',
    RATE_LIMIT_JOIN_PER_MINUTE: '100000',
    RATE_LIMIT_JOIN_PER_USER_PER_MINUTE: '100000',
    RATE_LIMIT_AUTH_PER_MINUTE: '100000',
    RATE_LIMIT_BAD_TOKENS: '100000',
    RATE_LIMIT_WRONG_PASSWORDS: '100000',
    RATE_LIMIT_ACCOUNT_MAILS: '100000',
    RATE_LIMIT_ACCOUNT_MAILS_PER_CLIENT: '100000',
    // Deliver quickly and retry soon, so outage tests take seconds rather than minutes.
    OUTBOX_POLL_MS: '100',
    OUTBOX_RETRY_BASE_MS: '100',
    OUTBOX_RETRY_MAX_MS: '1000',
    ...testDatabase.env,
    ...env,
  });

  const open = async () => {
    const database = await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      poolSize: 20,
    });
    await database.migrate();
    const app = await buildApp({
      config,
      db: database.db,
      listen: database.listen,
      ...(options.logStream && { logStream: options.logStream }),
    });
    await app.listen({ port, host: '127.0.0.1' });
    const worker = config.worker.run ? await startWorkerOf({ db: database.db, config }) : null;
    return { app, database, worker };
  };

  let current = await open();
  const stop = async () => {
    await current.app.close();
    await current.worker?.stop();
    await current.database.close();
  };
  const server: TestServer = {
    // Where tests connect: the local port, also when BASE_URL names a public https origin.
    url: `http://127.0.0.1:${port}`,
    config,
    app: current.app,
    database: current.database,
    testDatabase,
    worker: current.worker,
    async restart() {
      await stop();
      current = await open();
      server.app = current.app;
      server.database = current.database;
      server.worker = current.worker;
    },
    async close() {
      running.delete(server.url);
      await stop();
      await testDatabase.drop();
    },
  };
  running.set(server.url, server);
  return server;
}

/**
 * A second Roster instance on the same database, as in a deployment with two servers:
 * on PostgreSQL it opens its own pool and LISTEN connection; PGlite belongs to one
 * process, so there the second instance shares the first one's handle.
 */
export async function startSecondInstance(
  first: TestServer,
  // `worker`: this instance delivers the outbox and expands events too, as `npm start` does.
  options: { worker?: boolean } = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const port = await freePort();
  const config = { ...first.config, port, baseUrl: `http://127.0.0.1:${port}` };
  const database =
    first.database.driver === 'postgres'
      ? await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 5 })
      : null;
  const handle = database ?? first.database;
  const app = await buildApp({ config, db: handle.db, listen: handle.listen });
  await app.listen({ port, host: '127.0.0.1' });
  const worker = options.worker ? await startWorkerOf({ db: handle.db, config }) : null;
  return {
    url: config.baseUrl,
    async close() {
      await app.close();
      await worker?.stop();
      await database?.close();
    },
  };
}
