import { defineConfig } from 'vitest/config';

// Fault tests kill Roster processes mid-burst and restart a PostgreSQL server of their own.
// They run after the main suite, two files at a time: each has its own processes, its own
// database (the outage test its own PostgreSQL server), and every wait is on a condition,
// so a neighbour only slows a file down. One at a time, a third of the run was idle.
export default defineConfig({
  test: {
    include: ['test/faults/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 300_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
