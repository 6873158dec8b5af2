import { readDateInWords } from '../dates/date-words.js';
import { formatDateVi, type LocalDate } from '../dates/local-date.js';
import { compactKey } from '../text/vietnamese.js';

/** The words that end leave early: "hủy", "kết thúc", "xong", "đi làm lại" (typed with or without diacritics). */
const END_OF_LEAVE = new Set(['huy', 'ketthuc', 'xong', 'dilamlai', 'end', 'off']);

export const endsLeave = (text: string): boolean => END_OF_LEAVE.has(compactKey(text));

/**
 * Leave as people say it, in the words /nghiphep reads: "đến thứ Sáu", "từ mai đến hết 18/12", "14/12 - 18/12",
 * "tuần sau" become the days written out ("18/12/2026", "14/12/2026 18/12/2026"), an @name kept after them;
 * "hủy", "đi làm lại" and words naming no day are left as typed (the command says what it needs).
 */
export function leaveArguments(text: string, today: LocalDate): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  const target = words.find((word) => word.startsWith('@'));
  const rest = words
    .filter((word) => word !== target)
    .join(' ')
    // "nhé", "ạ", "nha" at the end are courtesy, not part of the day
    .replace(/\s+(?:nhé|nhe|nha|ạ|a|ah|nhá)$/iu, '');
  if (endsLeave(rest)) return text.trim();
  // "từ 14/12 đến 18/12", "14/12 - 18/12": the first day, then the last (the command refuses leave that has
  // not started yet rather than moving the reminders from today)
  const span = /^(?:t[ừu]\s+)?(.+?)\s+(?:đến|den|tới|toi|-|–)\s+(?:hết\s+|het\s+)?(.+)$/iu.exec(rest);
  const first = span ? readDateInWords(span[1]!, today) : null;
  const last = span ? readDateInWords(span[2]!, today) : null;
  if (first && last) return [formatDateVi(first), formatDateVi(last), target].filter(Boolean).join(' ');
  const date = readDateInWords(rest, today);
  return date ? [formatDateVi(date), target].filter(Boolean).join(' ') : text.trim();
}
