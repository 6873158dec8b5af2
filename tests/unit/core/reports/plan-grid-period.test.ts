import { describe, expect, it } from 'vitest';
import { defaultGridPeriod, gridPeriodKey, parseGridPeriod } from '../../../../src/core/reports/plan-grid.js';

describe("the period a plan's grid shows", () => {
  it('opens on this quarter, or on the plan’s own year when it is another: its first quarter ahead, its last behind', () => {
    expect(gridPeriodKey(defaultGridPeriod(2026, '2026-12-07'))).toBe('2026-Q4');
    expect(gridPeriodKey(defaultGridPeriod(null, '2026-05-02'))).toBe('2026-Q2');
    // a plan for 2027 imported in December 2026: its work starts in January
    expect(gridPeriodKey(defaultGridPeriod(2027, '2026-12-07'))).toBe('2027-Q1');
    expect(gridPeriodKey(defaultGridPeriod(2025, '2026-12-07'))).toBe('2025-Q4');
  });

  it('reads the permalink forms and falls back to this quarter on anything else', () => {
    for (const key of ['2026', '2026-H1', '2026-Q3', '2026-11']) expect(gridPeriodKey(parseGridPeriod(key, '2026-12-07'))).toBe(key);
    expect(gridPeriodKey(parseGridPeriod('quý 9', '2026-12-07'))).toBe('2026-Q4');
  });
});
