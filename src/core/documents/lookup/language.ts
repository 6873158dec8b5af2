import { stemmer } from 'stemmer';
import { eng as ENGLISH_STOP_WORDS } from 'stopword';
import type { DocumentKind } from '../symbol.js';
import { ISSUER_CODES } from './issuers.js';
import { clauseMarks, foldKeepingPositions, type SearchToken, tokensOfFolded } from './normalize.js';

/** The languages a question may be asked in: the catalogue has a Vietnamese and an English side. */
export const LOOKUP_LANGUAGES = ['vi', 'en'] as const;
export type LookupLanguage = (typeof LOOKUP_LANGUAGES)[number];

/**
 * How a language turns text into the words the lookup compares. The same function reads the documents, the
 * lexicon and the questions, so that both sides are written the same way.
 */
export interface Language {
  code: LookupLanguage;
  /** the words of folded text (see normalize.ts), with how each was typed where that matters */
  words(folded: string, lower: string): SearchToken[];
  /**
   * Kind words that, named without a number, say what is asked for ("theo thông tư nào", "which circular"),
   * as `words` writes them. `subject-too`: they are ordinary words of titles as well and stay in the subject.
   */
  askableKinds: ReadonlyArray<readonly [string[], DocumentKind, 'kind-only' | 'subject-too']>;
  /** "luật X" names a law by its title (Vietnamese only: English questions say "law on X" and mean the subject) */
  namesLaws: boolean;
}

export const tokensOf = (language: Language, text: string): SearchToken[] => {
  const { folded, lower } = foldKeepingPositions(text);
  return language.words(folded, lower);
};

export const VIETNAMESE: Language = {
  code: 'vi',
  words: tokensOfFolded,
  askableKinds: [
    [['thong', 'tu'], 'tt', 'kind-only'],
    [['nghi', 'dinh'], 'nd', 'kind-only'],
    [['quyet', 'dinh'], 'qd', 'kind-only'],
    [['chi', 'thi'], 'ct', 'kind-only'],
    [['nghi', 'quyet'], 'nq', 'kind-only'],
    [['ket', 'luan'], 'kl', 'kind-only'],
    [['luat'], 'luat', 'kind-only'],
    [['ke', 'hoach'], 'kh', 'subject-too'],
    [['huong', 'dan'], 'hd', 'subject-too'],
    [['chuong', 'trinh'], 'ctr', 'subject-too'],
    [['tt'], 'tt', 'kind-only'],
    [['nd'], 'nd', 'kind-only'],
    [['qd'], 'qd', 'kind-only'],
    [['ct'], 'ct', 'kind-only'],
    [['nq'], 'nq', 'kind-only'],
  ],
  namesLaws: true,
};

// Porter's stemmer: "uniforms" and "uniform", "hospitals" and "hospital" are one word. Numbers and short
// words stay as they are ("24", "pm").
const stem = (word: string) => (word.length > 3 && /^[a-z]+$/.test(word) ? stemmer(word) : word);

function englishWords(folded: string): SearchToken[] {
  const tokens: SearchToken[] = [];
  let clause = 0;
  let from = 0;
  for (const match of folded.matchAll(/[a-z0-9]+/g)) {
    const word = match[0];
    clause += clauseMarks(folded, from, match.index);
    from = match.index + word.length;
    // the "s" of "director's", "doctors'" is no word
    if (word === 's' && folded[match.index - 1] === "'") continue;
    tokens.push({ token: stem(word), form: null, clause });
  }
  return tokens;
}

const englishKind = (word: string, kind: DocumentKind): readonly [string[], DocumentKind, 'kind-only' | 'subject-too'] => [
  [stem(word)],
  kind,
  kind === 'kh' || kind === 'hd' || kind === 'ctr' ? 'subject-too' : 'kind-only',
];

export const ENGLISH: Language = {
  code: 'en',
  words: (folded) => englishWords(folded),
  askableKinds: [
    englishKind('circular', 'tt'),
    englishKind('decree', 'nd'),
    englishKind('decision', 'qd'),
    englishKind('directive', 'ct'),
    englishKind('resolution', 'nq'),
    englishKind('conclusion', 'kl'),
    englishKind('law', 'luat'),
    englishKind('plan', 'kh'),
    englishKind('guidance', 'hd'),
    englishKind('programme', 'ctr'),
    englishKind('program', 'ctr'),
  ],
  namesLaws: false,
};

export const LANGUAGES: Record<LookupLanguage, Language> = { vi: VIETNAMESE, en: ENGLISH };

/** The letter codes of symbols, written alone ("TT 45 BYT"): no language's words. */
const SYMBOL_CODES: ReadonlySet<string> = new Set([
  ...['tt', 'nd', 'qd', 'qdi', 'ct', 'cthi', 'nq', 'kh', 'kl', 'hd', 'ctr', 'tb', 'cv', 'qh'],
  ...ISSUER_CODES,
]);

/** English function words (a well-kept list) and the question words of this domain. */
const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...ENGLISH_STOP_WORDS,
  ...['which', 'what', 'whats', 'who', 'whom', 'does', 'doesn', 'isn', 'any', 'there', 'please', 'pls', 'hello', 'hi'],
  ...['circular', 'decree', 'decision', 'directive', 'resolution', 'law', 'regulation', 'rule', 'rules', 'document'],
  ...['still', 'valid', 'force', 'apply', 'applies', 'should', 'must', 'need', 'tell', 'about', 'covers', 'governs'],
]);

/** The shape of a Vietnamese syllable without diacritics: initial consonant, one to three vowels, final consonant. */
const VIETNAMESE_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/;

/** Whether a folded word is Vietnamese syllables, alone or run together ("trangphuc", "duongdaynong"). */
function vietnameseSyllables(word: string, depth = 0): boolean {
  if (VIETNAMESE_SYLLABLE.test(word)) return true;
  if (depth >= 3) return false;
  for (let cut = 1; cut < word.length; cut += 1)
    if (VIETNAMESE_SYLLABLE.test(word.slice(0, cut)) && vietnameseSyllables(word.slice(cut), depth + 1)) return true;
  return false;
}

/**
 * Which language a question is in. Vietnamese first: a word typed with Vietnamese diacritics is Vietnamese;
 * an English function word that is no Vietnamese syllable ("which", "the" is one: "thế") or a word only the
 * English side of the catalogue has counts for English; a word only the Vietnamese side (or its lexicon)
 * has counts for Vietnamese. Ties go to Vietnamese: "hotline bv theo ct nao" is Vietnamese.
 */
export function detectLanguage(
  text: string,
  vocabulary: { vi: ReadonlySet<string>; en: ReadonlySet<string> },
  isVietnameseChatWord: (word: string) => boolean,
): LookupLanguage {
  // symbols and numbers are the same in both languages ("TT25 BYT", "04/2015/NĐ-CP")
  const { folded, lower } = foldKeepingPositions(text.replace(/[\p{L}\d.]*\d[\p{L}\d./-]*/gu, (m) => ' '.repeat(m.length)));
  let vi = 0;
  let en = 0;
  for (const match of folded.matchAll(/[a-z]+/g)) {
    const word = match[0];
    if (SYMBOL_CODES.has(word)) continue;
    const written = lower.slice(match.index, match.index + word.length);
    if (written !== word) {
      vi += 1;
      continue;
    }
    const vietnamese = vocabulary.vi.has(word) || isVietnameseChatWord(word);
    // a word with a vowel that no Vietnamese syllables spell, alone or run together ("thanks", "medicines"),
    // is English; abbreviations without vowels ("bv", "mn", "cchc") are neither
    const english =
      ENGLISH_FUNCTION_WORDS.has(word) || vocabulary.en.has(word) || (!vietnamese && /[aeiouy]/.test(word) && !vietnameseSyllables(word));
    if (english && !vietnamese) en += 1;
    else if (vietnamese && !english) vi += 1;
    else if (english && vietnamese && ENGLISH_FUNCTION_WORDS.has(word) && !isVietnameseChatWord(word) && word.length > 3) en += 0.5;
  }
  return en > vi ? 'en' : 'vi';
}
