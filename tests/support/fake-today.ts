/**
 * When TEST_FAKE_TODAY (YYYY-MM-DD) is set, the wall clock of this process says that day (at the real time of
 * day, and running on): `new Date()` and `Date.now()` move, fixed dates do not. Loaded before every test file
 * (vitest's setupFiles) and in the processes the tests start (cli-process.ts), so that `npm run test:dates`
 * can run the date-sensitive suites on a Friday, a Saturday and the day before Tết: a test that takes "today"
 * from the wall instead of its own clock fails there, whatever day it really is.
 */
const fake = process.env.TEST_FAKE_TODAY;
// Files share a worker process (vitest.config.ts, isolate: false) and this runs before each: move the clock once.
const moved = Symbol.for('tda.fakeToday');
if (fake && /^\d{4}-\d{2}-\d{2}$/.test(fake) && !(globalThis as Record<symbol, unknown>)[moved]) {
  (globalThis as Record<symbol, unknown>)[moved] = true;
  const RealDate = Date;
  const real = RealDate.now();
  const timeOfDay = real % 86_400_000;
  const offset = RealDate.parse(`${fake}T00:00:00Z`) + timeOfDay - real;
  class FakeDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...(args as [string | number | Date]));
    }
    static override now(): number {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = FakeDate as DateConstructor;
}
export {};
