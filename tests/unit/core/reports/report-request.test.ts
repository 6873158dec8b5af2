import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../../../src/core/errors.js';
import { periodLabel, withRange } from '../../../../src/core/reports/report-period.js';
import { parseReportRequest } from '../../../../src/core/reports/report-request.js';
import { loadI18n } from '../../../../src/i18n/i18n.js';
import { localesDir } from '../../../../src/paths.js';

// Monday 23/11/2026: the fourth quarter, the second half, month 11.
const TODAY = '2026-11-23';
const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('parseReportRequest', () => {
  it.each([
    // [typed, plan, length, year, number]
    ['', null, 'year', 2026, 1],
    ['KH20-2020', 'KH20-2020', 'year', 2026, 1],
    ['KH20-2020 năm 2026', 'KH20-2020', 'year', 2026, 1],
    ['kh20-2020 nam 2025', 'kh20-2020', 'year', 2025, 1],
    ['20/KH-SYT 2026', '20/KH-SYT', 'year', 2026, 1],
    ['2026', null, 'year', 2026, 1],
    ['năm', null, 'year', 2026, 1],
    ['năm nay', null, 'year', 2026, 1],
    ['cả năm 2025', null, 'year', 2025, 1],
    ['qtux-2014 quy 4', 'qtux-2014', 'quarter', 2026, 4],
    ['quý IV/2026 QTUX-2014', 'QTUX-2014', 'quarter', 2026, 4],
    ['quy iv 2025', null, 'quarter', 2025, 4],
    ['quý 1 năm 2027', null, 'quarter', 2027, 1],
    ['quý bốn', null, 'quarter', 2026, 4],
    ['q2/2026', null, 'quarter', 2026, 2],
    ['quý', null, 'quarter', 2026, 4],
    ['quý này', null, 'quarter', 2026, 4],
    ['quý trước', null, 'quarter', 2026, 3],
    ['kh20-2020 quy truoc', 'kh20-2020', 'quarter', 2026, 3],
    ['tháng trước', null, 'month', 2026, 10],
    ['năm ngoái', null, 'year', 2025, 1],
    ['nam truoc KH20-2020', 'KH20-2020', 'year', 2025, 1],
    ['thang 11', null, 'month', 2026, 11],
    ['tháng 3/2025', null, 'month', 2025, 3],
    ['tháng 12 năm 2026', null, 'month', 2026, 12],
    ['tháng này', null, 'month', 2026, 11],
    ['11/2026', null, 'month', 2026, 11],
    ['6 thang dau nam', null, 'half_year', 2026, 1],
    ['6 tháng đầu năm 2025', null, 'half_year', 2025, 1],
    ['sáu tháng cuối năm', null, 'half_year', 2026, 2],
    ['6 tháng cuối năm nay', null, 'half_year', 2026, 2],
    ['6 tháng', null, 'half_year', 2026, 1],
    ['nửa cuối năm 2026', null, 'half_year', 2026, 2],
    ['h1/2026', null, 'half_year', 2026, 1],
    ['DANVAN-2023 6 tháng đầu năm', 'DANVAN-2023', 'half_year', 2026, 1],
  ])('"%s" → plan %s, %s %i #%i', (typed, plan, length, year, number) => {
    expect(parseReportRequest(words(typed), TODAY)).toEqual({ planRef: plan, period: { length, year, number } });
  });

  it.each(['quy 5', 'quý V', 'thang 13', 'tháng 0', 'năm 20266', 'nửa năm', 'h3', '4', 'quy 4 thang 11', 'cả', '2026 2027'])(
    'refuses the period "%s" with a DomainError naming what was typed',
    (typed) => {
      let caught: unknown;
      try {
        parseReportRequest(['KH20-2020', ...words(typed)], TODAY);
      } catch (error) {
        caught = error;
      }
      expect(isDomainError(caught)).toBe(true);
      expect(caught).toMatchObject({ code: 'consolidated.bad_period', i18nKey: 'consolidated-bad-period', params: { written: typed } });
    },
  );

  it('takes a year from today, not from the plan', () => {
    expect(parseReportRequest(['KH20-2020', 'quý', '1'], '2027-01-04').period).toEqual({ length: 'quarter', year: 2027, number: 1 });
  });
});

describe('report periods', () => {
  it.each([
    [{ length: 'year', year: 2026, number: 1 }, '2026-01-01', '2026-12-31', 'năm 2026', 'year 2026'],
    [{ length: 'half_year', year: 2026, number: 1 }, '2026-01-01', '2026-06-30', '6 tháng đầu năm 2026', 'first half of 2026'],
    [{ length: 'half_year', year: 2026, number: 2 }, '2026-07-01', '2026-12-31', '6 tháng cuối năm 2026', 'second half of 2026'],
    [{ length: 'quarter', year: 2026, number: 4 }, '2026-10-01', '2026-12-31', 'quý IV/2026', 'Q4 2026'],
    [{ length: 'month', year: 2028, number: 2 }, '2028-02-01', '2028-02-29', 'tháng 2/2028', '2/2028'],
  ] as const)('%o runs %s–%s and reads "%s" / "%s"', async (period, from, to, vi, en) => {
    const i18n = await loadI18n(localesDir);
    expect(withRange(period)).toMatchObject({ from, to });
    expect(periodLabel(i18n.translator('vi'), period)).toBe(vi);
    expect(periodLabel(i18n.translator('en'), period)).toBe(en);
  });
});
