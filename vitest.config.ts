import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // tests/reliability runs on PostgreSQL only, with its own command (npm run test:reliability)
    exclude: ['tests/reliability/**', '**/node_modules/**'],
    // Builds one migrated database (a PGlite snapshot, or a PostgreSQL template database) that every test
    // file copies: migrations run once per test run, and each file still gets its own database.
    globalSetup: ['tests/support/global-setup.ts'],
    // TEST_FAKE_TODAY moves the wall clock (npm run test:dates); without it, nothing changes
    setupFiles: ['tests/support/fake-today.ts'],
    // a message given too few values throws (src/i18n/i18n.ts), in the tests and the processes they start
    env: { TDA_I18N_STRICT: '1' },
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Each worker process runs its files one after another with the modules it has already loaded, instead of
    // starting a process and importing the app again for every file: that was two fifths of the suite's time.
    // Files share no state through it: each opens its own database copied from the template, and the app is
    // built per test (startTestApp); the modules' own caches are keyed by what they cache.
    isolate: false,
  },
});
