import { ConfigError, loadConfig } from '../config/load-config.ts';
import { openDatabase } from '../db/client.ts';
import { startWorker } from './start-worker.ts';

/** `npm run worker`: deliver the outbox without serving HTTP (run beside RUN_WORKER=false servers). */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.databaseUrl) {
    throw new ConfigError(
      'Invalid configuration: DATABASE_URL is required for a separate worker (the embedded database belongs to one process; the server runs the worker itself)',
    );
  }
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: 4,
  });
  await database.migrate();
  const worker = await startWorker({
    db: database.db,
    listen: database.listen,
    config,
    log: (message, details) => console.warn(message, JSON.stringify(details)),
  });
  console.info('Roster worker is delivering the outbox');
  const stop = async () => {
    await worker.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(
    error instanceof ConfigError ? error.message : `Roster worker could not start: ${String(error)}`,
  );
  process.exit(1);
});
