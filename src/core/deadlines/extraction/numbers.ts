const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** A quarter as written: "II", "2", "iv". Null when it is not a quarter number at all. */
export function parseQuarterNumber(written: string): { value: number; typo: boolean } | { invalid: true } | null {
  const token = written.toLowerCase();
  if (/^\d+$/.test(token)) {
    const n = Number(token);
    if (n >= 1 && n <= 4) return { value: n, typo: false };
    // OCR and hurried typing turn the Roman "II" into "11" and "III" into "111".
    if (/^1{2,3}$/.test(token)) return { value: token.length, typo: true };
    return { invalid: true };
  }
  if (ROMAN[token]) return { value: ROMAN[token]!, typo: false };
  // "l" or "1" for "I" inside a Roman numeral: "Il", "1V", "lII".
  const repaired = token.replace(/[l1]/g, 'i');
  if (repaired !== token && ROMAN[repaired]) return { value: ROMAN[repaired]!, typo: true };
  return null;
}

export const ROMAN_QUARTER = ['', 'I', 'II', 'III', 'IV'];

const UNITS: Record<string, number> = { mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, lam: 5, sau: 6, bay: 7, tam: 8, chin: 9 };

/**
 * A number written as digits or in (folded) Vietnamese words, up to 99: "5", "năm", "mười lăm",
 * "hai mươi mốt". Returns null for anything else.
 */
export function parseNumberWords(folded: string): number | null {
  const text = folded.trim();
  if (/^\d{1,3}$/.test(text)) return Number(text);
  const words = text.split(/\s+/);
  const [first, second, third] = words;
  if (words.length === 1) return first === 'muoi' ? 10 : (UNITS[first!] ?? null);
  if (first === 'muoi') return words.length === 2 && UNITS[second!] ? 10 + UNITS[second!]! : null;
  const tens = UNITS[first!];
  if (!tens || tens < 2 || second !== 'muoi' || words.length > 3) return null;
  if (!third) return tens * 10;
  return UNITS[third] ? tens * 10 + UNITS[third]! : null;
}

/** The folded spellings parseNumberWords understands, for building patterns. */
export const NUMBER_WORDS_PATTERN = String.raw`\d{1,3}|(?:(?:hai|ba|bon|nam|sau|bay|tam|chin)\s+muoi(?:\s+(?:mot|hai|ba|bon|tu|lam|nam|sau|bay|tam|chin))?)|(?:muoi(?:\s+(?:mot|hai|ba|bon|lam|nam|sau|bay|tam|chin))?)|mot|hai|ba|bon|nam|sau|bay|tam|chin`;
