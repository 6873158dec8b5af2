import type { RegulationDocument } from '../document.js';
import { assessValidity } from '../validity.js';
import type { Namesake } from '../namesake.js';
import { createFuzzyVocabulary, type FuzzyVocabulary } from './fuzzy.js';
import { entryTexts, type Field, type IndexedEntry, makeEntry, preferCurrent, rolesOf, yearsOf } from './indexed-entry.js';
import type { Lexicon } from './lexicon.js';
import { tokensOf } from './language.js';
import type { SearchToken } from './normalize.js';
import { matchRef } from './number-match.js';
import { isReplacementOf } from './outcome.js';
import { parseQuestion } from './question.js';

export interface TextMatch {
  entry: IndexedEntry;
  /** 0–1: how much of the question's subject the entry matches, weighted by how telling each word is */
  relevance: number;
  /** 0–1: the share of the question's subject words (and word pairs) found anywhere in the entry */
  coverage: number;
  /**
   * a good part of the question (ANCHORED) is in the entry's title or everyday words (or those of the document
   * it replaced): what the question is about is what the entry is about, not only words its summary mentions
   * in passing ("cán bộ có hành vi vi phạm thì xử lý" is not about the directive on harassment)
   */
  anchored: boolean;
  /** 0–1: the share of the question's subject found in the entry's title or everyday words (see `anchored`) */
  anchor: number;
  /**
   * The question is about people or a sector the entry's texts never name: a sector of the lexicon
   * (education, the police, banking…), or people after "của" whom no document names ("quy tắc ứng xử của
   * thủ thư").
   */
  offAudience: boolean;
  /**
   * The question asks about X "của" Y and the entry has nothing of X: "quần áo của người bệnh nội trú" asks
   * about clothes, and the survey forms for inpatients have none, however well they fit the inpatients.
   */
  missesHead: boolean;
}

export interface TextRanking {
  /** the best matches, best first (at most a few hundred) */
  matches: TextMatch[];
  /** the coverage of any entry, ranked among the best or not; valid until the index ranks another question */
  coverageOf(entry: IndexedEntry): number;
  /** how much subject the question carries (0: nothing but chat words or an unknown script) */
  subjectWeight: number;
  /** the part of it in words rather than numbers: "2" or "2020" alone is no question */
  wordWeight: number;
}

export interface LookupIndex {
  readonly entries: readonly IndexedEntry[];
  /**
   * Whether the language writes words as runs of syllables (Vietnamese): a word no document has then weighs
   * as an unknown pair on top of its syllables, so a question's coverage understates a match more.
   */
  readonly readsCompounds: boolean;
  /** every word (not pair) the documents' texts have, as the index writes it */
  readonly vocabulary: ReadonlySet<string>;
  /** entries whose symbol or an alias has this number ("9" finds 09/CT-BYT) */
  withNumber(number: string): IndexedEntry[];
  rank(tokens: ReadonlyArray<SearchToken | null>): TextRanking;
  /**
   * The provisions of an entry that the question's words are about, best first (at most `max`): what the
   * answer says the document says about the detail asked ("hòm thư mở mấy lần" → the weekly opening).
   */
  provisionsFor(entry: IndexedEntry, tokens: ReadonlyArray<SearchToken | null>, max: number): number[];
  /**
   * The share of an entry's own title (its subject words) that the question names: a document outside the
   * catalogue is named as "probably the one you mean" only when the question asks for its subject, not for a
   * broader one it is part of ("danh mục thuốc được BHYT thanh toán" is not the list of traditional medicines).
   */
  titleCoverage(entry: IndexedEntry, tokens: ReadonlyArray<SearchToken | null>): number;
}

// Where a word is found says how much it tells: the title and the everyday words are what a document is
// about; the summary mentions more in passing; issuer and type help only a little.
// A provision says as much as the summary; what a document inherits from the one it replaced says less.
const FIELD_WEIGHT: Record<Field, number> = {
  title: 1,
  keywords: 1,
  summary: 0.7,
  provisions: 0.7,
  inherited: 0.5,
  issuer: 0.5,
  type: 0.3,
};
// A year the question names that is the document's year (issued, or in its symbol) but not in its text.
const YEAR_OF_DOCUMENT = 0.5;
const yearKey = (year: string) => `@year ${year}`;
// A corrected typo or a split run-together word is a weaker match than a word typed right.
const CORRECTED = 0.8;
// Pairs with a chat word in them ("của người") help ranking a little but do not count as subject.
const FUNCTION_PAIR = 0.5;
// A narrower term read into a broader one ("bệnh viện" in "cơ sở y tế") is a weaker match than the word itself.
const NARROWER = 0.5;
// A word no document has, alone, weighs this share of the most telling word.
const UNKNOWN_WORD = 0.5;
// A pair of subject words no document has together weighs this share of a word no document has.
const UNKNOWN_PAIR = 0.75;
// An ordinary word of administrative life ("cán bộ", "xử lý") weighs as a word found in about half the documents.
const ORDINARY_WEIGHT = 0.6;
// In choosing a document's provisions, a word of its own title counts for this much of another.
const TITLE_WORD = 0.3;
// An entry is what the question is about when this share of the question is in its title or everyday words.
const ANCHORED = 0.3;
// A clause with no word the catalogue knows, beside one that has some, is told around the question.
const ASIDE = 0.3;
// In "X của Y", a document must have this share of X ("quần áo của người bệnh nội trú": of the clothes).
const HEAD = 0.25;
// A syllable found in a document without the word of two syllables the question uses it in ("trang" of
// "trang phục" in "trang web", "xã" of "xã hội") is a weaker match than the word.
const SYLLABLE = 0.5;
// A word typed with diacritics that the document only has with other ones ("nghỉ" against "nghị") half counts.
const OTHER_DIACRITICS = 0.5;

interface Posting {
  entries: Int32Array;
  weights: Float32Array;
  /** 1 where the term is in the entry's title, everyday words or inherited words */
  anchors: Uint8Array;
}

/** At most this many best matches are ranked in full; the rest are far behind for any question. */
const RANKED = 200;

interface Term {
  alternatives: Array<{ text: string; factor: number }>;
  /** how the word was typed, when with diacritics (single words only) */
  form: string | null;
  /** counts towards coverage (a subject word or a pair of subject words) */
  subject: boolean;
  weight: number;
  /** a syllable of a word no document has: it weighs as typed but no document gets credit for it */
  unmatched?: boolean;
  /** which "của <whom>" of the question the term belongs to, if any */
  possessor?: number | undefined;
  /** the clause of the question it is in */
  clause: number;
  ordinary: boolean;
  /** a pair of words no document has side by side: one word the catalogue never uses */
  unknown?: true;
  /** the known pairs (words of two syllables) this syllable is part of in the question */
  compounds?: string[];
}

const idf = (documentFrequency: number, total: number) => Math.log(1 + (total - documentFrequency + 0.5) / (documentFrequency + 0.5));

/**
 * The in-process ranker: an inverted index of folded words and word pairs over titles, everyday words,
 * summaries, issuers and types, with synonyms rewritten and typos tolerated. Built once per catalogue
 * version; a question reads only the postings of its own words.
 */
export function buildLookupIndex(documents: readonly RegulationDocument[], namesakes: readonly Namesake[], lexicon: Lexicon): LookupIndex {
  const entries: IndexedEntry[] = [
    ...documents.map((document, i) => makeEntry(i, { document })),
    ...namesakes.map((namesake, i) => makeEntry(documents.length + i, { namesake })),
  ];
  const language = lexicon.language.code;
  const bySymbol = new Map(entries.filter((e) => e.document).map((e) => [e.symbol, e]));
  // what each document replaced or now carries on: it inherits their words (see entryTexts)
  const predecessors = new Map<IndexedEntry, RegulationDocument[]>();
  const inherit = (heir: IndexedEntry | undefined, from: RegulationDocument) => {
    if (!heir || heir.document === from) return;
    predecessors.set(heir, [...(predecessors.get(heir) ?? []), from]);
  };
  for (const entry of entries) {
    const doc = entry.document;
    if (!doc) continue;
    // only the very replacement: 30c/NQ-CP was replaced by the 76/NQ-CP of 2021, not by the catalogued one of 2013
    if (doc.status === 'replaced' && doc.replacedBy) {
      const heir = bySymbol.get(doc.replacedBy);
      if (heir && isReplacementOf(heir, entry)) inherit(heir, doc);
    }
    for (const successor of doc.validity?.successors ?? []) if (successor.role === 'carries') inherit(bySymbol.get(successor.symbol), doc);
  }
  for (const entry of entries)
    if (entry.document) entry.validity = assessValidity(entry.document, (symbol) => bySymbol.get(symbol)?.document ?? undefined);
  // relations the catalogue states, both ways
  for (const entry of entries) {
    for (const relation of entry.document?.relations ?? []) {
      const other = bySymbol.get(relation.symbol);
      const roles = rolesOf(relation.kind);
      if (!other || other === entry) continue;
      if (relation.kind !== 'based_on' && !entry.basedOn.includes(other)) entry.basedOn.push(other);
      if (!roles) continue;
      entry.related.push({ entry: other, role: roles.ofBase });
      other.related.push({ entry, role: roles.ofDerived });
    }
  }

  // postings are appended entry by entry, so each list is in entry order and each entry appears once
  const building = new Map<string, { entries: number[]; weights: number[]; anchors: number[] }>();
  // which entries have a word with these very diacritics, and which have it written without any
  const withForm = new Map<string, Set<number>>();
  const plain = new Map<string, Set<number>>();
  // the diacritics each folded word or pair is written with somewhere: most have one, and then a question
  // typed with that one needs no check at all ("y tế" is only ever "y tế"; "nghi" is "nghị" and "nghỉ")
  const formsOf = new Map<string, Set<string>>();
  // run-together words people type ("homthu", "duongdaynong") → the words they stand for
  const compact = new Map<string, string[]>();
  const remember = (map: Map<string, Set<number>>, key: string, entry: number) => {
    const set = map.get(key);
    if (set) set.add(entry);
    else map.set(key, new Set([entry]));
  };
  for (const entry of entries) {
    const terms = new Map<string, number>();
    // the terms of its title, everyday words or inherited words
    const anchors = new Set<string>();
    const note = (term: string, weight: number) => {
      if ((terms.get(term) ?? 0) < weight) terms.set(term, weight);
    };
    for (const [field, text] of entryTexts(entry, language, predecessors.get(entry))) {
      const forms = lexicon.canonical(tokensOf(lexicon.language, text));
      const tokens = forms.map((t) => t.token);
      for (const sector of lexicon.sectorsIn(forms)) entry.sectors.add(sector);
      if (field === 'title') for (const token of tokens) entry.titleWords.add(token);
      const weight = FIELD_WEIGHT[field];
      const record = (folded: string, form: string | null) => {
        remember(form === null ? plain : withForm, form ?? folded, entry.position);
        if (form === null) return;
        const known = formsOf.get(folded);
        if (known) known.add(form);
        else formsOf.set(folded, new Set([form]));
      };
      forms.forEach(({ form, token }, i) => {
        record(token, form);
        const next = forms[i + 1];
        // pairs too: "thuốc trực" is not "thuộc, trực thuộc"
        if (next) record(`${token} ${next.token}`, form !== null && next.form !== null ? `${form} ${next.form}` : null);
      });
      // people run together the words of a title or a keyword, hardly those of a summary
      const runs = field === 'title' || field === 'keywords';
      const anchoring = field === 'title' || field === 'keywords' || field === 'inherited';
      tokens.forEach((token, i) => {
        note(token, weight);
        if (anchoring) anchors.add(token);
        const next = tokens[i + 1];
        if (next === undefined) return;
        note(`${token} ${next}`, weight);
        if (anchoring) anchors.add(`${token} ${next}`);
        if (!runs) return;
        const pair = `${token}${next}`;
        if (pair.length >= 3 && !compact.has(pair)) compact.set(pair, [token, next]);
        const third = tokens[i + 2];
        if (third !== undefined && !compact.has(`${pair}${third}`)) compact.set(`${pair}${third}`, [token, next, third]);
      });
      for (const narrower of lexicon.narrowerTerms(tokens)) {
        narrower.forEach((token, i) => {
          note(token, weight * NARROWER);
          if (narrower[i + 1] !== undefined) note(`${token} ${narrower[i + 1]}`, weight * NARROWER);
        });
      }
    }
    // kept apart from the words so that a year stays as telling as the texts make it
    for (const year of yearsOf(entry)) note(yearKey(String(year)), YEAR_OF_DOCUMENT);
    for (const [term, weight] of terms) {
      let posting = building.get(term);
      if (!posting) building.set(term, (posting = { entries: [], weights: [], anchors: [] }));
      posting.entries.push(entry.position);
      posting.weights.push(weight);
      posting.anchors.push(anchors.has(term) ? 1 : 0);
    }
  }
  const postings = new Map<string, Posting>();
  for (const [term, list] of building)
    postings.set(term, {
      entries: Int32Array.from(list.entries),
      weights: Float32Array.from(list.weights),
      anchors: Uint8Array.from(list.anchors),
    });

  const byNumber = new Map<string, IndexedEntry[]>();
  for (const entry of entries) {
    for (const number of new Set(entry.symbols.map((s) => s.parts.number))) {
      const list = byNumber.get(number);
      if (list) list.push(entry);
      else byNumber.set(number, [entry]);
    }
  }

  // the Vietnamese titles cite other documents by number; the English side goes by the stated relations alone
  for (const entry of language === 'vi' ? entries : []) {
    // only a title with a digit can cite another document by number
    if (!entry.document || !/\d/.test(entry.document.title)) continue;
    for (const ref of parseQuestion(entry.document.title, lexicon).refs) {
      if (ref.form !== 'symbol' && ref.form !== 'kind') continue;
      for (const match of matchRef(byNumber.get(ref.number) ?? [], ref, [])) {
        // "Quy định về trang phục y tế (thay thế Thông tư 45/2015/TT-BYT)" replaces the one it cites
        if (
          match.exact &&
          match.entry !== entry &&
          match.entry.document &&
          !isReplacementOf(entry, match.entry) &&
          !entry.basedOn.includes(match.entry)
        )
          entry.basedOn.push(match.entry);
      }
    }
  }

  const total = entries.length;
  // Vietnamese writes a word as syllables: two known syllables no document has side by side are one unknown word
  const compounds = language === 'vi';
  // scratch space for ranking: one slot per entry
  const score = new Float64Array(total);
  const covered = new Float64Array(total);
  const titled = new Float64Array(total);
  const headed = new Float64Array(total);
  const withPair = new Uint8Array(total);
  const bestAnchor = new Float64Array(total);
  const bestValue = new Float64Array(total);
  const bestCredit = new Float64Array(total);
  let rankings = 0;
  const frequency = (term: string) => postings.get(term)?.entries.length ?? 0;
  const known = (word: string) => postings.has(word);
  /** Marks (1) or unmarks (0) in `withPair` the entries that have any of these pairs. */
  const markPairs = (pairs: readonly string[], value: 0 | 1) => {
    for (const pair of pairs) {
      const list = postings.get(pair)?.entries;
      if (list) for (let i = 0; i < list.length; i += 1) withPair[list[i]!] = value;
    }
  };

  // built on first need: most questions are spelled right
  let words: FuzzyVocabulary | null = null;
  let runs: FuzzyVocabulary | null = null;
  const nearWords = (word: string) =>
    (words ??= createFuzzyVocabulary([...postings.keys()].filter((t) => !t.includes(' ') && t.length >= 3))).near(word);
  const nearRuns = (word: string) => (runs ??= createFuzzyVocabulary([...compact.keys()].filter((k) => k.length >= 6))).near(word);

  /**
   * Known words for a token that is not one: a split run-together word, or the closest spelling. A word typed
   * with diacritics is taken as meant: people who type "phép" mean "phép", not the known "pháp".
   */
  function resolve(
    token: string,
    typedWithDiacritics: boolean,
    before: string | undefined,
    after: string | undefined,
  ): { words: string[]; factor: number } {
    if (known(token) || /^\d+$/.test(token)) return { words: [token], factor: 1 };
    const split = compact.get(token);
    if (split) return { words: split, factor: 1 };
    if (typedWithDiacritics) return { words: [token], factor: 1 };
    if (token.length >= 6) {
      const run = nearRuns(token).map((k) => compact.get(k)!);
      if (run.length > 0) return { words: run[0]!, factor: CORRECTED };
    }
    if (token.length >= 3) {
      // prefer the spelling that forms a known pair with a neighbour, then the most common one
      const near = nearWords(token)
        .map((word) => ({
          word,
          context: Number((before !== undefined && known(`${before} ${word}`)) || (after !== undefined && known(`${word} ${after}`))),
        }))
        .filter((c) => token.length >= 4 || c.context > 0)
        .sort((a, b) => b.context - a.context || frequency(b.word) - frequency(a.word));
      if (near.length > 0) return { words: [near[0]!.word], factor: CORRECTED };
    }
    return { words: [token], factor: 1 };
  }

  interface Word {
    word: string;
    factor: number;
    form: string | null;
    stop: boolean;
    /** part of a phrase the lexicon knows ("một cửa" is not "của") */
    inPhrase: boolean;
    clause: number;
    /** part of an ordinary phrase of administrative life (lexicon `ordinaryWords`) */
    ordinary: boolean;
  }

  const bound = (a: Word, b: Word) => !a.stop && !b.stop && known(`${a.word} ${b.word}`);

  /** A pair that no document has, either side of which belongs to a known word: where two words meet. */
  function isWordBoundary(words: readonly Word[], i: number): boolean {
    const [before, first, second, after] = [words[i - 1], words[i]!, words[i + 1]!, words[i + 2]];
    return (before !== undefined && bound(before, first)) || (after !== undefined && bound(second, after));
  }

  /**
   * Where each word of "… của <whom>" is: the words after "của" up to the next chat word name whose rules are
   * asked for ("quy tắc ứng xử của thủ thư"). Returns a group number per word (undefined elsewhere).
   */
  function possessorsOf(words: readonly Word[], firstGroup: number): Array<number | undefined> {
    const groups: Array<number | undefined> = [];
    let group = firstGroup - 1;
    let inside = false;
    words.forEach((w, i) => {
      if (w.stop) {
        inside = w.word === 'cua' && !w.inPhrase && (w.form === null || w.form === 'của');
        if (inside) group += 1;
      } else if (inside) groups[i] = group;
    });
    return groups;
  }

  function termsOf(tokens: ReadonlyArray<SearchToken | null>): Term[] {
    const terms: Term[] = [];
    let possessorGroups = 0;
    const segments: SearchToken[][] = [[]];
    // a stop phrase or the end of a clause ends a segment: no pair and no "của <whom>" goes across it
    for (const token of tokens) {
      const segment = segments[segments.length - 1]!;
      if (token === null) segments.push([]);
      else if (segment.length > 0 && segment[segment.length - 1]!.clause !== token.clause) segments.push([token]);
      else segment.push(token);
    }
    for (const segment of segments) {
      // resolve typos and run-together words first, so that pairs are read on the corrected words
      const words: Word[] = [];
      segment.forEach(({ token, form, inPhrase, clause }, i) => {
        const best = resolve(token, form !== null, segment[i - 1]?.token, segment[i + 1]?.token);
        const untouched = best.words.length === 1 && best.words[0] === token;
        for (const word of best.words) {
          const kept = untouched ? form : null;
          words.push({
            word,
            factor: best.factor,
            form: kept,
            stop: !inPhrase && lexicon.isStopWord(word, kept),
            inPhrase: inPhrase === true,
            clause: clause ?? 0,
            ordinary: false,
          });
        }
      });
      markOrdinary(words);
      // the term of each word, to withdraw when the word turns out to be a syllable of a word no document has
      const wordTerms: Array<Term | undefined> = [];
      const unknownWords: number[] = [];
      // the known pairs a word belongs to, noted before the word's own term is made
      const pendingCompounds = new Map<number, string[]>();
      const possessor = possessorsOf(words, possessorGroups);
      possessorGroups += new Set(possessor.filter((g) => g !== undefined)).size;
      words.forEach(({ word, factor, form, stop }, i) => {
        if (!stop && (word.length >= 2 || /\d/.test(word))) {
          const alternatives = [{ text: word, factor }];
          if (/^(?:19|20)\d{2}$/.test(word)) alternatives.push({ text: yearKey(word), factor });
          // a word no document has separates none of them: it tells that the question may be about something
          // else, not as surely as a word that is a document's own
          const df = frequency(word);
          terms.push(
            (wordTerms[i] = {
              ...(pendingCompounds.has(i) ? { compounds: pendingCompounds.get(i)! } : {}),
              alternatives,
              form,
              subject: true,
              weight: df === 0 && !/^\d+$/.test(word) ? UNKNOWN_WORD * idf(0, total) : idf(df, total),
              possessor: possessor[i],
              clause: words[i]!.clause,
              ordinary: words[i]!.ordinary,
            }),
          );
        }
        const next = words[i + 1];
        if (!next) return;
        const subject = !stop && !next.stop;
        const pair = `${word} ${next.word}`;
        const pairForm = form !== null && next.form !== null ? `${form} ${next.form}` : null;
        const pairPossessor = possessor[i] !== undefined && possessor[i] === possessor[i + 1] ? possessor[i] : undefined;
        const clause = words[i]!.clause;
        const ordinary = words[i]!.ordinary && next.ordinary;
        if (known(pair)) {
          // a syllable of a word the catalogue knows is that word's: "trang" of "trang phục" is no "trang web"
          if (compounds && subject)
            for (const k of [i, i + 1]) {
              const term = wordTerms[k];
              if (term) (term.compounds ??= []).push(pair);
              else if (k === i + 1) pendingCompounds.set(k, [...(pendingCompounds.get(k) ?? []), pair]);
            }
          terms.push({
            alternatives: [{ text: pair, factor: Math.min(factor, next.factor) }],
            form: pairForm,
            subject,
            weight: idf(frequency(pair), total) * (subject ? 1 : FUNCTION_PAIR),
            possessor: pairPossessor,
            clause,
            ordinary,
          });
          return;
        }
        // English words are words: two that no document has side by side are no unknown compound
        if (!compounds) return;
        // an ordinary word next to another ("khoa khám bệnh") is no syllable of an unknown word
        if (!subject || words[i]!.ordinary || next.ordinary) return;
        if (!/[a-z]/.test(word) || !/[a-z]/.test(next.word) || isWordBoundary(words, i)) return;
        // two words typed without diacritics that no document has together may be a typo of a pair ("ung su")
        const joined = `${word}${next.word}`;
        const corrected =
          form === null && next.form === null && joined.length >= 5
            ? nearRuns(joined)
                .map((k) => compact.get(k)!)
                .find((w) => w.length === 2)
            : undefined;
        if (corrected) {
          const text = corrected.join(' ');
          terms.push({
            alternatives: [{ text, factor: CORRECTED }],
            form: null,
            subject: true,
            weight: idf(frequency(text), total),
            possessor: pairPossessor,
            clause,
            ordinary,
          });
          return;
        }
        // Otherwise they are most likely one word the catalogue never uses ("tự chủ", "tài chính", "học
        // sinh", "điện lực"): its syllables may each appear in other words ("dân chủ", "hành chính", "học
        // viên", "điện thoại"), the thing asked about does not. It counts as an unmatched subject term, and
        // its syllables found in those other words count for nothing.
        terms.push({
          alternatives: [{ text: pair, factor: 1 }],
          form: null,
          subject: true,
          weight: UNKNOWN_PAIR * idf(0, total),
          possessor: pairPossessor,
          clause,
          ordinary,
          unknown: true,
        });
        unknownWords.push(i, i + 1);
      });
      for (const i of unknownWords) if (wordTerms[i]) wordTerms[i].unmatched = true;
    }
    return weighed(terms);
  }

  /** Marks the words of every ordinary phrase of the lexicon (up to three words long). */
  function markOrdinary(words: Word[]): void {
    for (let i = 0; i < words.length; i += 1) {
      for (let length = 1; length <= 3 && i + length <= words.length; length += 1) {
        const phrase = words
          .slice(i, i + length)
          .map((w) => w.word)
          .join(' ');
        if (lexicon.isOrdinary(phrase)) for (let k = i; k < i + length; k += 1) words[k]!.ordinary = true;
      }
    }
  }

  /**
   * How much each term counts, beyond how rare it is:
   * - an ordinary word of administrative life counts as little as a word found in many documents;
   * - a clause of the question in which no document knows any word ("đi muộn về sớm, giờ giấc làm việc…") is
   *   the situation told around the question, not its subject: it counts for a part, when another clause has
   *   words the catalogue knows. A word no document has next to known ones in the same clause ("đường dây nóng
   *   phòng chống ma túy") still counts in full: it narrows the subject to one the catalogue may not have.
   */
  function weighed(terms: Term[]): Term[] {
    for (const term of terms) if (term.ordinary) term.weight = Math.min(term.weight, ORDINARY_WEIGHT);
    const knownIn = new Set<number>();
    for (const term of terms)
      if (term.subject && !term.ordinary && !term.unmatched && !term.unknown && frequency(term.alternatives[0]!.text) > 0)
        knownIn.add(term.clause);
    if (knownIn.size === 0) return terms;
    for (const term of terms) if (!knownIn.has(term.clause)) term.weight *= ASIDE;
    return terms;
  }

  const vocabulary = new Set([...postings.keys()].filter((term) => !term.includes(' ')));
  // each provision's words and word pairs, as the question's are written
  const provisionTerms = new Map<IndexedEntry, Array<Set<string>>>();
  const termsOfText = (text: string) => {
    const tokens = lexicon.canonical(tokensOf(lexicon.language, text)).map((t) => t.token);
    return new Set([...tokens, ...tokens.slice(1).map((token, i) => `${tokens[i]} ${token}`)]);
  };
  const provisionsOf = (entry: IndexedEntry) => {
    let terms = provisionTerms.get(entry);
    if (!terms) {
      const texts = (entry.document?.provisions ?? []).map((p) => (language === 'en' ? (p.en ?? '') : p.vi));
      provisionTerms.set(entry, (terms = texts.map(termsOfText)));
    }
    return terms;
  };
  return {
    entries,
    readsCompounds: compounds,
    vocabulary,
    withNumber: (number) => byNumber.get(number) ?? [],
    titleCoverage(entry, tokens) {
      const title = (language === 'en' ? entry.document?.titleEn : entry.document?.title) ?? entry.namesake?.title ?? '';
      const words = lexicon
        .canonical(tokensOf(lexicon.language, title))
        .filter((t) => !lexicon.isStopWord(t.token, t.form) && t.token.length >= 2 && !/^\d+$/.test(t.token))
        .map((t) => t.token);
      if (words.length === 0) return 0;
      const asked = new Set(tokens.flatMap((t) => (t ? [t.token] : [])));
      return words.filter((word) => asked.has(word)).length / words.length;
    },
    provisionsFor(entry, tokens, max) {
      const provisions = provisionsOf(entry);
      if (provisions.length === 0) return [];
      const words = tokens.filter((t): t is SearchToken => t !== null && !lexicon.isStopWord(t.token, t.form) && t.token.length >= 2);
      const asked = [...words.map((w) => w.token), ...words.slice(1).map((w, i) => `${words[i]!.token} ${w.token}`)];
      // The words of the document's own title say which document, not which of its provisions: a provision is
      // about the question when it has one of the other words ("mở" in "hòm thư mở mấy lần"). How telling each
      // word is among the documents ranks them, so that "y tế" does not pick a provision as "ngực" does.
      const detail = new Set(words.filter((w) => !entry.titleWords.has(w.token)).map((w) => w.token));
      const ranked = provisions
        .map((terms, position) => ({
          position,
          about: [...detail].some((word) => terms.has(word)),
          score: asked.reduce(
            (sum, term) =>
              sum +
              (terms.has(term)
                ? idf(frequency(term), total) * (term.split(' ').every((w) => entry.titleWords.has(w)) ? TITLE_WORD : 1)
                : 0),
            0,
          ),
        }))
        .filter((p) => p.about)
        .sort((a, b) => b.score - a.score || a.position - b.position)
        .map((p) => p.position);
      if (ranked.length === 0) return [];
      // one provision on the question, with the first key provision beside it
      if (ranked.length === 1 && ranked[0] !== 0) ranked.push(0);
      return ranked.slice(0, max);
    },
    rank(tokens) {
      const terms = termsOf(tokens);
      const subjectWeight = terms.filter((t) => t.subject).reduce((sum, t) => sum + t.weight, 0);
      const allWeight = terms.reduce((sum, t) => sum + t.weight, 0);
      const wordWeight = terms.filter((t) => t.subject && /[a-z]/.test(t.alternatives[0]!.text)).reduce((sum, t) => sum + t.weight, 0);
      if (subjectWeight === 0) return { matches: [], subjectWeight: 0, wordWeight: 0, coverageOf: () => 0 };
      // one pass per term over its postings, into arrays the size of the catalogue (reused between questions)
      score.fill(0);
      covered.fill(0);
      titled.fill(0);
      headed.fill(0);
      const touched: number[] = [];
      // each "của <whom>" of the question, and whether any document names any of its words: none means
      // people the catalogue is not about at all (a general rule not naming "bệnh viện" may still apply to
      // hospitals, so one document naming them is enough)
      const possessors = new Map<number, boolean>();
      for (const term of terms) if (term.possessor !== undefined && term.weight > 0) possessors.set(term.possessor, false);
      for (const term of terms) {
        if (term.unmatched) continue;
        const written = term.form ? formsOf.get(term.alternatives[0]!.text) : undefined;
        const checkForm = term.form !== null && written !== undefined && !(written.size === 1 && written.has(term.form));
        const sameForm = checkForm ? withForm.get(term.form!) : undefined;
        const noForm = checkForm ? plain.get(term.alternatives[0]!.text) : undefined;
        const hit: number[] = [];
        if (term.compounds) markPairs(term.compounds, 1);
        for (const alternative of term.alternatives) {
          const posting = postings.get(alternative.text);
          if (!posting) continue;
          for (let i = 0; i < posting.entries.length; i += 1) {
            const entry = posting.entries[i]!;
            const accent = !checkForm || sameForm?.has(entry) || noForm?.has(entry) ? 1 : OTHER_DIACRITICS;
            const credit = alternative.factor * accent * (term.compounds && withPair[entry] === 0 ? SYLLABLE : 1);
            const value = posting.weights[i]! * credit;
            if (bestCredit[entry] === 0) hit.push(entry);
            if (value > bestValue[entry]!) bestValue[entry] = value;
            if (credit > bestCredit[entry]!) bestCredit[entry] = credit;
            if (posting.anchors[i] === 1 && credit > bestAnchor[entry]!) bestAnchor[entry] = credit;
          }
        }
        if (term.compounds) markPairs(term.compounds, 0);
        if (term.possessor !== undefined && hit.length > 0) possessors.set(term.possessor, true);
        for (const entry of hit) {
          if (score[entry] === 0 && covered[entry] === 0) touched.push(entry);
          score[entry] = score[entry]! + term.weight * bestValue[entry]!;
          if (term.subject) {
            covered[entry] = covered[entry]! + term.weight * bestCredit[entry]!;
            if (term.possessor === undefined) headed[entry] = headed[entry]! + term.weight * bestCredit[entry]!;
            titled[entry] = titled[entry]! + term.weight * bestAnchor[entry]!;
          }
          bestValue[entry] = 0;
          bestCredit[entry] = 0;
          bestAnchor[entry] = 0;
        }
      }
      let top = 0;
      for (const entry of touched) top = Math.max(top, score[entry]!);
      // keep the entries within reach of the best; sort only those
      let kept = touched.filter((entry) => score[entry]! >= top * 0.25);
      if (kept.length > RANKED) kept = kept.sort((a, b) => score[b]! - score[a]!).slice(0, RANKED);
      const asked = lexicon.sectorsIn(tokens);
      // people whom no document names, or named with a word the catalogue never uses ("nhân viên thư viện")
      const strangers = [...possessors.values()].some((named) => !named) || terms.some((t) => t.unknown && t.possessor !== undefined);
      // "X của Y" with subject words in X: a document must have some of X, whatever it has of Y
      const headWeight =
        possessors.size > 0 ? terms.reduce((sum, t) => sum + (t.subject && t.possessor === undefined ? t.weight : 0), 0) : 0;
      const matches = kept.map((position) => ({
        entry: entries[position]!,
        relevance: score[position]! / allWeight,
        coverage: covered[position]! / subjectWeight,
        anchored: titled[position]! / subjectWeight >= ANCHORED,
        anchor: titled[position]! / subjectWeight,
        offAudience: strangers || asked.some((sector) => !entries[position]!.sectors.has(sector)),
        missesHead: headWeight > 0 && headed[position]! < HEAD * headWeight,
      }));
      matches.sort((a, b) => b.relevance - a.relevance || preferCurrent(a.entry, b.entry));
      // read straight from the scratch buffer (no copy per question), so only until the next question
      const generation = ++rankings;
      const coverageOf = (entry: IndexedEntry) => {
        if (generation !== rankings) throw new Error('coverageOf read after the index ranked another question');
        return covered[entry.position]! / subjectWeight;
      };
      return { matches, subjectWeight, wordWeight, coverageOf };
    },
  };
}
