import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isLocalDate, lastDayOfMonth, type LocalDate, localDate } from '../../src/core/dates/local-date.js';
import { describeRule, describeWarning } from '../../src/core/deadlines/describe-rule.js';
import { extractDeadlines, type ExtractionOptions, referenceOptions } from '../../src/core/deadlines/extraction/extract-deadlines.js';
import { WARNING_CODES } from '../../src/core/deadlines/extraction/warnings.js';
import type { Translate } from '../../src/core/text/translate.js';
import { loadI18n } from '../../src/i18n/i18n.js';
import { localesDir } from '../../src/paths.js';
import { adversarialText, fragment, hugeText } from './support/fuzz-arbitraries.js';

/*
 * Issue 9, part 5: deadline extraction, the function behind `cli deadlines --json`, fed Vietnamese deadline
 * phrases with impossible numbers, random text around them, and adversarial text. It never throws, and what
 * it returns is exactly DESIGN.md's DeadlineRule vocabulary — written out here on its own, not imported, so
 * that the schema the code uses is checked rather than trusted.
 */

const RUNS = { numRuns: 400 };

const inclusive = z.boolean();
const dayOfMonth = z.number().int().min(1).max(31);
const realDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isLocalDate, 'not a calendar date');

/** DESIGN.md, "DeadlineRule (the whole vocabulary)", key for key. */
const designRule = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('once'),
    due: realDate,
    inclusive,
    precision: z.enum(['day', 'early_month', 'mid_month', 'month', 'quarter', 'year']),
  }),
  z
    .strictObject({ kind: z.literal('yearly'), month: z.number().int().min(1).max(12), day: dayOfMonth, inclusive })
    // a day every year has (29/02 comes round in leap years)
    .refine((rule) => rule.day <= (rule.month === 2 ? 29 : lastDayOfMonth(2001, rule.month)), 'no such day in that month'),
  z.strictObject({
    kind: z.literal('quarterly'),
    monthOfQuarter: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    day: dayOfMonth,
    inclusive,
  }),
  z.strictObject({ kind: z.literal('monthly'), day: dayOfMonth, inclusive }),
  z.strictObject({ kind: z.literal('weekly'), weekday: z.number().int().min(1).max(7) }),
  z.strictObject({
    kind: z.literal('after_period'),
    period: z.enum(['month', 'quarter', 'half_year', 'year']),
    offset: z.number().int().min(0),
    unit: z.enum(['days', 'working_days']),
  }),
  z.strictObject({ kind: z.literal('unscheduled'), reason: z.enum(['ad_hoc', 'no_day', 'data_period', 'event']) }),
]);

/** `cli deadlines --json`: {"rules": DeadlineRule[], "warnings": string[]}, each warning "<code>: <message>". */
const cliOutput = z.strictObject({
  rules: z.array(designRule),
  warnings: z.array(z.string().regex(new RegExp(`^(?:${WARNING_CODES.join('|')}): \\S`))),
});

// Vietnamese deadline phrases, with numbers that may be impossible (day 0, month 13, year 99999).
const number = fc.oneof(
  fc.integer({ min: 0, max: 40 }),
  fc.constantFrom(0, 1, 10, 15, 28, 29, 30, 31, 32, 99, 100, 2014, 2026, 2104, 99999, -1),
);
const year = fc.oneof(fc.integer({ min: 1990, max: 2100 }), fc.constantFrom(0, 14, 99, 1900, 2104, 9999, 99999, 20260));
const separator = fc.constantFrom('/', '-', '.', ' / ');
const date = fc.oneof(
  fc.tuple(number, separator, number).map(([d, s, m]) => `${d}${s}${m}`),
  fc.tuple(number, separator, number, separator, year).map(([d, s, m, t, y]) => `${d}${s}${m}${t}${y}`),
  fc.tuple(number, number, year).map(([d, m, y]) => `ngày ${d} tháng ${m} năm ${y}`),
  fc
    .tuple(number, fc.constantFrom('hằng tháng', 'hàng tháng', 'hằng quý', 'hằng năm', 'hàng năm', 'tháng cuối quý', 'tháng đầu quý'))
    .map(([d, r]) => `ngày ${d} ${r}`),
  fc.tuple(fc.constantFrom('đầu', 'giữa', 'cuối'), number, year).map(([p, m, y]) => `${p} tháng ${m}/${y}`),
  fc.tuple(fc.constantFrom('I', 'II', 'III', 'IV', 'V', '11', '4', '0', 'IIII'), year).map(([q, y]) => `Quý ${q}/${y}`),
  fc
    .tuple(number, fc.constantFrom('ngày', 'ngày làm việc'), fc.constantFrom('tháng', 'quý', '6 tháng', 'năm', 'kỳ báo cáo'))
    .map(([n, u, p]) => `trong vòng ${n} ${u} sau khi kết thúc ${p}`),
  fc.constantFrom('thứ Hai hằng tuần', 'thứ 6 hằng tuần', 'chủ nhật hàng tuần', 'thứ 9 hằng tuần', '6 tháng đầu năm', 'năm 2026'),
);
const marker = fc.constantFrom(
  'trước ngày',
  'chậm nhất ngày',
  'chậm nhất vào ngày',
  'hạn chót',
  'vào ngày',
  'trong ngày',
  'đến ngày',
  'từ ngày',
  'trước',
  'chậm nhất là',
  'sau khi',
  'định kỳ',
  'đột xuất',
  'số liệu tính từ',
  '',
);
const clause = fc
  .tuple(fragment, marker, date, fc.constantFrom('', '.', ';', '\n', ',', ' hằng năm', ' hàng tháng', ' của Bộ Y tế'))
  .map((p) => p.join(' '));
const planText = fc.oneof(
  { weight: 4, arbitrary: fc.array(clause, { minLength: 1, maxLength: 5 }).map((clauses) => clauses.join(' ')) },
  { weight: 2, arbitrary: adversarialText },
  { weight: 1, arbitrary: fc.tuple(adversarialText, clause, adversarialText).map((p) => p.join('')) },
  { weight: 1, arbitrary: hugeText },
);
const options: fc.Arbitrary<ExtractionOptions> = fc.oneof(
  fc
    .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => referenceOptions(d.toISOString().slice(0, 10) as LocalDate)),
  fc.integer({ min: 1900, max: 2200 }).map((y) => ({ year: y, yearSource: 'plan' as const })),
);

let t: Translate;
beforeAll(async () => {
  t = (await loadI18n(localesDir, 'vi')).translator('vi');
});

/** What `cli deadlines --json` prints for this text, checked against the contract. */
function check(text: string, opts: ExtractionOptions) {
  const result = extractDeadlines(text, opts);
  const json = JSON.parse(JSON.stringify({ rules: result.rules, warnings: result.warnings.map((w) => describeWarning(t, w)) })) as unknown;
  const parsed = cliOutput.safeParse(json);
  if (!parsed.success) throw new Error(`${JSON.stringify(json)}: ${parsed.error.message}`);
  // a message with a parameter left unfilled would show "{$year}" or fall back to its key
  for (const warning of parsed.data.warnings) expect(warning).not.toMatch(/\{\s*\$|: extract-/);
  for (const rule of result.rules) expect(describeRule(t, rule)).not.toMatch(/^rule-|\{\s*\$/);
  const nfcLength = text.normalize('NFC').length;
  for (const span of result.spans) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeLessThanOrEqual(nfcLength);
    expect(span.start).toBeLessThan(span.end);
  }
}

describe('deadline extraction', () => {
  it('never throws, and answers in the DeadlineRule vocabulary with real dates', () => {
    fc.assert(fc.property(planText, options, check), RUNS);
  });

  it('makes no rule of a day that no month has', () => {
    // "ngày 99 hằng tháng" is read as a monthly task without a usable day, not as day 99
    const reference = referenceOptions(localDate(2026, 11, 23));
    check('ngày 99 hằng tháng', reference);
    expect(extractDeadlines('ngày 99 hằng tháng', reference).rules).toEqual([{ kind: 'unscheduled', reason: 'no_day' }]);
  });

  it('reads the plans’ own phrases into rules of that vocabulary', () => {
    const reference = referenceOptions(localDate(2026, 11, 23));
    const cases: Array<[string, unknown]> = [
      ['báo cáo về Sở Y tế trước ngày 20/11/2020', { kind: 'once', due: '2020-11-20', inclusive: false, precision: 'day' }],
      ['trước ngày 15 tháng 6 hàng năm', { kind: 'yearly', month: 6, day: 15, inclusive: false }],
      ['thứ Hai hằng tuần', { kind: 'weekly', weekday: 1 }],
    ];
    for (const [text, rule] of cases) {
      check(text, reference);
      expect(extractDeadlines(text, reference).rules).toContainEqual(rule);
    }
  });

  it('gives a warning and no rule for days that do not exist', () => {
    const reference = referenceOptions(localDate(2026, 11, 23));
    for (const text of [
      'trước ngày 31/02/2026',
      'chậm nhất ngày 0/0/0',
      'trước ngày 32/13',
      'Quý V/2026',
      'vào ngày 29/02/2027',
      'ngày 30/02 hằng năm',
    ]) {
      check(text, reference);
      const result = extractDeadlines(text, reference);
      expect(result.rules.filter((rule) => rule.kind === 'once')).toEqual([]);
      expect(result.warnings.length).toBeGreaterThan(0);
    }
  });
});
