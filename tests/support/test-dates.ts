import { spawnSync } from 'node:child_process';

/**
 * `npm run test:dates [files…]`: runs the date-sensitive suites with the wall clock on a Friday, a Saturday and
 * the day before Tết (TEST_FAKE_TODAY, see fake-today.ts). Every test takes its time from its own fixed clock
 * or an explicit `--at`, so each run must pass; one that fails on one of these days reads the real date.
 */
const TODAYS = ['2026-12-11', '2026-12-12', '2027-02-05'];
const SUITES = [
  'tests/unit/core',
  'tests/integration/report.test.ts',
  'tests/integration/reminders.test.ts',
  'tests/integration/digest.test.ts',
  'tests/integration/calendar.test.ts',
  'tests/e2e/feedback-console.test.ts',
];
const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : SUITES;
let failed = 0;
for (const today of TODAYS) {
  process.stdout.write(`\n— wall clock on ${today}\n`);
  const run = spawnSync('npx', ['vitest', 'run', ...files], { stdio: 'inherit', env: { ...process.env, TEST_FAKE_TODAY: today } });
  if (run.status !== 0) failed += 1;
}
process.exitCode = failed > 0 ? 1 : 0;
