import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds one migrated database (a PGlite snapshot, or a PostgreSQL template database) that every test
    // file copies: migrations run once per test run, and each file still gets its own database.
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
