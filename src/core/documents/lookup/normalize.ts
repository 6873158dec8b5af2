/**
 * A word as the lookup compares it (`token`: folded, no diacritics) and as it was written (`form`: lower
 * case with its diacritics), or null when the writer gave none or the word was rewritten. Matching is on
 * tokens, so "hom thu" finds "hòm thư"; forms only tell apart words that fold alike when the writer did
 * type diacritics ("nghỉ phép" is not "nghị định", "cơ sở" is not "có số").
 */
export interface SearchToken {
  token: string;
  form: string | null;
  /** part of a phrase the lexicon knows ("đường dây nóng"): never a chat word, whatever it folds like */
  inPhrase?: true;
  /** which clause of the question it is in, counting the marks that end one (",", ";", "?", …) */
  clause?: number;
}

const CLAUSE_MARK = /[,;:.!?\n…]/;

/** How many clause marks there are between two positions (a dot before a word character is none: "v.v"). */
export function clauseMarks(text: string, from: number, to: number): number {
  let marks = 0;
  for (let i = from; i < to; i += 1) if (CLAUSE_MARK.test(text[i]!) && !(text[i] === '.' && /\w/.test(text[i + 1] ?? ''))) marks += 1;
  return marks;
}

const MARKS = /[\u0300-\u036f]/g;
// Folding is per character and the alphabet is small: remember each character's fold.
const foldedChars = new Map<string, string>();

function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    const base = char === 'đ' ? 'd' : char.normalize('NFD').replace(MARKS, '');
    // one UTF-16 unit in, one out: anything that would not fold to a single unit is not a word character
    folded = base.length === 1 && char.length === 1 ? base : ' '.repeat(char.length);
    if (foldedChars.size < 10_000) foldedChars.set(char, folded);
  }
  return folded;
}

/**
 * Folds one character at a time so that positions in the folded text are positions in the original: the
 * question parser blanks out numbers in the folded text and still knows how each remaining word was typed.
 */
export function foldKeepingPositions(text: string): { folded: string; lower: string } {
  const lower = text.normalize('NFC').toLowerCase();
  let folded = '';
  for (const char of lower) folded += foldChar(char);
  return { folded, lower };
}

/**
 * Splits into tokens with the spelling variants Vietnamese allows written one way:
 * - "qui"/"quy", "kỹ"/"kĩ", "lý"/"lí": a final y after a consonant becomes i ("ky" → "ki"), "qui" → "quy";
 * - Roman numerals after "khóa", "đại hội", "lần thứ", "quý" become digits ("khóa XII" → "khoa 12");
 * - an abbreviation glued to its number is split ("TT45" → "tt 45", "TW4" → "tw 4").
 */
export function tokensOfFolded(folded: string, lower: string): SearchToken[] {
  const tokens: SearchToken[] = [];
  // clause marks are counted between words as they come: no allocation for the documents' many texts
  let clause = 0;
  let from = 0;
  for (const match of folded.matchAll(/[a-z0-9]+/g)) {
    const token = match[0];
    const written = lower.slice(match.index, match.index + token.length);
    clause += clauseMarks(folded, from, match.index);
    from = match.index + token.length;
    const glued = GLUED_ABBREVIATION.exec(token);
    if (glued) {
      tokens.push({ token: glued[1]!, form: null, clause }, { token: glued[2]!, form: null, clause });
      continue;
    }
    const variant = spellingVariant(token);
    tokens.push({ token: variant, form: variant === token && written !== token ? written : null, clause });
  }
  for (let i = 1; i < tokens.length; i += 1) {
    const roman = ROMAN.get(tokens[i]!.token);
    if (roman !== undefined && ROMAN_CONTEXT.has(tokens[i - 1]!.token))
      tokens[i] = { token: String(roman), form: null, clause: tokens[i]!.clause };
  }
  return tokens;
}

export function searchTokenForms(text: string): SearchToken[] {
  const { folded, lower } = foldKeepingPositions(text);
  return tokensOfFolded(folded, lower);
}

export const searchTokens = (text: string): string[] => searchTokenForms(text).map((t) => t.token);

const GLUED_ABBREVIATION = /^(tt|nd|qd|ct|nq|kh|kl|hd|ctr|tw|cv)(\d{1,5}[a-z]?)$/;

function spellingVariant(token: string): string {
  if (token === 'qui') return 'quy';
  // "kỹ"/"kĩ", "lý"/"lí", "mỹ"/"mĩ", "sỹ"/"sĩ", "tỷ"/"tỉ", "hy"/"hi": one syllable, two accepted spellings
  if (/^(k|l|m|s|t|h)y$/.test(token)) return `${token[0]}i`;
  return token;
}

const ROMAN_CONTEXT = new Set(['khoa', 'hoi', 'thu', 'quy', 'chuong']);
const ROMAN = new Map<string, number>(
  ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv'].map((numeral, index) => [
    numeral,
    index + 1,
  ]),
);
