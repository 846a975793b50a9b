import { defineConfig } from 'vitest/config';
import HeavyFirstSequencer from './test/support/heavy-first-sequencer.ts';

// Kept apart from any vite.config.ts so Vitest never picks up the web app's root.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Fault tests kill servers and restart a PostgreSQL of their own; timing-sensitive, they run
    // alone afterwards (npm run test:faults).
    exclude: ['test/faults/**', 'node_modules/**'],
    // The second builds the web app once for the browser tests (test/e2e).
    globalSetup: ['test/support/global-setup.ts', 'test/e2e/support/build-web-app.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Files share their worker's loaded modules instead of importing src/ and its libraries
    // afresh (about 3 s a file). Safe while no test mocks modules or changes globals; every
    // file still starts its own server on its own database.
    isolate: false,
    reporters: ['default', './test/support/slowest-files-reporter.ts'],
    sequence: { sequencer: HeavyFirstSequencer },
    // Each file gets its own database; two workers match the two cores here.
    maxWorkers: 2,
  },
});
