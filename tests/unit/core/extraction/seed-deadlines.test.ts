import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DeadlineRule } from '../../../../src/core/deadlines/deadline-rule.js';
import { extractDeadlines } from '../../../../src/core/deadlines/extraction/extract-deadlines.js';
import type { WarningCode } from '../../../../src/core/deadlines/extraction/warnings.js';
import { projectRoot } from '../../../../src/paths.js';

interface SeedDeadline {
  id: string;
  source_file: string;
  phrase_vi: string;
  rule: { kind: string; comparator?: string; due?: string; latest_safe_day?: string };
  schedulable: boolean;
}

const seeds: SeedDeadline[] = JSON.parse(readFileSync(path.join(projectRoot, 'tests/fixtures/seed-deadlines.json'), 'utf8')).deadlines;

// The year each seed plan is for (its own, or for 002, a news page of 12/2025, the year it was read).
const PLAN_YEAR: Record<string, number> = { '000': 2020, '001': 2023, '002': 2025, '003': 2014, '004': 2019 };

const NO_DAY: DeadlineRule = { kind: 'unscheduled', reason: 'no_day' };
const AD_HOC: DeadlineRule = { kind: 'unscheduled', reason: 'ad_hoc' };

/**
 * What each annotated phrase means in the DeadlineRule vocabulary, and what a reviewer must be told.
 * "before" annotations are exclusive rules; recurring items without a day are unscheduled (no_day).
 */
const EXPECTED: Record<string, { rules: DeadlineRule[]; warnings?: WarningCode[] }> = {
  'DL-000-01': { rules: [{ kind: 'once', due: '2020-11-20', inclusive: false, precision: 'day' }] },
  // "cuối năm" in a 2020 plan: the year-end window, ending 31/12/2020, flagged as approximate
  'DL-000-02': {
    rules: [{ kind: 'once', due: '2020-12-31', inclusive: true, precision: 'year' }],
    warnings: ['year_assumed', 'approximate'],
  },
  'DL-000-03': { rules: [NO_DAY] },
  'DL-000-04': { rules: [NO_DAY] },
  'DL-000-05': { rules: [NO_DAY] },
  // the 6-month review and the annual review: two rules, two occurrences a year
  'DL-001-01': {
    rules: [
      { kind: 'yearly', month: 6, day: 15, inclusive: false },
      { kind: 'yearly', month: 12, day: 15, inclusive: false },
    ],
  },
  'DL-001-02': { rules: [NO_DAY, AD_HOC] },
  // "xây dựng, ban hành kế hoạch công tác năm 2023": "năm 2023" names the plan, it is not a deadline
  'DL-001-03': { rules: [], warnings: ['no_deadline'] },
  'DL-001-04': { rules: [NO_DAY] },
  'DL-002-01': { rules: [{ kind: 'yearly', month: 11, day: 10, inclusive: false }] },
  'DL-003-01': { rules: [{ kind: 'once', due: '2014-06-30', inclusive: true, precision: 'quarter' }], warnings: ['typo_quarter'] },
  'DL-003-02': { rules: [NO_DAY], warnings: ['typo_year'] },
  'DL-003-03': { rules: [NO_DAY] },
  'DL-003-04': { rules: [{ kind: 'yearly', month: 2, day: 27, inclusive: true }] },
  // the quarter dates the Ministry's training that comes before the task: flagged, not silently taken
  'DL-003-05': { rules: [{ kind: 'once', due: '2014-06-30', inclusive: true, precision: 'quarter' }], warnings: ['event_anchor'] },
  'DL-003-06': { rules: [NO_DAY] },
  'DL-003-07': { rules: [NO_DAY] },
  'DL-003-08': { rules: [NO_DAY] },
  'DL-003-09': { rules: [{ kind: 'yearly', month: 11, day: 20, inclusive: false }] },
  'DL-003-10': { rules: [{ kind: 'yearly', month: 11, day: 25, inclusive: false }] },
  'DL-003-11': { rules: [AD_HOC] },
  'DL-003-12': { rules: [NO_DAY] },
  'DL-004-01': { rules: [{ kind: 'once', due: '2019-04-10', inclusive: true, precision: 'early_month' }], warnings: ['approximate'] },
  'DL-004-02': { rules: [{ kind: 'once', due: '2019-11-20', inclusive: false, precision: 'day' }] },
  'DL-004-03': { rules: [NO_DAY, AD_HOC] },
  'DL-004-04': { rules: [{ kind: 'unscheduled', reason: 'event' }] },
};

describe('every deadline phrase of the seed plans', () => {
  it('the fixture is the 26 phrases, each with an expectation here', () => {
    expect(seeds).toHaveLength(26);
    expect(seeds.map((s) => s.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(seeds.map((s) => [s.id, s] as const))('%s', (id, seed) => {
    const year = PLAN_YEAR[seed.source_file.slice(0, 3)]!;
    const result = extractDeadlines(seed.phrase_vi, { year, yearSource: 'plan' });
    const expected = EXPECTED[id]!;
    expect(result.rules).toEqual(expected.rules);
    expect(result.warnings.map((w) => w.code).sort()).toEqual([...(expected.warnings ?? [])].sort());
  });

  it('agrees with the annotation on every schedulable phrase: "before" is exclusive, the due date is the plan\'s', () => {
    for (const seed of seeds.filter((s) => s.schedulable)) {
      const rules = EXPECTED[seed.id]!.rules;
      expect(
        rules.some((r) => r.kind !== 'unscheduled'),
        seed.id,
      ).toBe(true);
      for (const rule of rules) {
        if (rule.kind === 'once' || rule.kind === 'yearly') expect(rule.inclusive, seed.id).toBe(seed.rule.comparator !== 'before');
        if (rule.kind === 'once' && seed.rule.due) expect(rule.due).toBe(seed.rule.due);
      }
    }
  });
});
