/**
 * What the test harness starts a server from (test/support/test-server.ts). `npm run build`
 * compiles it beside dist/main.js, so ROSTER_COMPILED=1 runs the tests against the
 * compiled modules, the very chunks `npm run start:prod` loads.
 */
export { loadConfig } from './config/load-config.ts';
export { openDatabase } from './db/client.ts';
export { buildApp } from './server/app.ts';
export { startWorker } from './worker/start-worker.ts';
