import { defineConfig } from 'vitest/config';

// `npm run test:reliability`: crash safety, exactly-once digests, database outage, the authorization matrix,
// fuzzing and webhook security, always against a real PostgreSQL server (the local one unless DATABASE_URL
// names another): killing processes and stopping the database only mean something there.
process.env.DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';

export default defineConfig({
  test: {
    include: ['tests/reliability/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // These tests start bot processes and load the machine on purpose; one file at a time keeps them honest.
    fileParallelism: false,
  },
});
