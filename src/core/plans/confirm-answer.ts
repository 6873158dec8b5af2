import { normalizeMessage } from '../intents/normalize.js';

// Folded, as people answer "send it?" or "save it?" in a chat or at the console: with or without
// diacritics ("gửi", "gui"), either spelling of "hủy"/"huỷ" (both fold to "huy").
const YES = new Set([
  'c',
  'co',
  'y',
  'yes',
  'ok',
  'oke',
  'okay',
  'dong y',
  'luu',
  'luu lai',
  'save',
  'gui',
  'gui di',
  'gui bao cao',
  'send',
  'xac nhan',
  'dung',
  'dung roi',
  'duoc',
  'duoc roi',
  'chot',
  'u',
  'uh',
  'um',
  'uk',
  'oke',
  'okee',
  'vang',
  'da vang',
  'gui luon',
  'luu luon',
  'dung vay',
  'chinh xac',
  'chuan',
]);
const NO = new Set([
  'k',
  'ko',
  'khong',
  'n',
  'no',
  'huy',
  'huy bo',
  'huy di',
  'thoi',
  'thoi khong gui',
  'cancel',
  'khong gui',
  'khong gui nua',
  'khong luu',
  'dung lai',
  'khong dung',
  'sai',
  'sai roi',
]);
// Politeness and filler around a short answer: "ok gửi đi ạ", "đúng rồi nhé", "ừ bot".
const PARTICLES = new Set(['a', 'nhe', 'nha', 'ha', 'ah', 'bot', 'oi', 'em', 'anh', 'chi', 'nhe nha', 'luon nhe']);
const SKIP = new Set(['bo qua', 'khong co', 'khong', 'skip', 'khong can', 'chua co', 'khong co gi', 'khong co minh chung', 'qua']);
const CANCEL = new Set(['huy', 'huy bo', 'huy di', 'thoi', 'thoi khong lam nua', 'khong lam nua', 'cancel', 'dung lai', 'thoat']);

/** A short answer folded, shorthand expanded ("ko" → "khong", "dc" → "duoc") and polite words around it dropped. */
function answerKey(text: string): string {
  const words = normalizeMessage(text).split(' ').filter(Boolean);
  while (words.length > 1 && PARTICLES.has(words[words.length - 1]!)) words.pop();
  while (words.length > 1 && PARTICLES.has(words[0]!)) words.shift();
  return words.join(' ');
}

/** "bỏ qua", "không có", "ko co", "chưa có ạ": the answer that skips an optional step. */
export function isSkipAnswer(text: string): boolean {
  return SKIP.has(answerKey(text));
}

/** "hủy", "thôi", "dừng lại": the answer that abandons the flow waiting for it. */
export function isCancelAnswer(text: string): boolean {
  return CANCEL.has(answerKey(text));
}

/**
 * A yes or no typed in answer to a confirmation, or null when it is neither. One vocabulary for every
 * confirmation (the /baocao summary, the plan review in chat and on the command line), so the same word
 * works everywhere.
 */
export function readYesNo(text: string): 'yes' | 'no' | null {
  const folded = answerKey(text);
  if (YES.has(folded)) return 'yes';
  if (NO.has(folded)) return 'no';
  // "ok gửi đi", "ừ gửi", "vâng, lưu lại": a yes word before a yes phrase
  const [first, ...rest] = folded.split(' ');
  if (first && rest.length > 0 && YES.has(first) && YES.has(rest.join(' '))) return 'yes';
  if (first && rest.length > 0 && NO.has(first) && NO.has(rest.join(' '))) return 'no';
  return null;
}
