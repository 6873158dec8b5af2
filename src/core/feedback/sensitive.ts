import { foldVietnamese } from '../text/vietnamese.js';

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
