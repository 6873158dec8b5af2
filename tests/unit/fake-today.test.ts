import { describe, expect, it } from 'vitest';

describe('TEST_FAKE_TODAY (npm run test:dates)', () => {
  it('moves the wall clock of the test process to that day, and only when set', () => {
    const fake = process.env.TEST_FAKE_TODAY;
    if (fake) expect(new Date().toISOString().slice(0, 10)).toBe(fake);
    expect(new Date('2026-06-14T00:00:00Z').toISOString()).toBe('2026-06-14T00:00:00.000Z');
    expect(Date.now()).toBeGreaterThan(0);
  });
});
