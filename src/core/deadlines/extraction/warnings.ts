/**
 * What the extractor wants a person to check. Codes are stable (tests, JSON output, the chat review); the
 * wording lives in the locale files under `extract-<code with dashes>`, with these parameters.
 */
export const WARNING_CODES = [
  'typo_quarter', // "Quý 11/2014" read as Quý II/2014
  'typo_year', // "năm 2104" read as 2014
  'typo_month', // "13/16/2013" read as 13/06/2013
  'invalid_date', // "31/02": no such day; no rule made
  'invalid_quarter', // "Quý 5"
  'invalid_month', // "tháng 13"
  'year_assumed', // a date without a year took the plan's (or the reference date's) year
  'approximate', // "đầu tháng 4/2019" taken as due 10/04/2019 (đầu = 1–10, giữa = 11–20, cuối = 21–end)
  'approximate_recurring', // "đầu mỗi tháng" taken as the 10th of every month, by the same convention
  'year_only', // "kế hoạch công tác năm 2023": one-off work naming only its year, taken as due 31/12/2023
  'month_of_quarter_assumed', // "ngày 15 hằng quý": the last month of the quarter assumed
  'event_anchor', // a date inside "Sau khi …," dates the event, not the task
  'data_window', // "số liệu tính từ … đến …": a data cut-off window, not a deadline
  'period_unknown', // "sau khi kết thúc kỳ báo cáo" without saying which period
  'relative_to_issue', // "trong 10 ngày làm việc kể từ ngày ký": counted from the plan's date, to check
  'relative_to_issue_undated', // the same, but the plan's date is not known: no date made
  'relative_to_event', // "trong 15 ngày kể từ ngày nhận được văn bản": from an event with no date yet
  'no_deadline', // nothing that says when
  // importing a plan
  'unit_not_found', // the plan names a unit this Department does not have ("Trung tâm Truyền thông - GDSK")
  'unit_fallback', // an office of the Sở not in the database ("Thanh tra Sở"): given to the Sở itself
  'doer_assumed', // the plan names no doer for the task: given to the units under the Sở, to check
  'doer_inferred', // the task's own sentence names no doer: taken from a place it names or an earlier paragraph
  'past_deadline', // a one-off deadline already past on the day of import
  'plan_year_assumed', // the plan states no year: the reference date's year is used
  'plan_year_inferred', // the plan states no year; its schedule names this one most
  'plan_year_unknown', // the text states no year and no deadline needed one (yearly dates, undated work)
  'plan_title_from_text', // no "KẾ HOẠCH" heading (a news article): named after the document it carries out
  'no_tasks', // nothing in the text reads as a task
  'no_units', // the database has no units yet: import them first (cli import units)
] as const;

export type WarningCode = (typeof WARNING_CODES)[number];

export interface ExtractionWarning {
  code: WarningCode;
  params: Record<string, string | number>;
}

export const warningKey = (code: WarningCode) => `extract-${code.replace(/_/g, '-')}`;
