import { DomainError } from '../errors.js';
import type { ReportStatus } from '../plans/plan.js';
import { compactKey, foldVietnamese } from '../text/vietnamese.js';

// What people type for each status, folded and without spaces ("đang thực hiện", "dang thuc hien",
// "dangthuchien"). "vướng" is how staff say a task is stuck, as often as "gặp khó khăn".
const STATUS_WORDS: ReadonlyArray<readonly [ReportStatus, readonly string[]]> = [
  // "xg", "xg r": done, as typed in a hurry
  [
    'done',
    ['hoanthanh', 'dahoanthanh', 'daxong', 'xong', 'xongroi', 'lamxong', 'daxongviec', 'done', 'ht', 'hoantat', 'dahoantat', 'xg', 'daxg'],
  ],
  [
    'in_progress',
    [
      'dangthuchien',
      'danglam',
      'dglam',
      'daglam',
      'dangtrienkhai',
      'dangth',
      'dangtienhanh',
      'inprogress',
      'dth',
      // "chưa xong", "chưa hoàn thành": not done yet, which is work under way (the longer phrase is read
      // first, so the "xong" in it never closes the task)
      'chuaxong',
      'chuahoanthanh',
      'chuahoantat',
      'chuaht',
    ],
  ],
  ['not_started', ['chuabatdau', 'chualam', 'chuathuchien', 'chuatrienkhai', 'chuabatdaulam', 'notstarted']],
  [
    'blocked',
    [
      'vuong',
      'bivuong',
      'dangvuong',
      'vuongmac',
      'gapvuongmac',
      'covuongmac',
      'khokhan',
      'gapkhokhan',
      'cokhokhan',
      'dangkhokhan',
      'blocked',
      'stuck',
      // "không hoàn thành được vì thiếu kinh phí": cannot be finished, which is stuck
      'khonghoanthanh',
      'khonghoanthanhduoc',
      'khongthehoanthanh',
      'chuathehoanthanh',
    ],
  ],
];

/** A status named by the first one to four words, with how many words it used. */
export function parseStatus(words: readonly string[]): { status: ReportStatus; used: number } | null {
  const keys = phraseKeys(words, 4);
  for (let used = keys.length; used >= 1; used -= 1) {
    const key = keys[used - 1]!;
    for (const [status, phrases] of STATUS_WORDS) if (phrases.includes(key)) return { status, used };
  }
  return null;
}

/**
 * The keys of the first one, two, … `longest` words read as one phrase, as `compactKey` folds the phrase, less
 * the punctuation of the sentence that follows ("vướng,", "xong:"). Spaces go and folding is letter by letter,
 * so a phrase's key is its words' keys run together: each word is folded once, not once per phrase length.
 * This runs at every word of every /baocao line.
 */
export function phraseKeys(words: readonly string[], longest: number): string[] {
  const keys: string[] = [];
  let before = '';
  for (let used = 1; used <= Math.min(words.length, longest); used += 1) {
    const word = words[used - 1]!;
    keys.push(before + compactKey(word.replace(/[,:;!]+$/, '')));
    before += compactKey(word);
  }
  return keys;
}

// "%", "phần trăm", "phan tram", "ptram": the unit, attached to the number or as the next word(s)
const PERCENT_UNIT = /^(?:%|phantram|ptram)$/;

/** How many of the words after a number name the percent unit: "%", "phần trăm" (two words), or none. */
function unitWords(rest: readonly string[]): number {
  const [first, second] = rest;
  if (first === undefined) return 0;
  if (PERCENT_UNIT.test(compactKey(first))) return 1;
  if (second !== undefined && compactKey(first) === 'phan' && compactKey(second).replace(/[,:;.]+$/, '') === 'tram') return 2;
  return 0;
}

/**
 * "80%", "80 %", "80 phần trăm", "80phantram": a whole percentage, which may be out of range (the caller
 * says so). With `bare`, a number alone counts too (the answer to "how many percent?"). A negative or
 * decimal percentage ("-5%", "50,5%", "50.5%") is refused rather than read as another number: the minus
 * sign and the decimal mark must never be dropped silently.
 */
export function parsePercent(words: readonly string[], options: { bare?: boolean } = {}): { percent: number; used: number } | null {
  const word = words[0];
  if (word === undefined) return null;
  // the sentence's own punctuation after the number: "60%," "60%."
  const folded = foldVietnamese(word)
    .replace(/[,:;!]+$/, '')
    .replace(/\.$/, '');
  const match = /^([-−–]?)(\d{1,4})(?:[.,](\d+))?(%|phantram|ptram)?$/.exec(folded.replace(/\s+/g, ''));
  if (!match) return null;
  const [, sign, whole, fraction, attached] = match;
  const following = attached ? 0 : unitWords(words.slice(1));
  if (!attached && following === 0 && !options.bare) return null;
  if (sign || fraction !== undefined) {
    throw new DomainError('report.percent_whole', 'report-percent-whole', { written: words.slice(0, 1 + following).join(' ') });
  }
  return { percent: Number(whole), used: 1 + following };
}

/** The percent a status stands for when no number was given. */
export function percentForStatus(status: ReportStatus, given: number | null): number {
  if (given !== null) return given;
  return status === 'done' ? 100 : 0;
}

/** The status a bare percentage stands for. */
export function statusForPercent(percent: number): ReportStatus {
  if (percent >= 100) return 'done';
  if (percent <= 0) return 'not_started';
  return 'in_progress';
}

export interface ReportLine {
  /** the words naming the task (a code such as NV12, or words of its title); empty when none came first */
  taskWords: string[];
  status: ReportStatus | null;
  percent: number | null;
  /** what remains: the report's content */
  text: string;
}

/**
 * Whether a status word right after a percentage is the report's status: "80% đang thực hiện" is, but in
 * "80% xong phần khảo sát" the "xong" belongs to the content (a part is done, not the task).
 */
const agrees = (status: ReportStatus, percent: number) =>
  status === 'done' ? percent === 100 : status === 'not_started' ? percent === 0 : true;

// Words between the task and its figure that name neither: "NV2 được 60%", "NV2 dc 60%", "NV2 đã đạt khoảng
// 60%", "NV2 hiện tầm 60%" (folded, without spaces; "đc", "dc" and "đk" are how "được" is typed in a hurry)
const BEFORE_FIGURE = new Set([
  'duoc',
  'dc',
  'dk',
  'dat',
  'dadat',
  'da',
  'la',
  'hien',
  'hiennay',
  'moi',
  'khoang',
  'tam',
  'chac',
  'dang',
  'gan',
]);

/** The words naming the task, without the filler that led to the figure. */
function taskWordsBefore(words: readonly string[], end: number): string[] {
  let last = end;
  while (last > 1 && BEFORE_FIGURE.has(compactKey(words[last - 1]!))) last -= 1;
  return words.slice(0, last);
}

// What follows a figure without being the report: "xong rồi nhé", "60% r ạ". Compared as written (lower case),
// not folded: "nhà vệ sinh đã sửa", "rối loạn …", "đầy đủ …" start a report's content.
const AFTER_FIGURE = new Set(['r', 'roi', 'rui', 'rồi', 'rùi', 'nhe', 'nhé', 'nha', 'nhá', 'a', 'ạ', 'à', 'ah', 'ok', 'oke', 'okie']);

/** The report's content: what is left once the words that only round off the figure are dropped. */
function contentAfter(words: readonly string[]): string {
  let first = 0;
  while (
    first < words.length &&
    AFTER_FIGURE.has(
      words[first]!.replace(/[,.!;:]+$/, '')
        .normalize('NFC')
        .toLocaleLowerCase('vi'),
    )
  )
    first += 1;
  return words.slice(first).join(' ');
}

/**
 * Reads "/baocao NV12 80% đã tập huấn 120 người" or "/baocao so ket 6 thang hoan thanh da gui": the task is
 * named by the words before the first percent or status word; the rest is the content. A negative or
 * decimal percentage is refused (a DomainError), never read as another number.
 */
export function parseReportLine(argsText: string): ReportLine {
  const words = argsText.trim().split(/\s+/).filter(Boolean);
  const code = codeWords(words);
  // "NV25 đã bố trí xong khu cách ly": after a task's code, words before the status are the report's own
  // ("đã bố trí"), not more of the task's name; the whole of it after the code is the content
  const read = (at: number, line: Omit<ReportLine, 'taskWords'>): ReportLine =>
    code > 0 && taskWordsBefore(words, at).length > code
      ? { ...line, taskWords: words.slice(0, code).map((word) => word.replace(/[,:;]$/, '')), text: words.slice(code).join(' ') }
      : { ...line, taskWords: taskWordsBefore(words, at) };
  for (let i = 0; i < words.length; i += 1) {
    const percent = parsePercent(words.slice(i));
    if (percent) {
      const after = words.slice(i + percent.used);
      const found = parseStatus(after);
      const status = found && agrees(found.status, percent.percent) ? found : null;
      const rest = status ? after.slice(status.used) : after;
      return read(i, { status: status?.status ?? null, percent: percent.percent, text: contentAfter(rest) });
    }
    const status = parseStatus(words.slice(i));
    if (status) {
      const after = words.slice(i + status.used);
      const next = parsePercent(after);
      const rest = next ? after.slice(next.used) : after;
      return read(i, { status: status.status, percent: next?.percent ?? null, text: contentAfter(rest) });
    }
  }
  return { taskWords: words, status: null, percent: null, text: '' };
}

/** How many words a task's code at the start takes: "NV25" one, "nv 25" two, none otherwise. */
function codeWords(words: readonly string[]): number {
  if (/^nv\d{1,9}[,:]?$/i.test(words[0] ?? '')) return 1;
  return /^nv$/i.test(words[0] ?? '') && /^\d{1,9}[,:]?$/.test(words[1] ?? '') ? 2 : 0;
}

/** Words of a title for matching: folded, without punctuation or one-letter noise. */
export const titleWords = (text: string) =>
  foldVietnamese(text)
    .replace(/[^\p{L}\p{N}\s/]/gu, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 1);
