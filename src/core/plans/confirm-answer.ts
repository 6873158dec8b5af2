import { foldVietnamese } from '../text/vietnamese.js';

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
  'chot',
]);
const NO = new Set(['k', 'ko', 'khong', 'n', 'no', 'huy', 'huy bo', 'thoi', 'cancel', 'khong gui', 'khong luu', 'dung lai']);

/**
 * A yes or no typed in answer to a confirmation, or null when it is neither. One vocabulary for every
 * confirmation (the /baocao summary, the plan review in chat and on the command line), so the same word
 * works everywhere.
 */
export function readYesNo(text: string): 'yes' | 'no' | null {
  const folded = foldVietnamese(text)
    .replace(/[.!,;]+$/, '')
    .trim();
  if (YES.has(folded)) return 'yes';
  if (NO.has(folded)) return 'no';
  return null;
}
