import { type WorkingCalendar, weekendOnlyCalendar } from '../../calendar/working-calendar.js';
import { addDays, formatDateVi, isLocalDate, lastDayOfMonth, type LocalDate, localDate, parts } from '../../dates/local-date.js';
import type { DeadlineRule } from '../deadline-rule.js';
import { foldInPlace, tidy } from './fold.js';
import { parseQuarterNumber, ROMAN_QUARTER } from './numbers.js';
import { findMarkers, type Located, type Markers, type Mention, scanMentions } from './scan.js';
import type { ExtractionWarning, WarningCode } from './warnings.js';

export interface ExtractionOptions {
  /** the year of a date written without one: the plan's year, or the reference date's */
  year: number;
  /** where that year came from; named in the warning */
  yearSource: 'plan' | 'reference';
  /**
   * With a reference date (and no plan year), a one-off date written without a year that has already
   * passed means the same day next year.
   */
  referenceDate?: LocalDate | null;
  /**
   * The day the plan was signed: "trong 10 ngày làm việc kể từ ngày ký ban hành Kế hoạch này" is then that
   * many days after it. Without it such a task has no date, and the officer is told why.
   */
  issuedOn?: LocalDate | null;
  /** the working days that "ngày làm việc" counts (holidays, make-up days); without it, Monday to Friday */
  calendar?: WorkingCalendar;
}

export interface Extraction {
  rules: DeadlineRule[];
  warnings: ExtractionWarning[];
  /**
   * Where the text says when (with its "trước", "chậm nhất", "hằng năm"), as [start, end) offsets into the
   * NFC text: what a task title leaves out.
   */
  spans: Array<{ start: number; end: number }>;
}

type Role = 'exclusive' | 'inclusive' | 'within' | 'start' | 'none';

const BOUNDARY = /[.;:\n!?]/;

// A document's number right before a date: "572/QĐ-UBND ngày", "2151-QĐ/BYT ngày", "17-CT-BCSĐ ngày".
const SYMBOL_BEFORE = /[0-9][0-9a-z]*\s*[/-]\s*(?:\d{4}\s*[/-]\s*)?[a-z][a-z0-9\-/ ]{0,20},?\s*(?:ngay\s*)?$/;
// "… ngày 30/5/2019 của Bộ Chính trị": a date that belongs to a document someone issued.
const ISSUER_AFTER =
  /^\s*(?:cua|do)\s+(?:bo\b|chinh\s+phu|thu\s+tuong|ubnd|uy\s+ban|so\s|ban\s|tinh\s+uy|thanh\s+uy|hdnd|quoc\s+hoi|dang|trung\s+uong|van\s+phong|bch|bi\s+thu|giam\s+doc|bo\s+truong|hoi\s+dong)/;
// A document named a little earlier, with no deadline word in between: "Thông tư … số … ngày 25 tháng 02 năm 2014".
const DOCUMENT_BEFORE =
  /\b(?:quyet\s+dinh|thong\s+tu|nghi\s+dinh|chi\s+thi|cong\s+van|nghi\s+quyet|ket\s+luan|quy\s+dinh|huong\s+dan|chuong\s+trinh|luat|van\s+ban|ke\s+hoach)\s+(?:so\s+)?[^\s]*\d[^\s]*(?:(?!\b(?:truoc|cham\s+nhat|han|den|vao|trong|tu)\b).){0,60}$/;

const START_OF_EVENT_CLAUSE = /^[\s\-+•*]*(?:\d+(?:\.\d+)*\.?\s*)?(?:[a-z]\)\s*)?sau\s+khi\b/;

class Passage {
  readonly folded: string;
  private readonly spans: Located[];

  constructor(
    readonly text: string,
    spans: Located[],
  ) {
    this.folded = foldInPlace(text);
    this.spans = spans;
  }

  written(span: { start: number; end: number }): string {
    return tidy(this.text.slice(span.start, span.end));
  }

  private insideMention(position: number): boolean {
    return this.spans.some((span) => position >= span.start && position < span.end);
  }

  /** Where the clause holding `position` starts: after the last full stop, semicolon, colon or line break. */
  clauseStart(position: number): number {
    for (let i = position - 1; i >= 0; i -= 1) {
      if (BOUNDARY.test(this.folded[i]!) && !this.insideMention(i)) return i + 1;
    }
    return 0;
  }

  left(span: Located, reach = 90): string {
    return this.folded.slice(Math.max(this.clauseStart(span.start), span.start - reach), span.start);
  }

  right(span: Located, reach = 60): string {
    return this.folded.slice(span.end, span.end + reach);
  }
}

function roleFromLeft(left: string): Role {
  const l = left.replace(/\s+/g, ' ');
  const before = /\btruoc\s+((?:\d{1,2}\s*(?:gio|h)\s*(?:\d{1,2})?(?:\s*phut)?\s+)?)(?:(?:sang|chieu)\s+)?(?:ngay\s*)?$/.exec(l);
  // "trước 17 giờ ngày 20/11" still allows the 20th itself
  if (before) return before[1] ? 'inclusive' : 'exclusive';
  if (/\b(?:tu|ke\s+tu|bat\s+dau(?:\s+tu)?)\s+(?:ngay\s*)?$/.test(l)) return 'start';
  if (
    /\b(?:cham\s+nhat|muon\s+nhat|khong\s+(?:qua|muon\s+hon|cham\s+hon)|han(?:\s+chot|\s+cuoi)?|den(?:\s+het)?|truoc\s+hoac\s+trong|vao(?:\s+dip)?|hoan\s+thanh|xong)(?:\s+(?:la|vao|ngay|truoc))*\s*$/.test(
      l,
    )
  )
    return 'inclusive';
  if (/\btrong\s+(?:ngay\s*)?$/.test(l)) return 'within';
  if (/\bngay\s*$/.test(l)) return 'inclusive';
  // A deadline word a few words away: "vào dịp Lễ kỷ niệm ngày Thầy thuốc Việt Nam 27-2".
  const near = l.trim().split(' ').slice(-8).join(' ');
  let found: Role = 'none';
  for (const m of near.matchAll(/\b(truoc|cham\s+nhat|muon\s+nhat|vao|den|trong|ngay)\b/g)) {
    found = m[1] === 'truoc' ? 'exclusive' : m[1] === 'trong' ? 'within' : 'inclusive';
  }
  return found;
}

const DATED_KINDS = new Set<Mention['kind']>(['date', 'quarter', 'month', 'year_end', 'year_within', 'year']);

interface Context {
  passage: Passage;
  options: ExtractionOptions;
  markers: Markers;
  warnings: ExtractionWarning[];
  rules: DeadlineRule[];
  spans: Array<{ start: number; end: number }>;
  /** a recurring "cuối năm" or "đầu tháng" with no day: the task recurs but has no date */
  undatedRecurrence: boolean;
  dataWindow: boolean;
}

function warn(ctx: Context, code: WarningCode, params: Record<string, string | number> = {}) {
  ctx.warnings.push({ code, params });
}

const anyRecurrence = (m: Markers) => m.yearly || m.halfYearly || m.quarterly || m.monthly || m.weekly || m.periodic;

/** A year that cannot be right ("2104" in a 2014 plan) read as the one swap of two neighbouring digits that can. */
function checkedYear(ctx: Context, year: number, written: string): number {
  const reference = ctx.options.year;
  if (year >= 1945 && year <= reference + 10) return year;
  const digits = String(year).split('');
  const candidates = new Set<number>();
  for (let i = 0; i + 1 < digits.length; i += 1) {
    const swapped = [...digits];
    [swapped[i], swapped[i + 1]] = [swapped[i + 1]!, swapped[i]!];
    const candidate = Number(swapped.join(''));
    if (candidate >= reference - 15 && candidate <= reference + 10) candidates.add(candidate);
  }
  if (candidates.size !== 1) return year;
  const [read] = candidates;
  warn(ctx, 'typo_year', { written, read: read! });
  return read!;
}

/**
 * The year of a date written without one, said out loud so that a reviewer can check it. Without a plan's
 * year, a deadline whose last day (`lastDay` of a year: "trước ngày 10/11" is 9/11) has already passed on the
 * reference date means next year's; a plan that states its year keeps it (its dates may well be past).
 */
function assumedYear(ctx: Context, written: string, lastDay: (year: number) => LocalDate): number {
  let year = ctx.options.year;
  const reference = ctx.options.referenceDate;
  if (ctx.options.yearSource === 'reference' && reference && lastDay(year) < reference) year += 1;
  warn(ctx, 'year_assumed', { written, year, source: ctx.options.yearSource });
  return year;
}

/** A day of a month that may not have it (29/02, 31/04): the month's last day, only for comparing. */
const clamped = (year: number, month: number, day: number) => localDate(year, month, Math.min(day, lastDayOfMonth(year, month)));

function inEventClause(ctx: Context, span: Located): boolean {
  const { passage } = ctx;
  const start = passage.clauseStart(span.start);
  const before = passage.folded.slice(start, span.start);
  return START_OF_EVENT_CLAUSE.test(before) && !before.includes(',');
}

function isCitation(ctx: Context, span: Located): boolean {
  const left = ctx.passage.left(span);
  if (SYMBOL_BEFORE.test(left)) return true;
  if (ISSUER_AFTER.test(ctx.passage.right(span))) return true;
  return DOCUMENT_BEFORE.test(left);
}

const once = (due: LocalDate, inclusive: boolean, precision: Extract<DeadlineRule, { kind: 'once' }>['precision']): DeadlineRule => ({
  kind: 'once',
  due,
  inclusive,
  precision,
});

function dateRule(ctx: Context, span: Located, mention: Extract<Mention, { kind: 'date' }>, role: Role): DeadlineRule | null {
  const written = ctx.passage.written(span);
  let { month } = mention;
  // "13/16/2013": a month of 13–19 has a stray leading 1; anything else is too uncertain to repair.
  if (month >= 13 && month <= 19 && !mention.dashed) {
    const read = month - 10;
    warn(ctx, 'typo_month', {
      written,
      read: `${String(mention.day).padStart(2, '0')}/${String(read).padStart(2, '0')}${mention.year ? `/${mention.year}` : ''}`,
    });
    month = read;
  }
  if (month < 1 || month > 12 || mention.day < 1 || mention.day > lastDayOfMonth(mention.year ?? 2000, month)) {
    warn(ctx, 'invalid_date', { written });
    return null;
  }
  if (role === 'start') return null;
  const inclusive = role !== 'exclusive';
  if (mention.year === null) {
    if (anyRecurrence(ctx.markers)) return { kind: 'yearly', month, day: mention.day, inclusive };
    const year = assumedYear(ctx, written, (y) =>
      inclusive ? clamped(y, month, mention.day) : addDays(clamped(y, month, mention.day), -1),
    );
    if (!isLocalDate(localDate(year, month, mention.day))) {
      warn(ctx, 'invalid_date', { written: `${written}/${year}` });
      return null;
    }
    return once(localDate(year, month, mention.day), inclusive, 'day');
  }
  const year = checkedYear(ctx, mention.year, written);
  return once(localDate(year, month, mention.day), inclusive, 'day');
}

function quarterRule(ctx: Context, span: Located, mention: Extract<Mention, { kind: 'quarter' }>, role: Role): DeadlineRule | null {
  const written = ctx.passage.written(span);
  const parsed = parseQuarterNumber(mention.written);
  if (parsed === null) return null; // "quỹ vì người nghèo": not a quarter at all
  if ('invalid' in parsed) {
    warn(ctx, 'invalid_quarter', { written });
    return null;
  }
  const year = mention.year === null ? null : checkedYear(ctx, mention.year, written);
  if (parsed.typo) warn(ctx, 'typo_quarter', { written, read: `Quý ${ROMAN_QUARTER[parsed.value]}${year ? `/${year}` : ''}` });
  if (role === 'start') return null;
  const firstMonth = (parsed.value - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  if (year === null && anyRecurrence(ctx.markers) && role !== 'exclusive') {
    // "vào quý III hằng năm": every year by the end of that quarter
    return mention.part === 'early'
      ? { kind: 'yearly', month: firstMonth, day: 10, inclusive: true }
      : { kind: 'yearly', month: lastMonth, day: lastDayOfMonth(2001, lastMonth), inclusive: true };
  }
  const y =
    year ??
    assumedYear(ctx, written, (candidate) =>
      role === 'exclusive'
        ? addDays(localDate(candidate, firstMonth, 1), -1)
        : mention.part === 'early'
          ? localDate(candidate, firstMonth, 10)
          : localDate(candidate, lastMonth, lastDayOfMonth(candidate, lastMonth)),
    );
  if (role === 'exclusive') return once(localDate(y, firstMonth, 1), false, 'quarter');
  if (mention.part === 'early') {
    warn(ctx, 'approximate', { written, due: `10/${String(firstMonth).padStart(2, '0')}/${y}` });
    return once(localDate(y, firstMonth, 10), true, 'early_month');
  }
  return once(localDate(y, lastMonth, lastDayOfMonth(y, lastMonth)), true, 'quarter');
}

const PART_DAY = { early: 10, mid: 20 } as const;

function monthRule(ctx: Context, span: Located, mention: Extract<Mention, { kind: 'month' }>, role: Role): DeadlineRule | null {
  const written = ctx.passage.written(span);
  if (mention.month < 1 || mention.month > 12) {
    warn(ctx, 'invalid_month', { written });
    return null;
  }
  if (role === 'start') return null;
  const { month, part } = mention;
  const approximate = part === 'early' || part === 'mid';
  if (mention.year === null && anyRecurrence(ctx.markers) && role !== 'exclusive') {
    return { kind: 'yearly', month, day: approximate ? PART_DAY[part] : lastDayOfMonth(2001, month), inclusive: true };
  }
  const lastDay = (y: number) =>
    role === 'exclusive'
      ? addDays(localDate(y, month, 1), -1)
      : localDate(y, month, approximate ? PART_DAY[part] : lastDayOfMonth(y, month));
  const year = mention.year === null ? assumedYear(ctx, written, lastDay) : checkedYear(ctx, mention.year, written);
  if (role === 'exclusive') return once(localDate(year, month, 1), false, 'month');
  const mm = String(month).padStart(2, '0');
  if (approximate) {
    const day = PART_DAY[part];
    warn(ctx, 'approximate', { written, due: `${day}/${mm}/${year}` });
    return once(localDate(year, month, day), true, part === 'early' ? 'early_month' : 'mid_month');
  }
  return once(localDate(year, month, lastDayOfMonth(year, month)), true, 'month');
}

function recurringPartRule(ctx: Context, span: Located, mention: Extract<Mention, { kind: 'recurring_part' }>): DeadlineRule | null {
  const written = ctx.passage.written(span);
  const every = /\b(?:moi|hang|cac)\b/.test(ctx.passage.folded.slice(span.start, span.end));
  if (mention.cycle === 'month' && (every || ctx.markers.monthly)) {
    const day = mention.part === 'late' ? 31 : PART_DAY[mention.part];
    warn(ctx, 'approximate_recurring', { written });
    return { kind: 'monthly', day, inclusive: true };
  }
  if (mention.cycle === 'quarter' && (every || ctx.markers.quarterly)) {
    const rule: DeadlineRule =
      mention.part === 'early'
        ? { kind: 'quarterly', monthOfQuarter: 1, day: 10, inclusive: true }
        : mention.part === 'mid'
          ? { kind: 'quarterly', monthOfQuarter: 2, day: 15, inclusive: true }
          : { kind: 'quarterly', monthOfQuarter: 3, day: 31, inclusive: true };
    warn(ctx, 'approximate_recurring', { written });
    return rule;
  }
  if (anyRecurrence(ctx.markers)) ctx.undatedRecurrence = true;
  return null;
}

function yearEndRule(
  ctx: Context,
  span: Located,
  mention: Extract<Mention, { kind: 'year_end' | 'year_within' }>,
  role: Role,
): DeadlineRule | null {
  const written = ctx.passage.written(span);
  if (role === 'start') return null;
  // "giải quyết dứt điểm trong năm 2020" is a deadline; "hạn chế trong năm 2019" is a description
  if (
    mention.kind === 'year_within' &&
    !/\b(?:xong|hoan\s+thanh|hoan\s+tat|dut\s+diem|ket\s+thuc)\b[^.;]{0,24}$/.test(ctx.passage.left(span, 50))
  )
    return null;
  if (mention.year === null) {
    if (anyRecurrence(ctx.markers)) {
      // "hàng tháng, hàng quý và cuối năm": recurring, but no day is given for any of them
      if (ctx.markers.monthly || ctx.markers.quarterly || ctx.markers.weekly || ctx.markers.periodic) {
        ctx.undatedRecurrence = true;
        return null;
      }
      warn(ctx, 'approximate_recurring', { written });
      return { kind: 'yearly', month: 12, day: 31, inclusive: true };
    }
    const year = assumedYear(ctx, written, (y) => localDate(y, 12, 31));
    warn(ctx, 'approximate', { written, due: `31/12/${year}` });
    return once(localDate(year, 12, 31), true, 'year');
  }
  const year = checkedYear(ctx, mention.year, written);
  return once(localDate(year, 12, 31), true, 'year');
}

function periodOfMarkers(m: Markers): 'month' | 'quarter' | 'half_year' | 'year' | null {
  if (m.monthly) return 'month';
  if (m.quarterly) return 'quarter';
  if (m.halfYearly) return 'half_year';
  if (m.yearly) return 'year';
  return null;
}

function interpret(ctx: Context, spans: Located[]) {
  let previous: { span: Located; role: Role } | null = null;
  for (const span of spans) {
    const { mention } = span;
    if (DATED_KINDS.has(mention.kind) && isCitation(ctx, span)) continue;

    let role: Role = 'none';
    if (DATED_KINDS.has(mention.kind)) {
      // "trước ngày 15 tháng 6 và 15/12": the second date shares the first one's "trước".
      const gap: string | null = previous ? ctx.passage.folded.slice(previous.span.end, span.start) : null;
      role = gap !== null && /^[\s,]*(?:va|hoac)?[\s,]*(?:ngay\s*)?$/.test(gap) ? previous!.role : roleFromLeft(ctx.passage.left(span));
      previous = { span, role };
    }

    let rule: DeadlineRule | null = null;
    switch (mention.kind) {
      case 'rule':
        rule = mention.rule;
        break;
      case 'date':
        rule = dateRule(ctx, span, mention, role);
        break;
      case 'quarter':
        rule = quarterRule(ctx, span, mention, role);
        break;
      case 'month':
        rule = monthRule(ctx, span, mention, role);
        break;
      case 'recurring_part':
        rule = recurringPartRule(ctx, span, mention);
        break;
      case 'year_end':
      case 'year_within':
        rule = yearEndRule(ctx, span, mention, role);
        break;
      case 'year':
        checkedYear(ctx, mention.year, ctx.passage.written(span));
        break;
      case 'bare_day': {
        const inclusive = roleFromLeft(ctx.passage.folded.slice(span.start, span.end).replace(/ngay\s+\d+\s*$/, '')) !== 'exclusive';
        if (ctx.markers.monthly) rule = { kind: 'monthly', day: mention.day, inclusive };
        else if (ctx.markers.quarterly) {
          warn(ctx, 'month_of_quarter_assumed', { written: ctx.passage.written(span) });
          rule = { kind: 'quarterly', monthOfQuarter: 3, day: mention.day, inclusive };
        }
        break;
      }
      case 'period_offset_unknown': {
        const period = periodOfMarkers(ctx.markers) ?? mention.fallback ?? null;
        if (period) rule = { kind: 'after_period', period, offset: mention.offset, unit: mention.unit };
        else warn(ctx, 'period_unknown', { written: ctx.passage.written(span) });
        break;
      }
      case 'relative':
        rule = relativeRule(ctx, span, mention);
        break;
      case 'data_window':
        ctx.dataWindow = true;
        warn(ctx, 'data_window', { written: ctx.passage.written(span) });
        break;
    }
    if (rule) {
      if (DATED_KINDS.has(mention.kind) && inEventClause(ctx, span)) warn(ctx, 'event_anchor', { written: ctx.passage.written(span) });
      ctx.rules.push(rule);
      ctx.spans.push(widened(ctx.passage.folded, span));
    }
  }
}

// "trước ngày", "chậm nhất là vào ngày", "vào dịp" before a date, and "hằng năm" after it
const LEADING_WORDS =
  /(?:\b(?:truoc(?:\s+\d{1,2}\s*(?:gio|h)\s*(?:\d{1,2})?(?:\s*phut)?)?|cham\s+nhat(?:\s+la)?(?:\s+vao)?|muon\s+nhat(?:\s+la)?|khong\s+qua|vao(?:\s+dip)?|den(?:\s+het)?|trong|han(?:\s+chot)?|xong\s+trong)\s+)?(?:ngay\s+)?$/;
const TRAILING_WORDS = /^(?:\s*(?:,\s*)?(?:cua\s+)?(?:hang|moi)\s+(?:nam|quy|thang|tuan))?/;

function widened(folded: string, span: Located): { start: number; end: number } {
  const before = folded.slice(Math.max(0, span.start - 40), span.start);
  const lead = LEADING_WORDS.exec(before)?.[0].length ?? 0;
  const trail = TRAILING_WORDS.exec(folded.slice(span.end))?.[0].length ?? 0;
  return { start: span.start - lead, end: span.end + trail };
}

/** Joins spans that touch or are separated only by "và", "hoặc" or a comma ("15 tháng 6 và 15/12"). */
function mergedSpans(folded: string, spans: Array<{ start: number; end: number }>) {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Array<{ start: number; end: number }> = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && (span.start <= last.end || /^[\s,]*(?:va|hoac)?[\s,]*$/.test(folded.slice(last.end, span.start))))
      last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}

/**
 * Days counted from the plan's own issue end that many days after it: the day of the issue itself is not
 * counted (Bộ luật Dân sự 2015, Điều 147), and working days skip weekends, holidays and the days off the
 * calendar knows. Days from a later event ("kể từ ngày nhận được văn bản") have no date until it happens.
 */
function relativeRule(ctx: Context, span: Located, mention: Extract<Mention, { kind: 'relative' }>): DeadlineRule {
  const written = ctx.passage.written(span);
  const { issuedOn, calendar = weekendOnlyCalendar } = ctx.options;
  if (mention.anchor === 'event') {
    warn(ctx, 'relative_to_event', { written });
    return { kind: 'unscheduled', reason: 'event' };
  }
  if (!issuedOn) {
    warn(ctx, 'relative_to_issue_undated', { written });
    return { kind: 'unscheduled', reason: 'event' };
  }
  const due = mention.unit === 'working_days' ? calendar.addWorkingDays(issuedOn, mention.offset) : addDays(issuedOn, mention.offset);
  warn(ctx, 'relative_to_issue', { written, issued: formatDateVi(issuedOn), due: formatDateVi(due) });
  return { kind: 'once', due, inclusive: true, precision: 'day' };
}

function undatedRules(ctx: Context): DeadlineRule[] {
  const { markers } = ctx;
  const rules: DeadlineRule[] = [];
  const dated = ctx.rules.length > 0;
  if (!dated && (anyRecurrence(markers) || markers.ongoing || ctx.undatedRecurrence)) rules.push({ kind: 'unscheduled', reason: 'no_day' });
  if (markers.adHoc) rules.push({ kind: 'unscheduled', reason: 'ad_hoc' });
  if (!dated && markers.event) rules.push({ kind: 'unscheduled', reason: 'event' });
  if (!dated && rules.length === 0 && ctx.dataWindow) rules.push({ kind: 'unscheduled', reason: 'data_period' });
  return rules;
}

function unique(rules: DeadlineRule[]): DeadlineRule[] {
  const seen = new Set<string>();
  return rules.filter((rule) => {
    const key = JSON.stringify(rule);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Reads when something is due from Vietnamese text: the rules of the DESIGN vocabulary, and what a person
 * should check. Dates of cited documents, data cut-off windows and start dates ("từ Quý III/2014") are not
 * deadlines; typos are read with a warning; impossible dates give a warning and no rule.
 */
export function extractDeadlines(text: string, options: ExtractionOptions): Extraction {
  const nfc = text.normalize('NFC');
  const folded = foldInPlace(nfc);
  const spans = scanMentions(folded);
  const ctx: Context = {
    passage: new Passage(nfc, spans),
    options,
    markers: findMarkers(folded),
    warnings: [],
    rules: [],
    spans: [],
    undatedRecurrence: false,
    dataWindow: false,
  };
  interpret(ctx, spans);
  const rules = unique([...ctx.rules, ...undatedRules(ctx)]);
  // "no deadline" unless a warning already says why there is none
  if (rules.length === 0 && !ctx.warnings.some((w) => w.code.startsWith('invalid') || w.code === 'period_unknown'))
    warn(ctx, 'no_deadline');
  const seen = new Set<string>();
  const warnings = ctx.warnings.filter((w) => {
    const key = `${w.code}:${JSON.stringify(w.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { rules, warnings, spans: mergedSpans(folded, ctx.spans) };
}

/** The year that dates without one take, and where it comes from, for a reference date. */
export function referenceOptions(referenceDate: LocalDate): ExtractionOptions {
  return { year: parts(referenceDate).year, yearSource: 'reference', referenceDate };
}
