import type { ReportStatus } from '../plans/plan.js';
import { compactKey, foldVietnamese } from '../text/vietnamese.js';

// What people type for each status, folded and without spaces ("đang thực hiện", "dang thuc hien", "dangthuchien").
const STATUS_WORDS: ReadonlyArray<readonly [ReportStatus, readonly string[]]> = [
  ['done', ['hoanthanh', 'daxong', 'xong', 'dahoanthanh', 'done', 'ht', 'hoantat']],
  ['in_progress', ['dangthuchien', 'danglam', 'dangtrienkhai', 'dangth', 'inprogress', 'dth']],
  ['not_started', ['chuabatdau', 'chualam', 'chuathuchien', 'chuatrienkhai', 'notstarted']],
  ['blocked', ['gapkhokhan', 'khokhan', 'vuongmac', 'blocked', 'gapvuongmac']],
];

/** A status named by the first one to four words, with how many words it used. */
export function parseStatus(words: readonly string[]): { status: ReportStatus; used: number } | null {
  for (let used = Math.min(words.length, 4); used >= 1; used -= 1) {
    const key = compactKey(words.slice(0, used).join(' '));
    for (const [status, phrases] of STATUS_WORDS) if (phrases.includes(key)) return { status, used };
  }
  return null;
}

/** "80%", "80 %", "80phantram": a whole percentage, which may be out of range (the caller says so). */
export function parsePercent(word: string, next?: string): { percent: number; used: number } | null {
  const joined = /^\d{1,4}$/.test(word) && next === '%' ? `${word}%` : word;
  const match = /^(\d{1,4})(?:%|phantram|ptram)$/.exec(compactKey(joined));
  if (!match) return null;
  return { percent: Number(match[1]), used: joined === word ? 1 : 2 };
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
 * Reads "/baocao NV12 80% đã tập huấn 120 người" or "/baocao so ket 6 thang hoan thanh da gui": the task is
 * named by the words before the first percent or status word; the rest is the content.
 */
export function parseReportLine(argsText: string): ReportLine {
  const words = argsText.trim().split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i += 1) {
    const percent = parsePercent(words[i]!, words[i + 1]);
    if (percent) {
      const after = words.slice(i + percent.used);
      const status = parseStatus(after);
      const rest = status ? after.slice(status.used) : after;
      return { taskWords: words.slice(0, i), status: status?.status ?? null, percent: percent.percent, text: rest.join(' ') };
    }
    const status = parseStatus(words.slice(i));
    if (status) {
      const after = words.slice(i + status.used);
      const next = after[0] ? parsePercent(after[0], after[1]) : null;
      const rest = next ? after.slice(next.used) : after;
      return { taskWords: words.slice(0, i), status: status.status, percent: next?.percent ?? null, text: rest.join(' ') };
    }
  }
  return { taskWords: words, status: null, percent: null, text: '' };
}

/** Words of a title for matching: folded, without punctuation or one-letter noise. */
export const titleWords = (text: string) =>
  foldVietnamese(text)
    .replace(/[^\p{L}\p{N}\s/]/gu, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 1);
