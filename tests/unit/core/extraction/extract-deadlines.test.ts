import { describe, expect, it } from 'vitest';
import { vietnameseCalendar } from '../../../../src/core/calendar/vietnam-calendar.js';
import type { DeadlineRule } from '../../../../src/core/deadlines/deadline-rule.js';
import { nextDueDates } from '../../../../src/core/deadlines/occurrence.js';
import { type ExtractionOptions, extractDeadlines, referenceOptions } from '../../../../src/core/deadlines/extraction/extract-deadlines.js';
import type { WarningCode } from '../../../../src/core/deadlines/extraction/warnings.js';

const PLAN_2026: ExtractionOptions = { year: 2026, yearSource: 'plan' };
const TODAY = referenceOptions('2026-11-22');
// a plan signed on Friday 24/04/2026
const SIGNED_FRIDAY: ExtractionOptions = { year: 2026, yearSource: 'plan', issuedOn: '2026-04-24' };

interface Case {
  text: string;
  rules: DeadlineRule[];
  warnings?: WarningCode[];
  options?: ExtractionOptions;
  /** the last day to submit of each rule's next occurrence on or after NEXT_FROM (Monday to Friday working days) */
  next?: string[];
}

const NEXT_FROM = '2026-11-22';

const once = (due: string, inclusive: boolean, precision: Extract<DeadlineRule, { kind: 'once' }>['precision'] = 'day'): DeadlineRule => ({
  kind: 'once',
  due,
  inclusive,
  precision,
});
const yearly = (month: number, day: number, inclusive: boolean): DeadlineRule => ({ kind: 'yearly', month, day, inclusive });
const after = (
  period: Extract<DeadlineRule, { kind: 'after_period' }>['period'],
  offset: number,
  unit: 'days' | 'working_days' = 'days',
): DeadlineRule => ({ kind: 'after_period', period, offset, unit });

/** The text as typed without diacritics: "Báo cáo trước ngày" → "Bao cao truoc ngay". */
const withoutDiacritics = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
/** Each case as written and as typed without diacritics: both must read the same. */
const bothSpellings = (cases: Case[]): Case[] => cases.flatMap((c) => [c, { ...c, text: withoutDiacritics(c.text) }]);

const CASES: Record<string, Case[]> = {
  'dd/mm and "ngày 15 tháng 6" in one sentence, "trước" shared by both': [
    { text: 'Báo cáo về Sở trước ngày 15 tháng 6 và 15/12 hằng năm.', rules: [yearly(6, 15, false), yearly(12, 15, false)] },
    { text: 'Nộp chậm nhất ngày 15/6 và ngày 15 tháng 12 hàng năm', rules: [yearly(6, 15, true), yearly(12, 15, true)] },
    {
      text: 'gửi trước ngày 20/3, 20/6, 20/9 và 20/12 hằng năm',
      rules: [yearly(3, 20, false), yearly(6, 20, false), yearly(9, 20, false), yearly(12, 20, false)],
    },
  ],
  'dash dates': [
    { text: 'tổ chức vào dịp kỷ niệm ngày Thầy thuốc Việt Nam 27-2 hàng năm', rules: [yearly(2, 27, true)] },
    { text: 'Hoàn thành trước ngày 30-6-2026', rules: [once('2026-06-30', false)] },
    { text: 'mỗi đợt kéo dài 10-15 ngày', rules: [], warnings: ['no_deadline'] },
    { text: 'thực hiện Chỉ thị 30-CT/TU của Thành ủy', rules: [], warnings: ['no_deadline'] },
  ],
  'Roman and Arabic quarters': [
    { text: 'Hoàn thành trong Quý II/2026', rules: [once('2026-06-30', true, 'quarter')] },
    { text: 'Hoàn thành trong quý 3 năm 2026', rules: [once('2026-09-30', true, 'quarter')] },
    { text: 'xong trước quý IV/2026', rules: [once('2026-10-01', false, 'quarter')] },
    { text: 'triển khai vào đầu quý I/2027', rules: [once('2027-01-10', true, 'early_month')], warnings: ['approximate'] },
    { text: 'Thời gian tập huấn từ Quý III/2026 và duy trì hàng năm', rules: [{ kind: 'unscheduled', reason: 'no_day' }] },
  ],
  'a span of months (issue 18: "tháng 10 - 11/2027" was read as October)': [
    { text: 'Tổ chức kiểm tra trong tháng 10 - 11/2027', rules: [once('2027-11-30', true, 'month')] },
    { text: 'từ tháng 3 đến tháng 5 năm 2027 tổ chức tập huấn', rules: [once('2027-05-31', true, 'month')] },
    { text: 'trien khai trong thang 10-11/2027', rules: [once('2027-11-30', true, 'month')] },
  ],
  'đầu / giữa / cuối tháng': [
    { text: 'Tổ chức hội nghị vào đầu tháng 04/2019', rules: [once('2019-04-10', true, 'early_month')], warnings: ['approximate'] },
    { text: 'Tổ chức hội nghị vào giữa tháng 5/2026', rules: [once('2026-05-20', true, 'mid_month')], warnings: ['approximate'] },
    { text: 'Nộp báo cáo vào cuối tháng 2/2028', rules: [once('2028-02-29', true, 'month')] },
    {
      text: 'Gửi báo cáo vào cuối tháng hằng tháng',
      rules: [{ kind: 'monthly', day: 31, inclusive: true }],
      warnings: ['approximate_recurring'],
    },
    { text: 'Báo cáo vào đầu mỗi tháng', rules: [{ kind: 'monthly', day: 10, inclusive: true }], warnings: ['approximate_recurring'] },
  ],
  'recurrence words without a day': [
    { text: 'Kiểm tra định kỳ 6 tháng, hàng năm', rules: [{ kind: 'unscheduled', reason: 'no_day' }] },
    { text: 'Báo cáo hằng quý', rules: [{ kind: 'unscheduled', reason: 'no_day' }] },
    { text: 'hàng tháng, hàng quý và cuối năm đánh giá tiến độ', rules: [{ kind: 'unscheduled', reason: 'no_day' }] },
    { text: 'Giám sát thường xuyên tại các đơn vị', rules: [{ kind: 'unscheduled', reason: 'no_day' }] },
  ],
  'recurrence with a day': [
    { text: 'Báo cáo hằng tháng chậm nhất ngày 25', rules: [{ kind: 'monthly', day: 25, inclusive: true }] },
    { text: 'gửi trước ngày 5 hằng tháng', rules: [{ kind: 'monthly', day: 5, inclusive: false }] },
    {
      text: 'Báo cáo quý gửi chậm nhất ngày 20 của tháng cuối quý',
      rules: [{ kind: 'quarterly', monthOfQuarter: 3, day: 20, inclusive: true }],
    },
    {
      text: 'Báo cáo hằng quý trước ngày 15',
      rules: [{ kind: 'quarterly', monthOfQuarter: 3, day: 15, inclusive: false }],
      warnings: ['month_of_quarter_assumed'],
    },
    { text: 'Giao ban vào sáng thứ Hai hằng tuần', rules: [{ kind: 'weekly', weekday: 1 }] },
    { text: 'hằng tuần, chậm nhất thứ Sáu gửi báo cáo', rules: [{ kind: 'weekly', weekday: 5 }] },
    { text: 'báo cáo quý III hằng năm', rules: [yearly(9, 30, true)] },
  ],
  '"chậm nhất / vào / đến ngày X" includes X; "trước ngày X" does not': [
    { text: 'Gửi chậm nhất ngày 20/11/2026', rules: [once('2026-11-20', true)] },
    { text: 'Gửi chậm nhất là vào ngày 20/11/2026', rules: [once('2026-11-20', true)] },
    { text: 'Gửi đến ngày 20/11/2026', rules: [once('2026-11-20', true)] },
    { text: 'Gửi trước ngày 20/11/2026', rules: [once('2026-11-20', false)] },
    { text: 'Gửi trước 17 giờ ngày 20/11/2026', rules: [once('2026-11-20', true)] },
    { text: 'từ ngày 01/3/2026 đến ngày 31/3/2026 các đơn vị tự kiểm tra', rules: [once('2026-03-31', true)] },
  ],
  'working-day and day offsets after a period': [
    {
      text: 'Báo cáo quý gửi trong 5 ngày làm việc sau khi kết thúc quý',
      rules: [{ kind: 'after_period', period: 'quarter', offset: 5, unit: 'working_days' }],
    },
    {
      text: 'trong vòng mười ngày làm việc kể từ ngày kết thúc tháng',
      rules: [{ kind: 'after_period', period: 'month', offset: 10, unit: 'working_days' }],
    },
    {
      text: 'chậm nhất 15 ngày sau khi kết thúc 6 tháng',
      rules: [{ kind: 'after_period', period: 'half_year', offset: 15, unit: 'days' }],
    },
    {
      text: 'Báo cáo hằng quý trong 7 ngày làm việc sau khi kết thúc kỳ báo cáo',
      rules: [{ kind: 'after_period', period: 'quarter', offset: 7, unit: 'working_days' }],
    },
    { text: 'gửi trong 7 ngày sau khi kết thúc kỳ báo cáo', rules: [], warnings: ['period_unknown'] },
    { text: 'Báo cáo tháng gửi trước ngày 5 của tháng sau', rules: [{ kind: 'after_period', period: 'month', offset: 4, unit: 'days' }] },
    {
      text: 'gửi chậm nhất ngày 15 tháng đầu của quý tiếp theo',
      rules: [{ kind: 'after_period', period: 'quarter', offset: 15, unit: 'days' }],
    },
    { text: 'Báo cáo năm gửi trước ngày 15/01 năm sau', rules: [{ kind: 'after_period', period: 'year', offset: 14, unit: 'days' }] },
    {
      text: 'Báo cáo tháng gửi trong 10 ngày đầu của tháng sau',
      rules: [{ kind: 'after_period', period: 'month', offset: 10, unit: 'days' }],
    },
    { text: 'gui trong 10 ngay dau thang sau', rules: [{ kind: 'after_period', period: 'month', offset: 10, unit: 'days' }] },
    {
      text: 'Báo cáo quý gửi trong 5 ngày làm việc đầu tiên của quý tiếp theo',
      rules: [{ kind: 'after_period', period: 'quarter', offset: 5, unit: 'working_days' }],
    },
    {
      text: 'Báo cáo năm gửi trong mười lăm ngày đầu của năm sau',
      rules: [{ kind: 'after_period', period: 'year', offset: 15, unit: 'days' }],
    },
  ],
  // "trước ngày X" leaves X − 1 days after the period; "chậm nhất / vào ngày X" leaves X
  'day X of the first month after a quarter, half-year or year': bothSpellings([
    { text: 'Báo cáo trước ngày 10 tháng đầu tiên của quý sau', rules: [after('quarter', 9)], next: ['2027-01-09'] },
    { text: 'chậm nhất ngày 5 của tháng đầu quý sau', rules: [after('quarter', 5)], next: ['2027-01-05'] },
    { text: 'Gửi chậm nhất ngày 15 của tháng thứ nhất quý kế tiếp', rules: [after('quarter', 15)], next: ['2027-01-15'] },
    { text: 'gửi vào ngày 10 tháng đầu tiên của quý tiếp theo', rules: [after('quarter', 10)], next: ['2027-01-10'] },
    { text: 'Báo cáo năm gửi trước ngày 15 tháng đầu tiên của năm sau', rules: [after('year', 14)], next: ['2027-01-14'] },
    { text: 'chậm nhất ngày 20 tháng 1 năm sau', rules: [after('year', 20)], next: ['2027-01-20'] },
    { text: 'chậm nhất ngày 10 tháng thứ nhất của năm tiếp theo', rules: [after('year', 10)], next: ['2027-01-10'] },
    {
      text: 'Báo cáo 6 tháng gửi trước ngày 10 của tháng đầu tiên sau kỳ báo cáo 6 tháng',
      rules: [after('half_year', 9)],
      next: ['2027-01-09'],
    },
    { text: 'chậm nhất ngày 15 của tháng đầu tiên sau kỳ báo cáo quý', rules: [after('quarter', 15)], next: ['2027-01-15'] },
    { text: 'trước ngày 10 của tháng sau khi kết thúc quý', rules: [after('quarter', 9)], next: ['2027-01-09'] },
    // "kỳ báo cáo" alone: the sentence's "hằng quý" says which period; a bare "tháng sau" is after each month
    { text: 'Báo cáo hằng quý gửi trước ngày 10 tháng đầu tiên sau kỳ báo cáo', rules: [after('quarter', 9)], next: ['2027-01-09'] },
    { text: 'Báo cáo tháng gửi trước ngày 10 của tháng sau kỳ báo cáo', rules: [after('month', 9)], next: ['2026-12-09'] },
    { text: 'gửi trước ngày 10 tháng đầu tiên sau kỳ báo cáo', rules: [], warnings: ['period_unknown'] },
  ]),
  'working-day offsets after a period, as offices write them': bothSpellings([
    { text: 'chậm nhất 10 ngày làm việc kể từ ngày kết thúc năm', rules: [after('year', 10, 'working_days')], next: ['2027-01-14'] },
    { text: 'trong vòng 7 ngày làm việc kể từ khi kết thúc tháng', rules: [after('month', 7, 'working_days')], next: ['2026-12-09'] },
    { text: 'không quá 15 ngày làm việc sau khi kết thúc năm', rules: [after('year', 15, 'working_days')], next: ['2027-01-21'] },
    { text: 'chậm nhất 20 ngày làm việc sau ngày kết thúc năm', rules: [after('year', 20, 'working_days')], next: ['2027-01-28'] },
    { text: 'trong 10 ngày làm việc tính từ ngày cuối quý', rules: [after('quarter', 10, 'working_days')], next: ['2027-01-14'] },
    { text: 'trong 10 ngày làm việc sau ngày cuối cùng của quý', rules: [after('quarter', 10, 'working_days')], next: ['2027-01-14'] },
    { text: 'chậm nhất là 10 ngày làm việc sau kết thúc kỳ báo cáo năm', rules: [after('year', 10, 'working_days')], next: ['2027-01-14'] },
    { text: 'trong 7 ngày làm việc sau khi kết thúc kỳ báo cáo quý', rules: [after('quarter', 7, 'working_days')], next: ['2027-01-11'] },
    { text: 'trong 05 ngày làm việc, kể từ ngày kết thúc quý', rules: [after('quarter', 5, 'working_days')], next: ['2027-01-07'] },
    { text: 'trong 15 ngày làm việc sau khi kết thúc 06 tháng', rules: [after('half_year', 15, 'working_days')], next: ['2027-01-21'] },
    { text: 'chậm nhất vào ngày làm việc thứ 5 của tháng sau', rules: [after('month', 5, 'working_days')], next: ['2026-12-07'] },
    { text: 'trước ngày làm việc thứ 10 sau khi kết thúc quý', rules: [after('quarter', 9, 'working_days')], next: ['2027-01-13'] },
  ]),
  'two-digit years': [
    { text: 'Gửi báo cáo chậm nhất ngày 20/11/26', rules: [once('2026-11-20', true)] },
    { text: 'Hoàn thành trước ngày 05-01-27', rules: [once('2027-01-05', false)] },
    { text: 'Thực hiện Quyết định số 572/QĐ-UBND ngày 07/3/18 của Ủy ban nhân dân tỉnh', rules: [], warnings: ['no_deadline'] },
    { text: 'Gửi báo cáo trước ngày 31/02/26', rules: [], warnings: ['invalid_date'] },
  ],
  "a missing year: the plan's, else the reference date's (next year once it has passed)": [
    {
      text: 'Gửi báo cáo trước ngày 20/11',
      rules: [once('2014-11-20', false)],
      warnings: ['year_assumed'],
      options: { year: 2014, yearSource: 'plan' },
    },
    { text: 'Gửi báo cáo trước ngày 20/12', rules: [once('2026-12-20', false)], warnings: ['year_assumed'], options: TODAY },
    { text: 'Gửi báo cáo trước ngày 10/01', rules: [once('2027-01-10', false)], warnings: ['year_assumed'], options: TODAY },
    // "trước ngày 22/11" had 21/11 as its last day: passed on 22/11, so next year's; "chậm nhất ngày 22/11" is today
    { text: 'Gửi báo cáo trước ngày 22/11', rules: [once('2027-11-22', false)], warnings: ['year_assumed'], options: TODAY },
    { text: 'Gửi báo cáo chậm nhất ngày 22/11', rules: [once('2026-11-22', true)], warnings: ['year_assumed'], options: TODAY },
    { text: 'Gửi báo cáo trước ngày 22/11', rules: [once('2026-11-22', false)], warnings: ['year_assumed'], options: PLAN_2026 },
    // a month or quarter still running is this year's; one whose last day has passed is next year's
    { text: 'Nộp vào cuối tháng 11', rules: [once('2026-11-30', true, 'month')], warnings: ['year_assumed'], options: TODAY },
    { text: 'Nộp trong tháng 10', rules: [once('2027-10-31', true, 'month')], warnings: ['year_assumed'], options: TODAY },
    { text: 'Hoàn thành trong quý IV', rules: [once('2026-12-31', true, 'quarter')], warnings: ['year_assumed'], options: TODAY },
    { text: 'Hoàn thành trước quý IV', rules: [once('2027-10-01', false, 'quarter')], warnings: ['year_assumed'], options: TODAY },
    {
      text: 'Hoàn thành trong quý II',
      rules: [once('2014-06-30', true, 'quarter')],
      warnings: ['year_assumed'],
      options: { year: 2014, yearSource: 'plan' },
    },
    {
      text: 'cuối năm báo cáo kết quả',
      rules: [once('2026-12-31', true, 'year')],
      warnings: ['year_assumed', 'approximate'],
      options: PLAN_2026,
    },
  ],
  'obvious typos read with a warning, never silently': [
    { text: 'phải xong trong Quý 11/2014', rules: [once('2014-06-30', true, 'quarter')], warnings: ['typo_quarter'] },
    { text: 'phải xong trong Quý 111/2014', rules: [once('2014-09-30', true, 'quarter')], warnings: ['typo_quarter'] },
    {
      text: 'từ năm 2104 và duy trì thường xuyên',
      rules: [{ kind: 'unscheduled', reason: 'no_day' }],
      warnings: ['typo_year'],
      options: { year: 2014, yearSource: 'plan' },
    },
    {
      text: 'báo cáo trước ngày 13/16/2013',
      rules: [once('2013-06-13', false)],
      warnings: ['typo_month'],
      options: { year: 2013, yearSource: 'plan' },
    },
    {
      text: 'hoàn thành trước ngày 20/11/2104',
      rules: [once('2014-11-20', false)],
      warnings: ['typo_year'],
      options: { year: 2014, yearSource: 'plan' },
    },
  ],
  'impossible dates are refused with a warning': [
    { text: 'Gửi báo cáo trước ngày 31/02/2026', rules: [], warnings: ['invalid_date'] },
    { text: 'Gửi báo cáo trước ngày 30/2', rules: [], warnings: ['invalid_date'] },
    { text: 'Hoàn thành trong Quý 5/2026', rules: [], warnings: ['invalid_quarter'] },
    { text: 'Hoàn thành trong tháng 13/2026', rules: [], warnings: ['invalid_month'] },
    { text: 'Gửi báo cáo trước ngày 29/02/2027', rules: [], warnings: ['invalid_date'] },
  ],
  'data cut-off windows are not deadlines': [
    {
      text: 'Số liệu báo cáo tính từ ngày 15/12 năm trước đến ngày 14/12 năm báo cáo',
      rules: [{ kind: 'unscheduled', reason: 'data_period' }],
      warnings: ['data_window'],
    },
    {
      text: 'Thời gian chốt số liệu: từ ngày 15 của tháng trước kỳ báo cáo đến ngày 14 của tháng cuối quý; gửi báo cáo chậm nhất ngày 20 của tháng cuối quý.',
      rules: [{ kind: 'quarterly', monthOfQuarter: 3, day: 20, inclusive: true }],
      warnings: ['data_window'],
    },
  ],
  'ad-hoc and event-driven reports have no date': [
    { text: 'Báo cáo đột xuất theo yêu cầu của Bộ Y tế', rules: [{ kind: 'unscheduled', reason: 'ad_hoc' }] },
    { text: 'Đăng tải văn bản lên cổng thông tin sau khi được ban hành', rules: [{ kind: 'unscheduled', reason: 'event' }] },
    {
      text: 'Báo cáo định kỳ trước ngày 10 hằng tháng và đột xuất khi có yêu cầu',
      rules: [
        { kind: 'monthly', day: 10, inclusive: false },
        { kind: 'unscheduled', reason: 'ad_hoc' },
      ],
    },
  ],
  // "kể từ ngày ký": the day of signing not counted (BLDS 2015 Đ.147); working days on the calendar given
  "days counted from the plan's signing, or from an event with no date yet": bothSpellings([
    {
      text: 'Báo cáo kết quả trong vòng 10 ngày làm việc kể từ ngày ký ban hành Kế hoạch này',
      options: SIGNED_FRIDAY,
      // Friday 24/04/2026: 27, 28, 29, 30/4 and 1/5 are Monday to Friday, then 4–8/5
      rules: [once('2026-05-08', true)],
      warnings: ['relative_to_issue'],
    },
    {
      text: 'Hoàn thành trong thời hạn 15 ngày kể từ ngày Kế hoạch được ban hành',
      options: SIGNED_FRIDAY,
      rules: [once('2026-05-09', true)],
      warnings: ['relative_to_issue'],
    },
    {
      text: 'Trong vòng 30 ngày kể từ ngày ký',
      options: SIGNED_FRIDAY,
      rules: [once('2026-05-24', true)],
      warnings: ['relative_to_issue'],
    },
    {
      text: 'Báo cáo trong 10 ngày làm việc kể từ ngày ký ban hành Kế hoạch này',
      options: PLAN_2026,
      rules: [{ kind: 'unscheduled', reason: 'event' }],
      warnings: ['relative_to_issue_undated'],
    },
    {
      text: 'Gửi báo cáo về Sở Y tế trong 10 ngày làm việc kể từ ngày nhận được văn bản',
      options: SIGNED_FRIDAY,
      rules: [{ kind: 'unscheduled', reason: 'event' }],
      warnings: ['relative_to_event'],
    },
    {
      text: 'Chậm nhất 05 ngày làm việc sau khi kết thúc đợt kiểm tra, gửi báo cáo về Sở',
      options: SIGNED_FRIDAY,
      rules: [{ kind: 'unscheduled', reason: 'event' }],
      warnings: ['relative_to_event'],
    },
    {
      // another document's signing, named by its number, is an event of its own
      text: 'Triển khai trong 20 ngày kể từ ngày ký Quyết định số 123/QĐ-UBND',
      options: SIGNED_FRIDAY,
      rules: [{ kind: 'unscheduled', reason: 'event' }],
      warnings: ['relative_to_event'],
    },
    // "kể từ ngày kết thúc quý" stays a period's offset
    { text: 'Báo cáo trong 10 ngày kể từ ngày kết thúc quý', options: SIGNED_FRIDAY, rules: [after('quarter', 10)] },
  ]),
  'cited documents and descriptions are not deadlines': [
    { text: 'Thực hiện Quyết định số 572/QĐ-UBND ngày 07/3/2018 của Ủy ban nhân dân tỉnh', rules: [], warnings: ['no_deadline'] },
    { text: 'Thông tư số 07/2014/TT-BYT ngày 25 tháng 02 năm 2014 của Bộ Y tế', rules: [], warnings: ['no_deadline'] },
    { text: 'những vấn đề còn hạn chế trong năm 2019', rules: [], warnings: ['no_deadline'] },
    { text: 'tập trung giải quyết dứt điểm trong năm 2026', rules: [once('2026-12-31', true, 'year')] },
    { text: 'trực đường dây nóng 24/7', rules: [], warnings: ['no_deadline'] },
  ],
  'text typed without diacritics': [
    { text: 'bao cao truoc ngay 15 thang 6 va 15/12 hang nam', rules: [yearly(6, 15, false), yearly(12, 15, false)] },
    { text: 'hoan thanh trong quy II/2026', rules: [once('2026-06-30', true, 'quarter')] },
    { text: 'gui cham nhat ngay 25 hang thang', rules: [{ kind: 'monthly', day: 25, inclusive: true }] },
  ],
};

describe('extractDeadlines', () => {
  for (const [group, cases] of Object.entries(CASES)) {
    describe(group, () => {
      it.each(cases.map((c) => [c.text, c] as const))('%s', (_text, c) => {
        const result = extractDeadlines(c.text, c.options ?? PLAN_2026);
        expect(result.rules).toEqual(c.rules);
        expect(result.warnings.map((w) => w.code).sort()).toEqual([...(c.warnings ?? [])].sort());
        if (c.next) expect(result.rules.map((rule) => nextDueDates(rule, NEXT_FROM, 1)[0]?.dueDate)).toEqual(c.next);
      });
    });
  }

  it('says what it read: the written words and the reading in each warning', () => {
    const { warnings } = extractDeadlines('xong trong Quý 11/2014', { year: 2014, yearSource: 'plan' });
    expect(warnings).toEqual([{ code: 'typo_quarter', params: { written: 'Quý 11/2014', read: 'Quý II/2014' } }]);
  });

  it('marks where the text says when, so a title can leave it out', () => {
    const text = 'Báo cáo về Sở trước ngày 15 tháng 6 và 15/12 hằng năm';
    const { spans } = extractDeadlines(text, PLAN_2026);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['trước ngày 15 tháng 6 và 15/12 hằng năm']);
  });

  it("counts working days from the signing on the Department's calendar: holidays are not working days", () => {
    const text = 'Báo cáo kết quả trong vòng 10 ngày làm việc kể từ ngày ký ban hành Kế hoạch này';
    const { rules, warnings, spans } = extractDeadlines(text, { ...SIGNED_FRIDAY, calendar: vietnameseCalendar() });
    // off: 27/4 (for the Hùng Kings' day, a Sunday), 30/4 and 1/5; so 28, 29/4, then 4–8/5 and 11–13/5
    expect(rules).toEqual([once('2026-05-13', true)]);
    expect(warnings).toEqual([
      {
        code: 'relative_to_issue',
        params: { written: 'trong vòng 10 ngày làm việc kể từ ngày ký ban hành Kế hoạch này', issued: '24/04/2026', due: '13/05/2026' },
      },
    ]);
    // the whole phrase leaves the task's title
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['trong vòng 10 ngày làm việc kể từ ngày ký ban hành Kế hoạch này']);
  });
});
