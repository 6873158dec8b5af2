import { compactKey } from '../text/vietnamese.js';
import type { Category, Channel, Severity, TicketStatus } from './feedback.js';
import { personalRanges } from './personal.js';
import { replaceRanges } from './redact.js';
import { sensitiveWords } from './sensitive.js';

type Phrases<T> = ReadonlyArray<readonly [T, readonly string[]]>;

/** A value named by the first one to five words, typed with or without diacritics; with how many words it used. */
function pick<T>(phrases: Phrases<T>, words: readonly string[]): { value: T; used: number } | null {
  for (let used = Math.min(words.length, 5); used >= 1; used -= 1) {
    const key = compactKey(words.slice(0, used).join(' '));
    for (const [value, list] of phrases) if (list.includes(key)) return { value, used };
  }
  return null;
}

const CHANNEL_WORDS: Phrases<Channel> = [
  ['box', ['homthu', 'homthugopy', 'hopthu', 'hopthugopy', 'thu', 'thugopy', 'box']],
  ['hotline', ['hotline', 'duongdaynong', 'ddn', 'dienthoai', 'goidien']],
  ['direct', ['tructiep', 'tt', 'gaptructiep', 'direct']],
  ['email', ['email', 'mail', 'thudientu']],
  ['portal', ['cong', 'congthongtin', 'congttdt', 'congthongtindientu', 'website', 'web', 'portal']],
];

const STATUS_WORDS: Phrases<TicketStatus> = [
  ['in_progress', ['dangxuly', 'dangxl', 'xuly', 'dangxuli', 'inprogress']],
  ['resolved', ['daxuly', 'daxl', 'xong', 'hoanthanh', 'dagiaiquyet', 'giaiquyet', 'resolved', 'daxuli']],
  ['transferred', ['chuyen', 'chuyencoquankhac', 'dachuyen', 'chuyendonvikhac', 'transferred']],
  ['out_of_scope', ['khongthuocthamquyen', 'ngoaithamquyen', 'khongthamquyen', 'outofscope']],
  ['received', ['molai', 'mo', 'reopen', 'tiepnhan']],
];

const SEVERITY_WORDS: Phrases<Severity> = [
  ['urgent', ['khancap', 'gap', 'nghiemtrong', 'urgent', 'khan']],
  ['normal', ['binhthuong', 'thuong', 'normal']],
];

const CATEGORY_WORDS: Phrases<Category> = [
  ['attitude', ['thaido', 'thaidophucvu', 'phucvu', 'attitude']],
  ['professional', ['chuyenmon', 'chuyenmonkythuat', 'kythuat', 'professional']],
  ['procedure', ['thutuc', 'thutuchanhchinh', 'hanhchinh', 'procedure']],
  ['hygiene', ['vesinh', 'vesinhmoitruong', 'moitruong', 'hygiene']],
  ['misconduct', ['tieucuc', 'nhungnhieu', 'tieucucnhungnhieu', 'hoilo', 'nhaycam', 'misconduct']],
  ['price', ['gia', 'giadichvu', 'giadichvubhyt', 'bhyt', 'baohiem', 'baohiemyte', 'vienphi', 'price']],
  ['praise', ['khen', 'khenngoi', 'camon', 'praise']],
  ['other', ['khac', 'other']],
];

export const parseChannel = (words: readonly string[]) => pick(CHANNEL_WORDS, words);
export const parseStatusWords = (words: readonly string[]) => pick(STATUS_WORDS, words);

// "/xuly PA-… nhạy cảm": the handler marks the case as one to handle apart (tiêu cực, nhũng nhiễu)
const SENSITIVE_MARK: Phrases<true> = [
  [true, ['nhaycam', 'xulyrieng', 'canxulyrieng', 'bimat', 'tieucuc', 'nhungnhieu', 'sensitive', 'private']],
];
export const parseSensitiveMark = (words: readonly string[]) => pick(SENSITIVE_MARK, words);
export const parseSeverity = (words: readonly string[]) => pick(SEVERITY_WORDS, words);
export const parseCategory = (words: readonly string[]) => pick(CATEGORY_WORDS, words);

const YES_NO: Phrases<boolean> = [
  [true, ['co', 'phai', 'dung', 'dungroi', 'cophai', 'cung', 'cungvuviec', 'same', 'yes', 'y', 'ok', 'vang', 'da', 'u']],
  [false, ['khong', 'ko', 'k', 'khongphai', 'khac', 'vuvieckhac', 'moi', 'new', 'no', 'n']],
];

/** "có" / "không" and their kin, with or without diacritics; null when the answer is neither. */
export const parseYesNo = (words: readonly string[]) =>
  words.length > 0 && words.length <= 3 ? (pick(YES_NO, words)?.value ?? null) : null;

// Words that mark a one-line case as urgent right after its channel. With diacritics they are unambiguous
// ("khẩn", "gấp"); typed without, "khan" and "gap" could be "khăn" or "gặp" beginning the content, so only the
// two-word "khan cap" (or a colon, "gap:") counts.
const URGENT_MARKED = ['khẩn', 'khẩn cấp', 'gấp', 'hỏa tốc', 'khẩn:', 'gấp:', 'khẩn cấp:'];
const URGENT_PLAIN = ['khancap', 'urgent', 'hoatoc', 'khan:', 'gap:', 'khancap:'];

/** An urgency word opening a one-line case: { value: 'urgent', used } or null. */
export function parseUrgencyMarker(words: readonly string[]): { value: Severity; used: number } | null {
  for (const used of [2, 1]) {
    if (words.length <= used) continue; // the content must follow
    const typed = words
      .slice(0, used)
      .join(' ')
      .normalize('NFC')
      .toLowerCase()
      .replace(/[,.!]+$/, '');
    if (URGENT_MARKED.includes(typed)) return { value: 'urgent', used };
    if (/^[\x20-\x7e]+$/.test(typed) && URGENT_PLAIN.includes(typed.replace(/\s+/g, ''))) return { value: 'urgent', used };
  }
  return null;
}

// The words that give a complaint's subject away, folded. The first category with a hit wins, so praise
// ("cảm ơn bác sĩ tận tình") is recognised before the words it shares with complaints.
const CATEGORY_HINTS: Phrases<Category> = [
  ['praise', ['khen', 'camon', 'biethon', 'tantinh', 'chudao', 'hailong']],
  [
    'price',
    [
      'bhyt',
      'baohiem',
      'vienphi',
      'chiphi',
      'giadichvu',
      'giacao',
      'giathuoc',
      'tinhgia',
      'thutien',
      'tienthuoc',
      'tienkham',
      'dongtien',
      'hoadon',
      'thanhtoan',
    ],
  ],
  [
    'attitude',
    [
      'thaido',
      'cauinh',
      'quatmang',
      'tholo',
      'khochiu',
      'vanhoa',
      'ungxu',
      'giaotiep',
      'nhungnhieu',
      'phienha',
      'lamkho',
      'xucpham',
      // how people tell rudeness: "quát nạt", "cáu gắt", "hách dịch", "chửi bới", "bị mắng", "thờ ơ", "nói trống
      // không", "thiếu tôn trọng", "xua đuổi"; never "quát" or "mắng" alone, which fold like "quạt" and "mang"
      'quatnat',
      'quattha',
      'caugat',
      'gatgong',
      'hachdich',
      'chuibay',
      'chuiboi',
      'chuimang',
      'bimang',
      'thoo',
      'lamlo',
      'xuaduoi',
      'coithuong',
      'khinhthuong',
      'noitrongkhong',
      'tontrong',
    ],
  ],
  ['hygiene', ['vesinh', 'nhavesinh', 'racthai', 'bocmui', 'hoithoi', 'moitruong', 'donvesinh']],
  [
    'procedure',
    ['thutuc', 'giayto', 'chodoi', 'chokham', 'cholau', 'xephang', 'hoso', 'motcua', 'laysothutu', 'phaicho', 'doilau', 'phaidoi'],
  ],
  ['professional', ['chuyenmon', 'chandoan', 'dieutri', 'thuoc', 'kham', 'phauthuat', 'saisot', 'taibien', 'xetnghiem']],
];

// Words that turn praise around when they come shortly before it: "không hài lòng", "chưa thực sự tận tình",
// "kém chu đáo", "thiếu tận tình", with teencode ("ko", "k", "hok", "hông", "chả"). A word read so by mistake
// ("cha", a father) only gives a thank-you a deadline, which its handler closes: the safe side.
const NEGATIONS = new Set(['khong', 'chua', 'chang', 'cha', 'ko', 'k', 'kg', 'kh', 'khg', 'hok', 'hong', 'hem', 'kem', 'thieu']);
const NEGATION_REACH = 3;

/**
 * A first guess at the category of a one-line report, from the words it uses; "other" when nothing fits.
 * Praise closes a case with no deadline, so it is only guessed when nothing turns it around: a complaint that
 * says "không hài lòng", or names a "bác sĩ Khen", is not praise.
 */
export function guessCategory(content: string): Category {
  // a bribe, harassment or a threat outweighs every other word, praise included
  if (sensitiveWords(content) !== null) return 'misconduct';
  // punctuation ends a word ("hách dịch, chửi bới"), as a space does
  const words = withoutNames(content)
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .map(compactKey)
    .filter(Boolean);
  for (const [category, hints] of CATEGORY_HINTS) {
    const found = hints.flatMap((hint) => placesSpelled(words, hint));
    if (category === 'praise') {
      if (found.length > 0 && !found.some((start) => negatedAt(words, start))) return category;
    } else if (found.length > 0) return category;
  }
  return 'other';
}

/** People's names say nothing of a case's subject (the redaction finds them: "bác sĩ Khen" is no praise). */
const withoutNames = (content: string) => replaceRanges(content, personalRanges(content), ' ');

const negatedAt = (words: readonly string[], start: number) =>
  words.slice(Math.max(0, start - NEGATION_REACH), start).some((word) => NEGATIONS.has(word));

/**
 * Where whole consecutive words spell the hint ("cảm ơn" → "camon"), never a piece of a word: a complaint
 * naming a "Khenh" is not praise ("khen").
 */
function placesSpelled(words: readonly string[], hint: string): number[] {
  const starts: number[] = [];
  for (let start = 0; start < words.length; start += 1) {
    let spelled = '';
    for (let end = start; end < words.length && spelled.length < hint.length; end += 1) {
      spelled += words[end];
      if (spelled === hint) starts.push(start);
    }
  }
  return starts;
}
