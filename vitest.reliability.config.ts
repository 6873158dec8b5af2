import { defineConfig } from 'vitest/config';

// `npm run test:reliability`: crash safety, exactly-once digests, database outage, load on a small pool, the
// authorization matrix, fuzzing and webhook security, always against a real PostgreSQL server (the local one
// unless DATABASE_URL names another): killed processes, cut connections and an exhausted pool only mean
// something there. The server is shared with other test runs: nothing here stops it (the outage goes through
// a proxy).
process.env.DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';

export default defineConfig({
  test: {
    include: ['tests/reliability/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // a message given too few values throws (src/i18n/i18n.ts)
    env: { TDA_I18N_STRICT: '1' },
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // These tests start bot processes and load the machine on purpose; one file at a time keeps them honest.
    fileParallelism: false,
  },
});
