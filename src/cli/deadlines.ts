import { parseArgs } from 'node:util';
import { systemClock } from '../core/clock.js';
import { describeRule, describeWarning, warningText } from '../core/deadlines/describe-rule.js';
import { extractDeadlines, referenceOptions } from '../core/deadlines/extraction/extract-deadlines.js';
import { vietnameseCalendar } from '../core/calendar/vietnam-calendar.js';
import type { WorkingCalendar } from '../core/calendar/working-calendar.js';
import { formatDateVi, type LocalDate } from '../core/dates/local-date.js';
import type { DeadlineRule } from '../core/deadlines/deadline-rule.js';
import { effectiveDeadline } from '../core/deadlines/deadline.js';
import { describeShift } from '../core/deadlines/describe-deadline.js';
import { nextDueDates } from '../core/deadlines/occurrence.js';
import type { Translate } from '../core/text/translate.js';
import { cliContext, err, out, referenceDate, withCliApp } from './session.js';

/** One upcoming occurrence of a rule, as `cli deadlines --json` gives it. */
export interface CliOccurrence {
  /** the rule's index in "rules" */
  rule: number;
  period: string;
  /** the stated last day */
  stated: LocalDate;
  /** the day it really ends on: the next working day when the stated one is a day off (BLDS 2015 Đ.148 k.5) */
  effective: LocalDate;
  /** why the two differ, in the operator's language; null when they are the same day */
  reason: string | null;
}

/** The next `count` occurrences of each rule from the reference date, with their effective deadlines. */
export function upcomingOccurrences(
  rules: readonly DeadlineRule[],
  reference: LocalDate,
  calendar: WorkingCalendar,
  t: Translate,
  count = 4,
): CliOccurrence[] {
  return rules.flatMap((rule, index) =>
    nextDueDates(rule, reference, count, calendar).map((slot) => {
      const deadline = effectiveDeadline(slot.dueDate!, calendar);
      return {
        rule: index,
        period: slot.period,
        stated: deadline.stated,
        effective: deadline.effective,
        reason: describeShift(t, deadline),
      };
    }),
  );
}

/**
 * `deadlines "<text>" --json [--reference-date YYYY-MM-DD]`: the DESIGN contract, one JSON object
 * {"rules": DeadlineRule[], "warnings": string[], "occurrences": CliOccurrence[]} where each warning is
 * "<code>: <message>" and the occurrences are the next 4 of each rule from the reference date, on the working
 * calendar stored in the database (public holidays computed, plus the days `cli holidays` recorded). Without
 * --json, the same in words. A date without a year takes the reference date's year (today by default).
 */
export async function deadlinesCommand(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean', default: false }, 'reference-date': { type: 'string' } },
    allowPositionals: true,
  });
  const { config, t } = await cliContext();
  const text = positionals.join(' ').trim();
  if (!text) {
    err(t('cli-deadlines-usage'));
    process.exitCode = 2;
    return;
  }
  const reference = referenceDate(values['reference-date'], config, systemClock.now(), t);
  if (!reference) return;
  const result = extractDeadlines(text, referenceOptions(reference));
  const warnings = result.warnings.map((w) => describeWarning(t, w));
  // the database is opened only when a rule has dates, for the days off it records
  let calendar: WorkingCalendar = vietnameseCalendar();
  if (result.rules.some((rule) => rule.kind !== 'unscheduled')) {
    await withCliApp(async (app) => {
      calendar = await app.calendar.current();
    });
  }
  const occurrences = upcomingOccurrences(result.rules, reference, calendar, t);
  if (values.json) {
    out(JSON.stringify({ rules: result.rules, warnings, occurrences }));
    return;
  }
  if (result.rules.length > 0)
    out([t('cli-deadlines-rules'), ...result.rules.map((rule) => t('cli-deadlines-rule', { rule: describeRule(t, rule) }))].join('\n'));
  for (const o of occurrences) {
    out(t('cli-deadlines-occurrence', { rule: o.rule + 1, period: o.period, due: o.reason ?? formatDateVi(o.stated) }));
  }
  // read by a person: the words, without the code the JSON leads with
  for (const warning of result.warnings) out(t('import-warning', { warning: warningText(t, warning) }));
}
