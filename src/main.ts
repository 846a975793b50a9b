import { ConfigError, loadConfig } from './config/load-config.ts';
import { DataFolderInUseError } from './db/data-folder-in-use.ts';
import { handleShutdown } from './server/shutdown.ts';

/**
 * `npm start`: check the config, open and migrate the database, serve HTTP and, unless
 * RUN_WORKER=false, deliver the outbox in the same process until told to stop.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  // Loaded step by step, each once the one before succeeded: a bad setting stops before the
  // database drivers load, a data folder held by another process before the server loads.
  const { openDatabase } = await import('./db/client.ts');
  // `npm run bench` reads how many statements the server sent (worker included), per request.
  let statements = 0;
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.databasePoolSize,
    ...(config.benchBaselineRoute ? { onQuery: () => void statements++ } : {}),
  });
  const [{ buildApp }, { mailboxShown }, { startWorker }, payments] = await Promise.all([
    import('./server/app.ts'),
    import('./server/routes/dev-mailbox.ts'),
    import('./worker/start-worker.ts'),
    // One client for the routes and the worker; the SDK loads only when Stripe is configured.
    import('./integrations/billing/create-billing-provider.ts').then((m) => m.createPaymentProvider(config)),
    database.migrate(),
  ]);
  const app = await buildApp({
    config,
    db: database.db,
    listen: database.listen,
    payments,
    statementCount: () => statements,
  });
  const worker = config.worker.run
    ? await startWorker({
        db: database.db,
        config,
        payments,
        log: (message, details) => app.log.warn(details, message),
      })
    : null;
  await app.listen({ port: config.port, host: config.host });
  const where = database.driver === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL';
  app.log.info(`Roster is running at ${config.baseUrl} (${where}); API docs at ${config.baseUrl}/api/docs`);
  if (!config.mail.smtpUrl) {
    app.log.info(
      `No SMTP_URL: e-mail is kept, not sent${mailboxShown(config) ? `; read it at ${config.baseUrl}/dev/mailbox (from this machine only)` : ''}`,
    );
  }

  handleShutdown({ app, worker, database, timeoutSeconds: config.shutdownTimeoutSeconds });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataFolderInUseError) {
    console.error(error.message);
  } else {
    console.error('Roster could not start:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
