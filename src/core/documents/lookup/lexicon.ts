import { type Language, tokensOf, VIETNAMESE } from './language.js';
import type { SearchToken } from './normalize.js';

/**
 * What the lookup knows about the language staff use, independent of any one document (shipped as data in
 * resources/documents/lexicon.vi.json):
 * - `synonyms`: groups of words for one thing ("đồng phục", "trang phục"; "hotline", "đường dây nóng";
 *   "CCHC", "cải cách hành chính"); every member is rewritten to the group's first member, in questions and
 *   in documents alike;
 * - `stopPhrases`: chat and question words that carry no subject ("cho em hỏi", "còn hiệu lực không", "ạ");
 * - `stopWords`: single words of that kind. They are dropped as words but still count inside a two-word
 *   term the catalogue knows ("cơ sở" keeps "cơ", which folds like the stop word "có");
 * - `includes`: a broader term and the narrower ones it covers ("cơ sở y tế": "bệnh viện", "trạm y tế";
 *   "nhân viên y tế": "bác sĩ", "điều dưỡng"), so that a question about a hospital's uniforms finds the
 *   circular on uniforms at health facilities. Only the document side is widened, and with less weight;
 * - `sectors`: groups of words naming a sector of public life other than health, its people and its places
 *   (education: "học sinh", "giáo viên", "trường học"; the police: "công an", "cảnh sát"; banking…). A
 *   document is about the sectors its own texts name; a question naming another one ("quy tắc ứng xử của
 *   giáo viên") is not answered by it with confidence, however well the rest of the words fit.
 */
export interface LexiconData {
  synonyms: string[][];
  stopPhrases: string[];
  stopWords: string[];
  includes: string[][];
  sectors: string[][];
  /**
   * Words of administrative life that say little about which document is meant ("cán bộ", "thực hiện",
   * "xử lý", "quy định"): they weigh little whether a document has them or not, so they neither make a match
   * nor spoil one. With a small catalogue, how rare a word is among its documents is a poor guide for these.
   */
  ordinaryWords?: string[];
}

export interface Lexicon {
  /** the language its phrases and the texts it reads are in */
  language: Language;
  /**
   * Rewrites synonyms to their group's first member (longest phrase first), again on the result until nothing
   * changes: "làm theo tư tưởng HCM" → "làm theo tư tưởng hồ chí minh" → "làm theo bác". A rewritten word loses
   * its form.
   */
  canonical(tokens: readonly SearchToken[]): SearchToken[];
  /** An ordinary word or pair (already canonical): see `ordinaryWords`. */
  isOrdinary(term: string): boolean;
  /** Whether a stop phrase starts at the first token ("còn hiệu lực không"). */
  startsStopPhrase(tokens: readonly SearchToken[]): boolean;
  /** Removes stop phrases; returns what is left, with `null` where something was removed (a phrase boundary). */
  withoutStopPhrases(tokens: readonly SearchToken[]): Array<SearchToken | null>;
  /**
   * A chat word. Typed with diacritics, only the very word is: "tài" (tài chính) is not "tại", "cơ" (cơ sở)
   * is not "có", "túi" is not the teencode "tui"; typed without, "tai" and "co" may be either and count as
   * chat words.
   */
  isStopWord(token: string, form?: string | null): boolean;
  /** The narrower terms of every broader term found in `tokens` (already canonical). */
  narrowerTerms(tokens: readonly string[]): string[][];
  /**
   * The sectors (indexes into `sectors`) that `tokens` (already canonical) name. A word typed with diacritics
   * must have the sector word's own: "thuê" (to rent) is not "thuế" (tax); "thue" may be either.
   */
  sectorsIn(tokens: ReadonlyArray<SearchToken | null>): number[];
}

interface SectorPhrase {
  sector: number;
  forms: ReadonlyArray<string | null>;
}

interface PhraseTrie {
  next: Map<string, PhraseTrie>;
  /** the replacement when a phrase ends here */
  output: string[] | null;
}

function buildTrie(phrases: ReadonlyArray<readonly [string[], string[]]>): PhraseTrie {
  const root: PhraseTrie = { next: new Map(), output: null };
  for (const [phrase, output] of phrases) {
    let node = root;
    for (const token of phrase) {
      let child = node.next.get(token);
      if (!child) {
        child = { next: new Map(), output: null };
        node.next.set(token, child);
      }
      node = child;
    }
    node.output = output;
  }
  return root;
}

/** The longest phrase of the trie starting at `start`: how many tokens it covers and its replacement. */
function longestMatch(
  trie: PhraseTrie,
  tokens: ReadonlyArray<string | SearchToken>,
  start: number,
): { length: number; output: string[] } | null {
  let node = trie;
  let best: { length: number; output: string[] } | null = null;
  for (let i = start; i < tokens.length; i += 1) {
    const item = tokens[i]!;
    const child = node.next.get(typeof item === 'string' ? item : item.token);
    if (!child) break;
    node = child;
    if (node.output) best = { length: i - start + 1, output: node.output };
  }
  return best;
}

/** At most this many rounds of rewriting: synonyms rewrite to a fixed point well before. */
const REWRITE_ROUNDS = 4;

export function createLexicon(data: LexiconData, language: Language = VIETNAMESE): Lexicon {
  const searchTokens = (phrase: string) => tokensOf(language, phrase).map((t) => t.token);
  const searchTokenForms = (phrase: string) => tokensOf(language, phrase);
  const synonymPairs: Array<[string[], string[]]> = [];
  for (const group of data.synonyms) {
    const [head, ...rest] = group.map((phrase) => searchTokens(phrase)).filter((tokens) => tokens.length > 0);
    if (!head) continue;
    // the head maps to itself so that a longer head wins over a shorter variant inside it
    for (const variant of [head, ...rest]) synonymPairs.push([variant, head]);
  }
  const synonyms = buildTrie(synonymPairs);
  const stopPhrases = buildTrie(data.stopPhrases.map((phrase) => [searchTokens(phrase), []]));
  // folded stop word → how it is written (null: written without diacritics, so any spelling is it)
  const stopWords = new Map<string, Set<string | null>>();
  for (const word of data.stopWords) {
    for (const { token, form } of searchTokenForms(word)) {
      const forms = stopWords.get(token) ?? new Set<string | null>();
      forms.add(form);
      stopWords.set(token, forms);
    }
  }
  const canonicalOf = (phrase: string) => {
    let tokens = searchTokens(phrase);
    for (let round = 0; round < REWRITE_ROUNDS; round += 1) {
      const out: string[] = [];
      for (let i = 0; i < tokens.length; ) {
        const match = longestMatch(synonyms, tokens, i);
        out.push(...(match ? match.output : [tokens[i]!]));
        i += match ? match.length : 1;
      }
      if (out.join(' ') === tokens.join(' ')) break;
      tokens = out;
    }
    return tokens;
  };
  const narrower = new Map<string, string[][]>();
  for (const [broad, ...narrow] of data.includes) {
    const key = canonicalOf(broad!).join(' ');
    narrower.set(key, [...(narrower.get(key) ?? []), ...narrow.map(canonicalOf)]);
  }
  const broaderTrie = buildTrie([...narrower.keys()].map((key) => [key.split(' '), key.split(' ')]));
  // folded sector phrase → the sectors and diacritics it is written with (one folded phrase may be several)
  const sectorPhrases = new Map<string, SectorPhrase[]>();
  data.sectors.forEach((group, sector) => {
    for (const phrase of group) {
      const written = searchTokenForms(phrase);
      const key = written.map((t) => t.token).join(' ');
      sectorPhrases.set(key, [...(sectorPhrases.get(key) ?? []), { sector, forms: written.map((t) => t.form) }]);
    }
  });
  const sectorTrie = buildTrie([...sectorPhrases.keys()].map((key) => [key.split(' '), key.split(' ')]));

  const ordinary = new Set((data.ordinaryWords ?? []).map((phrase) => canonicalOf(phrase).join(' ')));

  /** One round of rewriting; `changed` tells whether any variant was rewritten. */
  function rewrite(tokens: readonly SearchToken[]): { out: SearchToken[]; changed: boolean } {
    const out: SearchToken[] = [];
    let changed = false;
    for (let i = 0; i < tokens.length; ) {
      const match = longestMatch(synonyms, tokens, i);
      if (match) {
        // a group's first member written out keeps how it was typed; a rewritten variant cannot
        const unchanged = match.length === match.output.length && match.output.every((token, k) => tokens[i + k]!.token === token);
        changed ||= !unchanged;
        const clause = tokens[i]!.clause;
        match.output.forEach((token, k) =>
          out.push({ token, form: unchanged ? tokens[i + k]!.form : null, inPhrase: true, ...(clause !== undefined ? { clause } : {}) }),
        );
        i += match.length;
      } else {
        out.push(tokens[i]!);
        i += 1;
      }
    }
    return { out, changed };
  }

  return {
    language,
    canonical(tokens) {
      let current = rewrite(tokens);
      for (let round = 1; current.changed && round < REWRITE_ROUNDS; round += 1) current = rewrite(current.out);
      return current.out;
    },
    isOrdinary: (term) => ordinary.has(term),
    startsStopPhrase(tokens) {
      return longestMatch(stopPhrases, tokens, 0) !== null;
    },
    withoutStopPhrases(tokens) {
      const out: Array<SearchToken | null> = [];
      for (let i = 0; i < tokens.length; ) {
        const match = longestMatch(stopPhrases, tokens, i);
        if (match) {
          if (out[out.length - 1] !== null) out.push(null);
          i += match.length;
        } else {
          out.push(tokens[i]!);
          i += 1;
        }
      }
      return out;
    },
    isStopWord(token, form = null) {
      const forms = stopWords.get(token);
      if (!forms) return false;
      // typed with diacritics, only a chat word written with those: "túi" (a bag) is not "tui" (teencode for tôi)
      return form === null || forms.has(form);
    },
    narrowerTerms(tokens) {
      const found: string[][] = [];
      for (let i = 0; i < tokens.length; i += 1) {
        const match = longestMatch(broaderTrie, tokens, i);
        if (match) found.push(...(narrower.get(match.output.join(' ')) ?? []));
      }
      return found;
    },
    sectorsIn(tokens) {
      const found = new Set<number>();
      for (let start = 0; start < tokens.length; start += 1) {
        // every phrase starting here, not only the longest: "trường học" and "trường"
        let node = sectorTrie;
        for (let i = start; i < tokens.length; i += 1) {
          const token = tokens[i];
          const child = token ? node.next.get(token.token) : undefined;
          if (!child) break;
          node = child;
          if (!node.output) continue;
          const typed = tokens.slice(start, i + 1).map((t) => t!.form);
          for (const phrase of sectorPhrases.get(node.output.join(' ')) ?? []) {
            if (phrase.forms.every((form, k) => form === null || typed[k] === null || typed[k] === form)) found.add(phrase.sector);
          }
        }
      }
      return [...found];
    },
  };
}
