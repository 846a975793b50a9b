import { defineConfig } from 'vitest/config';

// Fault tests kill Roster processes mid-burst and restart a PostgreSQL server of their own.
// They are timing-sensitive, so they run alone, one file at a time, after the main suite.
export default defineConfig({
  test: {
    include: ['test/faults/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 300_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
