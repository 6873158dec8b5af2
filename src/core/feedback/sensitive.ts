import { foldVietnamese } from '../text/vietnamese.js';
import type { Store } from '../store.js';
import type { Category, Severity } from './feedback.js';

/**
 * The words of a complaint about bribery, extortion, harassment or threats ("tiêu cực, nhũng nhiễu"): such a
 * case is to be handled apart (issue 17, part 5: always urgent, its content never shown in a group, sent in
 * private to the unit's leader and the Department's feedback handlers). A word typed with diacritics matches
 * only itself ("đổi tiền", changing money, is not "đòi tiền"); one typed without matches any word it folds from.
 */
const PHRASES = [
  'phong bì',
  'phong bao',
  'bồi dưỡng',
  'đòi tiền',
  'vòi tiền',
  'vòi vĩnh',
  'lót tay',
  'tiền cảm ơn',
  'tiền bồi dưỡng',
  'bôi trơn',
  'chung chi',
  'lại quả',
  'ăn tiền',
  'hối lộ',
  'nhũng nhiễu',
  'tiêu cực',
  'gợi ý đưa tiền',
  // staff asking for or taking money from patients: "điều dưỡng xin tiền người bệnh", "nhận tiền của người nhà"
  // (not "gia đình khó khăn xin tiền hỗ trợ", a patient's own request)
  'xin tiền người',
  'xin tiền bệnh',
  'xin tiền của',
  'nhận tiền của',
  'phải đưa tiền',
  'gợi ý nộp thêm',
  'quấy rối',
  'sàm sỡ',
  'gạ gẫm',
  'đe dọa',
  'đe doạ',
  'dọa đánh',
  'doạ đánh',
].map((phrase) => phrase.normalize('NFC').split(' '));

const wordsOf = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);

const plain = (word: string) => foldVietnamese(word) === word;
const sameWord = (typed: string, word: string) => typed === word || (plain(typed) && typed === foldVietnamese(word));

/** The phrase that makes the complaint a sensitive one, as listed, or null. */
export function sensitiveWords(content: string): string | null {
  const words = wordsOf(content);
  for (const phrase of PHRASES) {
    for (let i = 0; i + phrase.length <= words.length; i += 1) {
      if (phrase.every((part, k) => sameWord(words[i + k]!, part))) return phrase.join(' ');
    }
  }
  return null;
}

/**
 * What logging a case makes of its category and severity: a case chosen as "tiêu cực, nhũng nhiễu", or whose
 * words are those of one, is sensitive and always urgent (praise with such words is no praise).
 */
export function sensitivity(
  content: string,
  category: Category,
  severity: Severity,
): { category: Category; severity: Severity; sensitive: boolean } {
  const sensitive = category === 'misconduct' || sensitiveWords(content) !== null;
  if (!sensitive) return { category, severity, sensitive };
  return { category: category === 'praise' ? 'misconduct' : category, severity: 'urgent', sensitive };
}

/**
 * Who reads a sensitive case in full, in private: the unit's leaders and feedback handlers, and the feedback
 * handlers of every unit above it up to the Department (and those holding the role for every unit). Where the
 * Department has named no feedback handler, its leaders: such a case never stays within the unit alone.
 */
export async function sensitiveCaseReaders(store: Pick<Store, 'members' | 'units'>, unitId: number): Promise<number[]> {
  const above = (await store.units.ancestorIds(unitId)).filter((id) => id !== unitId);
  const [leaders, own, ...department] = await Promise.all([
    store.members.withRole('unit_leader', unitId),
    store.members.withRole('feedback_handler', unitId),
    ...above.map((id) => store.members.withRole('feedback_handler', id)),
    store.members.withRole('feedback_handler', null),
  ]);
  const departmentHandlers = department.flat();
  const departmentLeaders = departmentHandlers.length > 0 ? [] : await store.members.withRole('department_leader', null);
  return [...new Set([...leaders, ...own, ...departmentHandlers, ...departmentLeaders].map((member) => member.memberId))];
}
