import { formatDateVi, parts } from '../dates/local-date.js';
import type { Translate } from '../text/translate.js';
import type { DeadlineRule } from './deadline-rule.js';
import type { ExtractionWarning } from './extraction/warnings.js';
import { warningKey } from './extraction/warnings.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { effectiveDeadline } from './deadline.js';
import { describeShift } from './describe-deadline.js';
import { lastDayToSubmit } from './occurrence.js';

const dayMonth = (day: number, month: number) => `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}`;

/**
 * A rule in words, for people reviewing a proposal: "hằng năm, trước ngày 15/06". With the working calendar,
 * a one-off deadline whose last day is a day off says the working day it really ends on, as every list of
 * open tasks will ("… (hạn cuối 30/01/2027); hạn 30/01 (thứ Bảy) → nộp đến hết thứ Hai 01/02").
 */
export function describeRule(t: Translate, rule: DeadlineRule, calendar?: WorkingCalendar): string {
  switch (rule.kind) {
    case 'once': {
      const { year, month } = parts(rule.due);
      const shift = calendar ? describeShift(t, effectiveDeadline(lastDayToSubmit(rule.due, rule.inclusive), calendar)) : null;
      const words = t('rule-once', {
        precision: rule.precision,
        inclusive: String(rule.inclusive),
        date: formatDateVi(rule.due),
        last: formatDateVi(lastDayToSubmit(rule.due, rule.inclusive)),
        month: `${String(month).padStart(2, '0')}/${year}`,
        // official style writes a quarter in Roman numerals: "quý II/2027"
        quarter: `${['I', 'II', 'III', 'IV'][Math.floor((month - 1) / 3)]}/${year}`,
        year: String(year),
      });
      return shift ? t('rule-once-shifted', { rule: words, shift }) : words;
    }
    case 'yearly':
      return t('rule-yearly', { inclusive: String(rule.inclusive), date: dayMonth(rule.day, rule.month) });
    case 'quarterly':
      return t('rule-quarterly', { inclusive: String(rule.inclusive), day: rule.day, month: rule.monthOfQuarter });
    case 'monthly':
      return t('rule-monthly', { inclusive: String(rule.inclusive), day: rule.day });
    case 'weekly':
      return t('rule-weekly', { weekday: rule.weekday });
    case 'after_period':
      return t('rule-after-period', { offset: rule.offset, unit: rule.unit, period: rule.period });
    case 'unscheduled':
      return t('rule-unscheduled', { reason: rule.reason });
  }
}

/** "“Quý 11/2014” được đọc là Quý II/2014 …": a warning in words, as a person reads it. */
export function warningText(t: Translate, warning: ExtractionWarning): string {
  // every number a warning carries is a year or a date part: never "2.014"
  const params = Object.fromEntries(Object.entries(warning.params).map(([key, value]) => [key, String(value)]));
  return t(warningKey(warning.code), params);
}

/** "typo_quarter: “Quý 11/2014” được đọc là Quý II/2014 …": a stable code, then the words (the CLI's JSON). */
export const describeWarning = (t: Translate, warning: ExtractionWarning): string => `${warning.code}: ${warningText(t, warning)}`;
