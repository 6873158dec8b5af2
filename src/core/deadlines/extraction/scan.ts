import type { DeadlineRule } from '../deadline-rule.js';
import { NUMBER_WORDS_PATTERN, parseNumberWords } from './numbers.js';

/**
 * The time expressions of one passage, found in its folded text (see fold.ts): each with where it is, so
 * the interpreter can look at the words around it. Recognisers run most specific first and claim their
 * characters, so "ngày 5 của tháng sau" is an offset after a month, never also a bare "ngày 5".
 */
export type Mention =
  | { kind: 'rule'; rule: DeadlineRule; comparator: string | null }
  /** an offset after "the reporting period" whose length the sentence's markers must give; `fallback` when they do not */
  | { kind: 'period_offset_unknown'; offset: number; unit: 'days' | 'working_days'; fallback?: 'month' }
  /**
   * "trong 10 ngày làm việc kể từ ngày ký ban hành Kế hoạch này", "15 ngày kể từ ngày nhận được văn bản": a
   * number of days from the plan's own issue (`issue`) or from something that happens later (`event`)
   */
  | { kind: 'relative'; offset: number; unit: 'days' | 'working_days'; anchor: 'issue' | 'event' }
  | { kind: 'data_window' }
  | { kind: 'date'; day: number; month: number; year: number | null; dashed: boolean }
  | { kind: 'bare_day'; day: number }
  | { kind: 'quarter'; written: string; year: number | null; part: 'early' | 'late' | null }
  | { kind: 'month'; month: number; year: number | null; part: 'early' | 'mid' | 'late' | 'within' | null }
  | { kind: 'recurring_part'; cycle: 'month' | 'quarter'; part: 'early' | 'mid' | 'late' }
  | { kind: 'year_end'; year: number | null }
  | { kind: 'year_within'; year: number }
  | { kind: 'year'; year: number };

export interface Located<T = Mention> {
  start: number;
  end: number;
  mention: T;
}

// A comparator right before a day: "trước", "chậm nhất (là) (vào)", "vào", "đến"… (folded).
const COMPARATOR = String.raw`(?:(truoc|cham\s+nhat(?:\s+la)?(?:\s+vao)?|muon\s+nhat(?:\s+la)?|khong\s+(?:qua|muon\s+hon|cham\s+hon)|vao|den(?:\s+het)?|trong)\s+)?`;
const N = `(${NUMBER_WORDS_PATTERN})`;
const NEXT = String.raw`(?:sau|tiep\s+theo|ke\s+tiep)`;
// A period after which something is due: "quý", "06 tháng", "nửa năm", "kỳ báo cáo (quý)" (see periodOf).
const PERIOD_WORDS = String.raw`thang|quy|0?6\s+thang|sau\s+thang|nua\s+nam|nam`;
const PERIOD = String.raw`(${PERIOD_WORDS}|ky\s+bao\s+cao(?:\s+(?:${PERIOD_WORDS}))?)`;
// A period longer than a month, whose first month can be named: "tháng đầu tiên của quý sau".
const LONG_PERIOD = String.raw`(quy|0?6\s+thang|sau\s+thang|nua\s+nam|nam)`;
const FIRST_MONTH = String.raw`(?:dau(?:\s+tien)?|thu\s+nhat|0?1)`;
const WEEKDAY = String.raw`(thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat)`;

const WEEKDAYS: Record<string, number> = { hai: 1, '2': 1, ba: 2, '3': 2, tu: 3, '4': 3, nam: 4, '5': 4, sau: 5, '6': 5, bay: 6, '7': 6 };

function weekdayOf(folded: string): number {
  if (folded.startsWith('chu')) return 7;
  return WEEKDAYS[folded.split(/\s+/)[1]!]!;
}

// "26" is 2026 and "98" is 1998, as people write years on forms.
const twoDigitYear = (yy: number) => (yy < 70 ? 2000 + yy : 1900 + yy);

const exclusive = (comparator: string | undefined) => comparator !== undefined && comparator.startsWith('truoc');

/** The period a (folded) word names: "quý", "6 tháng", "kỳ báo cáo năm"; null for a bare "kỳ báo cáo". */
function periodOf(word: string): 'month' | 'quarter' | 'half_year' | 'year' | null {
  const w = word
    .replace(/\s+/g, ' ')
    .replace(/^ky(?: bao cao)? ?/, '')
    .replace(/^0(?=6)/, '');
  if (w === 'thang') return 'month';
  if (w === 'quy') return 'quarter';
  if (w === '6 thang' || w === 'sau thang' || w === 'nua nam') return 'half_year';
  if (w === 'nam') return 'year';
  return null;
}

// What "kể từ ngày …" names when it is the plan's own signing or issue: "ký", "ký ban hành Kế hoạch này",
// "ban hành", "Kế hoạch được ban hành" (folded; a document named by its number is another one's)
const DOCUMENT = String.raw`(?:ke\s+hoach|van\s+ban|quyet\s+dinh|cong\s+van|chi\s+thi|thong\s+bao)`;
const ISSUE_OF_THIS_DOCUMENT = new RegExp(
  String.raw`^(?:(?:duoc\s+)?(?:ky|ban\s+hanh)(?:\s+ban\s+hanh)?(?:\s+${DOCUMENT}(?:\s+nay)?)?|${DOCUMENT}(?:\s+nay)?\s+(?:duoc\s+)?(?:ky|ban\s+hanh)(?:\s+ban\s+hanh)?(?:\s+ke\s+hoach)?)$`,
);

interface Recogniser {
  pattern: RegExp;
  make(match: RegExpExecArray): Mention | null;
}

const RECOGNISERS: Recogniser[] = [
  // "số liệu tính từ 15/12 năm trước đến 14/12": the period the figures cover, not when to send them.
  {
    pattern: new RegExp(
      String.raw`(?:chot\s+)?so\s+lieu[^.;\n]{0,60}?\b(?:tinh\s+)?tu\s+(?:ngay\s+)?[^.;\n]{0,60}?\bden\s+(?:het\s+)?(?:ngay\s+)?\d{1,2}(?:\s*[\/-]\s*\d{1,2}|\s+(?:cua\s+)?thang\s+(?:\d{1,2}|cuoi\s+quy))(?:\s*[\/-]\s*\d{4}|\s+nam\s+\d{4})?(?:\s+(?:cua\s+)?(?:nam|thang|quy|ky)(?:\s+(?:bao\s+cao|truoc|sau|nay|tiep\s+theo)))?`,
      'g',
    ),
    make: () => ({ kind: 'data_window' }),
  },
  // "trong 5 ngày làm việc sau khi kết thúc quý", "10 ngày kể từ ngày kết thúc tháng", "7 ngày làm việc sau
  // ngày cuối quý", "10 ngày làm việc kể từ khi kết thúc kỳ báo cáo năm"
  {
    pattern: new RegExp(
      String.raw`(?:(?:trong(?:\s+(?:vong|thoi\s+han|thoi\s+gian))?|cham\s+nhat(?:\s+la)?|khong\s+qua|sau)\s+)?${N}\s+ngay(\s+lam\s+viec)?(?:\s*,)?\s+(?:sau\s+khi|(?:ke|tinh)\s+tu(?:\s+(?:ngay|khi))?|sau(?:\s+ngay)?)\s+(?:ket\s+thuc|het|(?:ngay\s+)?cuoi(?:\s+cung)?(?:\s+cua)?)\s+(?:moi\s+|cac\s+)?${PERIOD}(?![a-z])`,
      'g',
    ),
    make(m) {
      const offset = parseNumberWords(m[1]!);
      if (offset === null || offset > 366) return null;
      const unit = m[2] ? 'working_days' : 'days';
      const period = periodOf(m[3]!);
      if (!period) return { kind: 'period_offset_unknown', offset, unit };
      return { kind: 'rule', rule: { kind: 'after_period', period, offset, unit }, comparator: null };
    },
  },
  // "chậm nhất vào ngày làm việc thứ 5 của tháng sau", "ngày làm việc thứ 10 sau khi kết thúc quý"
  {
    pattern: new RegExp(
      String.raw`${COMPARATOR}ngay\s+lam\s+viec\s+thu\s+${N}\s+(?:(?:cua\s+)?(thang|quy|nam)\s+${NEXT}|(?:ke\s+tu\s+(?:ngay\s+|khi\s+)?|sau\s+(?:khi\s+|ngay\s+)?)(?:ket\s+thuc|het)\s+(?:moi\s+|cac\s+)?${PERIOD})(?![a-z])`,
      'g',
    ),
    make(m) {
      const nth = parseNumberWords(m[2]!);
      if (nth === null || nth < 1 || nth > 366) return null;
      const offset = exclusive(m[1]) ? nth - 1 : nth;
      const period = periodOf((m[3] ?? m[4])!);
      if (!period) return { kind: 'period_offset_unknown', offset, unit: 'working_days' };
      return { kind: 'rule', rule: { kind: 'after_period', period, offset, unit: 'working_days' }, comparator: m[1] ?? null };
    },
  },
  // "trong 10 ngày làm việc kể từ ngày ký ban hành Kế hoạch này", "trong vòng 15 ngày kể từ ngày nhận được văn
  // bản", "05 ngày làm việc sau khi kết thúc đợt kiểm tra": days from the plan's issue, or from a later event
  // (after the rules above, which take "kể từ ngày kết thúc quý" as a period's)
  {
    pattern: new RegExp(
      String.raw`(?:(?:trong(?:\s+(?:vong|thoi\s+han|thoi\s+gian))?|cham\s+nhat(?:\s+la)?|khong\s+qua|sau)\s+)?${N}\s+ngay(\s+lam\s+viec)?(?:\s*,)?\s+(?:(?:ke|tinh)\s+tu\s+(?:ngay|khi|thoi\s+diem)|sau\s+(?:ngay|khi))\s+([^.;,:\n]{1,80})`,
      'g',
    ),
    make(m) {
      const offset = parseNumberWords(m[1]!);
      if (offset === null || offset < 1 || offset > 366) return null;
      const anchor = ISSUE_OF_THIS_DOCUMENT.test(m[3]!.trim()) ? 'issue' : 'event';
      return { kind: 'relative', offset, unit: m[2] ? 'working_days' : 'days', anchor };
    },
  },
  // "trong 10 ngày đầu của tháng sau", "5 ngày làm việc đầu tiên của quý sau": within the first days of the next period
  {
    pattern: new RegExp(
      String.raw`(?:(?:trong(?:\s+(?:vong|thoi\s+gian))?|cham\s+nhat(?:\s+la)?)\s+)?${N}\s+ngay(\s+lam\s+viec)?\s+dau(?:\s+tien)?\s+(?:cua\s+)?(thang|quy|nam)\s+${NEXT}(?![a-z])`,
      'g',
    ),
    make(m) {
      const offset = parseNumberWords(m[1]!);
      if (offset === null || offset < 1 || offset > 366) return null;
      const period = periodOf(m[3]!)!;
      return { kind: 'rule', rule: { kind: 'after_period', period, offset, unit: m[2] ? 'working_days' : 'days' }, comparator: null };
    },
  },
  // "trước ngày 10 của tháng đầu tiên sau kỳ báo cáo 6 tháng", "ngày 15 tháng sau khi kết thúc quý"; a bare
  // "tháng sau kỳ báo cáo" is the month after a month unless the sentence says which period it reports on
  {
    pattern: new RegExp(
      String.raw`${COMPARATOR}ngay\s+(\d{1,2})\s+(?:cua\s+)?thang\s+(${FIRST_MONTH}\s+)?(?:ngay\s+)?sau\s+(?:khi\s+)?(?:ket\s+thuc\s+|het\s+)?(?:moi\s+|cac\s+)?(ky\s+bao\s+cao(?:\s+(?:${PERIOD_WORDS}))?|quy|0?6\s+thang|sau\s+thang|nua\s+nam|nam)(?![a-z])`,
      'g',
    ),
    make(m) {
      const day = Number(m[2]);
      if (day < 1 || day > 31) return null;
      const offset = exclusive(m[1]) ? day - 1 : day;
      const period = periodOf(m[4]!);
      if (!period) return { kind: 'period_offset_unknown', offset, unit: 'days', ...(m[3] ? {} : { fallback: 'month' as const }) };
      return { kind: 'rule', rule: { kind: 'after_period', period, offset, unit: 'days' }, comparator: m[1] ?? null };
    },
  },
  // "trước ngày 5 của tháng sau": after each month
  {
    pattern: new RegExp(String.raw`${COMPARATOR}ngay\s+(\d{1,2})\s+(?:cua\s+)?thang\s+${NEXT}(?![a-z])`, 'g'),
    make(m) {
      const day = Number(m[2]);
      if (day < 1 || day > 31) return null;
      return {
        kind: 'rule',
        rule: { kind: 'after_period', period: 'month', offset: exclusive(m[1]) ? day - 1 : day, unit: 'days' },
        comparator: m[1] ?? null,
      };
    },
  },
  // "trước ngày 15 tháng đầu tiên của quý sau", "chậm nhất ngày 10 tháng thứ nhất của năm tiếp theo": the first
  // month after each period starts the day after it ends, so day X of it is X days after the period
  {
    pattern: new RegExp(
      String.raw`${COMPARATOR}ngay\s+(\d{1,2})\s+(?:cua\s+)?thang\s+${FIRST_MONTH}\s+(?:cua\s+)?(?:ky\s+(?:bao\s+cao\s+)?)?${LONG_PERIOD}\s+${NEXT}(?![a-z])`,
      'g',
    ),
    make(m) {
      const day = Number(m[2]);
      const period = periodOf(m[3]!);
      if (day < 1 || day > 31 || !period) return null;
      return {
        kind: 'rule',
        rule: { kind: 'after_period', period, offset: exclusive(m[1]) ? day - 1 : day, unit: 'days' },
        comparator: m[1] ?? null,
      };
    },
  },
  // "trước ngày 15/01 năm sau": after each year
  {
    pattern: new RegExp(String.raw`${COMPARATOR}ngay\s+(\d{1,2})\s*(?:\/|\s+thang\s+)(\d{1,2})\s+(?:cua\s+)?nam\s+${NEXT}(?![a-z])`, 'g'),
    make(m) {
      const day = Number(m[2]);
      const month = Number(m[3]);
      if (month < 1 || month > 12 || day < 1 || day > 31) return null;
      // days from 31/12 to day/month of the next year (a non-leap year: these are January–February dates)
      const offset = Math.round((Date.UTC(2001, month - 1, day) - Date.UTC(2000, 11, 31)) / 86_400_000);
      return {
        kind: 'rule',
        rule: { kind: 'after_period', period: 'year', offset: exclusive(m[1]) ? offset - 1 : offset, unit: 'days' },
        comparator: m[1] ?? null,
      };
    },
  },
  // "trước ngày 20 của tháng cuối quý": a day in a given month of every quarter
  {
    pattern: new RegExp(
      String.raw`${COMPARATOR}ngay\s+(\d{1,2})\s+(?:cua\s+)?thang\s+(dau|thu\s+nhat|thu\s+hai|giua|cuoi|thu\s+ba|[123])\s+(?:cua\s+)?(?:moi\s+|hang\s+|cac\s+)?quy(?!\s+${NEXT})(?![a-z])`,
      'g',
    ),
    make(m) {
      const day = Number(m[2]);
      if (day < 1 || day > 31) return null;
      const which = m[3]!.replace(/\s+/g, ' ');
      const monthOfQuarter =
        which === 'dau' || which === 'thu nhat' || which === '1' ? 1 : which === 'cuoi' || which === 'thu ba' || which === '3' ? 3 : 2;
      return { kind: 'rule', rule: { kind: 'quarterly', monthOfQuarter, day, inclusive: !exclusive(m[1]) }, comparator: m[1] ?? null };
    },
  },
  // "trước ngày 25 hằng tháng"
  {
    pattern: new RegExp(String.raw`${COMPARATOR}ngay\s+(\d{1,2})\s+(?:cua\s+)?(?:hang|moi|cac)\s+thang(?![a-z])`, 'g'),
    make(m) {
      const day = Number(m[2]);
      if (day < 1 || day > 31) return null;
      return { kind: 'rule', rule: { kind: 'monthly', day, inclusive: !exclusive(m[1]) }, comparator: m[1] ?? null };
    },
  },
  // "thứ Sáu hằng tuần", "hằng tuần, chậm nhất sáng thứ Sáu"
  {
    pattern: new RegExp(String.raw`(?:(?:sang|chieu)\s+)?${WEEKDAY}\s+(?:cua\s+)?(?:hang|moi|cac)\s+tuan(?![a-z])`, 'g'),
    make: (m) => ({ kind: 'rule', rule: { kind: 'weekly', weekday: weekdayOf(m[1]!) }, comparator: null }),
  },
  {
    pattern: new RegExp(
      String.raw`(?:hang|moi)\s+tuan[^.;\n]{0,40}?\b(?:vao|truoc|cham\s+nhat(?:\s+la)?|trong)\s+(?:(?:sang|chieu)\s+)?(?:ngay\s+)?${WEEKDAY}(?![a-z])`,
      'g',
    ),
    make: (m) => ({ kind: 'rule', rule: { kind: 'weekly', weekday: weekdayOf(m[1]!) }, comparator: null }),
  },
  // 20/11/2019, 20-11-2019, 20.11.2019
  {
    pattern: /(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?![\d/])/g,
    make: (m) => ({ kind: 'date', day: Number(m[1]), month: Number(m[3]), year: Number(m[4]), dashed: false }),
  },
  // 20/11/26, 20-11-26: a two-digit year (not "20.11.26", which is how sections are numbered)
  {
    pattern: /(?<![\d/.-])(\d{1,2})\s*([/-])\s*(\d{1,2})\s*\2\s*(\d{2})(?![\w/-])/g,
    make: (m) => ({ kind: 'date', day: Number(m[1]), month: Number(m[3]), year: twoDigitYear(Number(m[4])), dashed: false }),
  },
  // ngày 25 tháng 02 năm 2014
  {
    pattern: /(?:\bngay\s+)?(?<!\d)(\d{1,2})\s+thang\s+(\d{1,2})\s*(?:,\s*)?(?:nam\s+|\/\s*)(\d{4})(?!\d)/g,
    make: (m) => ({ kind: 'date', day: Number(m[1]), month: Number(m[2]), year: Number(m[3]), dashed: false }),
  },
  // 15/12 (not a fraction of a symbol: "76/NQCP", "05/2021/TT-BYT" never match)
  {
    pattern: /(?<![\d/.\w-])(\d{1,2})\s*\/\s*(\d{1,2})(?![\d/])/g,
    make(m) {
      if (m[0].replace(/\s+/g, '') === '24/7') return null; // "trực 24/7": round the clock
      return { kind: 'date', day: Number(m[1]), month: Number(m[2]), year: null, dashed: false };
    },
  },
  // 27-2 (a dash date; not a range of days "10-15 ngày", not a symbol "30-CT/TW")
  {
    pattern: /(?<![\w/.-])(\d{1,2})-(\d{1,2})(?![\w/-])(?!\s*(?:ngay|thang|nam|tuan|gio|%|lan|nguoi|don\s+vi))/g,
    make: (m) => ({ kind: 'date', day: Number(m[1]), month: Number(m[2]), year: null, dashed: true }),
  },
  // ngày 15 tháng 6; "và 15 tháng 12"
  {
    pattern: /(?:\bngay\s+)?(?<!\d)(\d{1,2})\s+thang\s+(\d{1,2})(?![\d/])(?!\s*(?:lan|\/))/g,
    make: (m) => ({ kind: 'date', day: Number(m[1]), month: Number(m[2]), year: null, dashed: false }),
  },
  // Quý II/2014, quý 1 năm 2014, Quý 11/2014 (a typo), cuối quý III
  {
    pattern: /(?:\b(dau|cuoi)\s+)?\bquy\s+([ivxl1]{1,4}|\d{1,2})(?:\s*(?:\/|nam)\s*(\d{4}))?(?![a-z0-9])/g,
    make: (m) => ({
      kind: 'quarter',
      written: m[2]!,
      year: m[3] ? Number(m[3]) : null,
      part: m[1] === 'dau' ? 'early' : m[1] === 'cuoi' ? 'late' : null,
    }),
  },
  // a span of months, "trong tháng 10 - 11/2027", "từ tháng 3 đến tháng 5 năm 2027": done by the end of the last
  {
    pattern:
      /(?:\b(trong|het|tu)\s+)?\bthang\s+(\d{1,2})\s*(?:-|–|den|toi)\s*(?:(?:het\s+)?thang\s+)?(\d{1,2})(?:\s*(?:\/|nam)\s*(\d{4}))?(?![\d/])/g,
    make(m) {
      const from = Number(m[2]);
      const to = Number(m[3]);
      if (!(from >= 1 && to <= 12 && from < to)) return null;
      return { kind: 'month', month: to, year: m[4] ? Number(m[4]) : null, part: 'within' };
    },
  },
  // đầu tháng 04/2019, cuối tháng 6, trong tháng 10 năm 2026
  {
    pattern: /(?:\b(dau|giua|cuoi|trong|het)\s+)?\bthang\s+(\d{1,2})(?:\s*(?:\/|nam)\s*(\d{4}))?(?![\d/])/g,
    make(m) {
      const part = ({ dau: 'early', giua: 'mid', cuoi: 'late', trong: 'within', het: 'late' } as const)[m[1] as 'dau'] ?? null;
      return { kind: 'month', month: Number(m[2]), year: m[3] ? Number(m[3]) : null, part };
    },
  },
  // đầu / giữa / cuối tháng (of every month), đầu / cuối quý
  {
    pattern: /\b(dau|giua|cuoi)\s+(?:moi\s+|hang\s+|cac\s+)?(thang|quy)(?!\s*(?:\d|[ivx]+\b|sau|truoc|nay|tiep))(?![a-z])/g,
    make: (m) => ({
      kind: 'recurring_part',
      cycle: m[2] === 'thang' ? 'month' : 'quarter',
      part: ({ dau: 'early', giua: 'mid', cuoi: 'late' } as const)[m[1] as 'dau'],
    }),
  },
  // cuối năm, cuối năm 2020
  {
    pattern: /\bcuoi\s+(?:moi\s+)?nam(?:\s+(\d{4}))?(?!\s*(?:hoc|tai\s+chinh))(?![a-z0-9])/g,
    make: (m) => ({ kind: 'year_end', year: m[1] ? Number(m[1]) : null }),
  },
  // trong năm 2020, đến hết năm 2020
  {
    pattern: /\b(?:trong|den\s+het|den|truoc\s+het)\s+nam\s+(\d{4})(?!\d)/g,
    make: (m) => ({ kind: 'year_within', year: Number(m[1]) }),
  },
  // năm 2014 (a start, or a label; looked at only for typos)
  {
    pattern: /\bnam\s+(\d{4})(?!\d)/g,
    make: (m) => ({ kind: 'year', year: Number(m[1]) }),
  },
  // "trước ngày 25" with no month: a day of every month or quarter, when the sentence says which
  {
    pattern: new RegExp(String.raw`${COMPARATOR}ngay\s+(\d{1,2})(?!\s*(?:[/.\-]\s*\d|thang|nam|lam|\d))(?![a-z0-9])`, 'g'),
    make(m) {
      const day = Number(m[2]);
      return day >= 1 && day <= 31 ? { kind: 'bare_day', day } : null;
    },
  },
];

/** Every time expression of a folded passage, in reading order. */
export function scanMentions(folded: string): Located[] {
  const claimed = new Uint8Array(folded.length);
  const found: Located[] = [];
  for (const recogniser of RECOGNISERS) {
    recogniser.pattern.lastIndex = 0;
    for (let m = recogniser.pattern.exec(folded); m; m = recogniser.pattern.exec(folded)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) {
        recogniser.pattern.lastIndex += 1;
        continue;
      }
      let free = true;
      for (let i = start; i < end && free; i += 1) if (claimed[i]) free = false;
      if (!free) continue;
      const mention = recogniser.make(m);
      if (!mention) continue;
      claimed.fill(1, start, end);
      found.push({ start, end, mention });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export interface Markers {
  yearly: boolean;
  halfYearly: boolean;
  quarterly: boolean;
  monthly: boolean;
  weekly: boolean;
  periodic: boolean;
  ongoing: boolean;
  adHoc: boolean;
  event: boolean;
  completion: boolean;
}

const MARKERS: Record<keyof Markers, RegExp> = {
  yearly: /\b(?:hang|moi)\s+nam\b|\bnam\s+(?:mot|1)\s+lan\b|\bdinh\s+ky\s+(?:[^.;\n]{0,20}?\s)?(?:mot|1)\s+nam\b/,
  halfYearly:
    /\b(?:dinh\s+ky|so\s+ket|moi|hang)\s+(?:6|sau)\s+thang\b|\b(?:6|sau)\s+thang\s+(?:mot|1)\s+lan\b|\bnua\s+nam\b|\bban\s+nien\b/,
  quarterly: /\b(?:hang|moi)\s+quy\b|\bdinh\s+ky\s+(?:hang\s+)?quy\b/,
  monthly: /\b(?:hang|moi)\s+thang\b/,
  weekly: /\b(?:hang|moi)\s+tuan\b/,
  // "kiểm tra theo kế hoạch và kiểm tra đột xuất": planned inspections are periodic work with no day
  periodic: /\bdinh\s+ky\b|\b(?:kiem\s+tra|giam\s+sat|thanh\s+tra)\s+theo\s+ke\s+hoach\b/,
  ongoing: /\bthuong\s+xuyen\b|\blien\s+tuc\b|\bduy\s+tri\b/,
  adHoc: /\bdot\s+xuat\b|\btheo\s+yeu\s+cau\b|\bkhi\s+(?:co\s+)?yeu\s+cau\b/,
  event:
    /\bsau\s+khi\s+(?:duoc\s+)?(?:ban\s+hanh|co\s+(?:van\s+ban|quyet\s+dinh|thong\s+bao|ket\s+qua)|nhan\s+duoc|phat\s+sinh)|\bkhi\s+(?:co\s+)?phat\s+sinh\b|(?<!\d\s*)\bngay\s+sau\s+khi\b/,
  completion: /\b(?:xong|hoan\s+thanh|hoan\s+tat|dut\s+diem|ket\s+thuc)\b/,
};

export function findMarkers(folded: string): Markers {
  const out = {} as Markers;
  for (const [name, pattern] of Object.entries(MARKERS)) out[name as keyof Markers] = pattern.test(folded);
  return out;
}
