import { defineConfig } from 'vitest/config';

// Kept apart from any vite.config.ts so Vitest never picks up the web app's root.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Each file gets its own database; two workers match the two cores here.
    maxWorkers: 2,
  },
});
