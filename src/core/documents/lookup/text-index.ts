import type { RegulationDocument } from '../document.js';
import type { Namesake } from '../namesake.js';
import { createFuzzyVocabulary, type FuzzyVocabulary } from './fuzzy.js';
import { entryTexts, type Field, type IndexedEntry, makeEntry, preferCurrent, yearsOf } from './indexed-entry.js';
import type { Lexicon } from './lexicon.js';
import { type SearchToken, searchTokenForms } from './normalize.js';
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
   * The question is about people or a sector the entry's texts never name: a sector of the lexicon
   * (education, the police, banking…), or people after "của" whom no document names ("quy tắc ứng xử của
   * thủ thư").
   */
  offAudience: boolean;
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
  /** entries whose symbol or an alias has this number ("9" finds 09/CT-BYT) */
  withNumber(number: string): IndexedEntry[];
  rank(tokens: ReadonlyArray<SearchToken | null>): TextRanking;
}

// Where a word is found says how much it tells: the title and the everyday words are what a document is
// about; the summary mentions more in passing; issuer and type help only a little.
const FIELD_WEIGHT: Record<Field, number> = { title: 1, keywords: 1, summary: 0.7, issuer: 0.5, type: 0.3 };
// A year the question names that is the document's year (issued, or in its symbol) but not in its text.
const YEAR_OF_DOCUMENT = 0.5;
const yearKey = (year: string) => `@year ${year}`;
// A corrected typo or a split run-together word is a weaker match than a word typed right.
const CORRECTED = 0.8;
// Pairs with a chat word in them ("của người") help ranking a little but do not count as subject.
const FUNCTION_PAIR = 0.5;
// A narrower term read into a broader one ("bệnh viện" in "cơ sở y tế") is a weaker match than the word itself.
const NARROWER = 0.5;
// A pair of subject words no document has together weighs this share of a word no document has.
const UNKNOWN_PAIR = 0.75;
// A word typed with diacritics that the document only has with other ones ("nghỉ" against "nghị") half counts.
const OTHER_DIACRITICS = 0.5;

interface Posting {
  entries: Int32Array;
  weights: Float32Array;
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

  // postings are appended entry by entry, so each list is in entry order and each entry appears once
  const building = new Map<string, { entries: number[]; weights: number[] }>();
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
    const note = (term: string, weight: number) => {
      if ((terms.get(term) ?? 0) < weight) terms.set(term, weight);
    };
    for (const [field, text] of entryTexts(entry)) {
      const forms = lexicon.canonical(searchTokenForms(text));
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
      tokens.forEach((token, i) => {
        note(token, weight);
        const next = tokens[i + 1];
        if (next === undefined) return;
        note(`${token} ${next}`, weight);
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
      if (!posting) building.set(term, (posting = { entries: [], weights: [] }));
      posting.entries.push(entry.position);
      posting.weights.push(weight);
    }
  }
  const postings = new Map<string, Posting>();
  for (const [term, list] of building)
    postings.set(term, { entries: Int32Array.from(list.entries), weights: Float32Array.from(list.weights) });

  const byNumber = new Map<string, IndexedEntry[]>();
  for (const entry of entries) {
    for (const number of new Set(entry.symbols.map((s) => s.parts.number))) {
      const list = byNumber.get(number);
      if (list) list.push(entry);
      else byNumber.set(number, [entry]);
    }
  }

  for (const entry of entries) {
    // only a title with a digit can cite another document by number
    if (!entry.document || !/\d/.test(entry.document.title)) continue;
    for (const ref of parseQuestion(entry.document.title, lexicon).refs) {
      if (ref.form !== 'symbol' && ref.form !== 'kind') continue;
      for (const match of matchRef(byNumber.get(ref.number) ?? [], ref, [])) {
        // "Quy định về trang phục y tế (thay thế Thông tư 45/2015/TT-BYT)" replaces the one it cites
        if (match.exact && match.entry !== entry && match.entry.document && !isReplacementOf(entry, match.entry))
          entry.basedOn.push(match.entry);
      }
    }
  }

  const total = entries.length;
  // scratch space for ranking: one slot per entry
  const score = new Float64Array(total);
  const covered = new Float64Array(total);
  const bestValue = new Float64Array(total);
  const bestCredit = new Float64Array(total);
  let rankings = 0;
  const frequency = (term: string) => postings.get(term)?.entries.length ?? 0;
  const known = (word: string) => postings.has(word);

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
    for (const token of tokens) {
      if (token === null) segments.push([]);
      else segments[segments.length - 1]!.push(token);
    }
    for (const segment of segments) {
      // resolve typos and run-together words first, so that pairs are read on the corrected words
      const words: Word[] = [];
      segment.forEach(({ token, form, inPhrase }, i) => {
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
          });
        }
      });
      // the term of each word, to withdraw when the word turns out to be a syllable of a word no document has
      const wordTerms: Array<Term | undefined> = [];
      const unknownWords: number[] = [];
      const possessor = possessorsOf(words, possessorGroups);
      possessorGroups += new Set(possessor.filter((g) => g !== undefined)).size;
      words.forEach(({ word, factor, form, stop }, i) => {
        if (!stop && (word.length >= 2 || /\d/.test(word))) {
          const alternatives = [{ text: word, factor }];
          if (/^(?:19|20)\d{2}$/.test(word)) alternatives.push({ text: yearKey(word), factor });
          terms.push((wordTerms[i] = { alternatives, form, subject: true, weight: idf(frequency(word), total), possessor: possessor[i] }));
        }
        const next = words[i + 1];
        if (!next) return;
        const subject = !stop && !next.stop;
        const pair = `${word} ${next.word}`;
        const pairForm = form !== null && next.form !== null ? `${form} ${next.form}` : null;
        const pairPossessor = possessor[i] !== undefined && possessor[i] === possessor[i + 1] ? possessor[i] : undefined;
        if (known(pair)) {
          terms.push({
            alternatives: [{ text: pair, factor: Math.min(factor, next.factor) }],
            form: pairForm,
            subject,
            weight: idf(frequency(pair), total) * (subject ? 1 : FUNCTION_PAIR),
            possessor: pairPossessor,
          });
          return;
        }
        if (!subject || !/[a-z]/.test(word) || !/[a-z]/.test(next.word) || isWordBoundary(words, i)) return;
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
          });
          return;
        }
        // Otherwise they are most likely one word the catalogue never uses ("tự chủ", "tài chính", "học
        // sinh", "điện lực"): its syllables may each appear in other words ("dân chủ", "hành chính", "học
        // viên", "điện thoại"), the thing asked about does not. It counts as an unmatched subject term, and
        // its syllables found in those other words count for nothing.
        terms.push({ alternatives: [{ text: pair, factor: 1 }], form: null, subject: true, weight: UNKNOWN_PAIR * idf(0, total) });
        unknownWords.push(i, i + 1);
      });
      for (const i of unknownWords) if (wordTerms[i]) wordTerms[i].unmatched = true;
    }
    return terms;
  }

  return {
    entries,
    withNumber: (number) => byNumber.get(number) ?? [],
    rank(tokens) {
      const terms = termsOf(tokens);
      const subjectWeight = terms.filter((t) => t.subject).reduce((sum, t) => sum + t.weight, 0);
      const allWeight = terms.reduce((sum, t) => sum + t.weight, 0);
      const wordWeight = terms.filter((t) => t.subject && /[a-z]/.test(t.alternatives[0]!.text)).reduce((sum, t) => sum + t.weight, 0);
      if (subjectWeight === 0) return { matches: [], subjectWeight: 0, wordWeight: 0, coverageOf: () => 0 };
      // one pass per term over its postings, into arrays the size of the catalogue (reused between questions)
      score.fill(0);
      covered.fill(0);
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
        for (const alternative of term.alternatives) {
          const posting = postings.get(alternative.text);
          if (!posting) continue;
          for (let i = 0; i < posting.entries.length; i += 1) {
            const entry = posting.entries[i]!;
            const accent = !checkForm || sameForm?.has(entry) || noForm?.has(entry) ? 1 : OTHER_DIACRITICS;
            const credit = alternative.factor * accent;
            const value = posting.weights[i]! * credit;
            if (bestCredit[entry] === 0) hit.push(entry);
            if (value > bestValue[entry]!) bestValue[entry] = value;
            if (credit > bestCredit[entry]!) bestCredit[entry] = credit;
          }
        }
        if (term.possessor !== undefined && hit.length > 0) possessors.set(term.possessor, true);
        for (const entry of hit) {
          if (score[entry] === 0 && covered[entry] === 0) touched.push(entry);
          score[entry] = score[entry]! + term.weight * bestValue[entry]!;
          if (term.subject) covered[entry] = covered[entry]! + term.weight * bestCredit[entry]!;
          bestValue[entry] = 0;
          bestCredit[entry] = 0;
        }
      }
      let top = 0;
      for (const entry of touched) top = Math.max(top, score[entry]!);
      // keep the entries within reach of the best; sort only those
      let kept = touched.filter((entry) => score[entry]! >= top * 0.25);
      if (kept.length > RANKED) kept = kept.sort((a, b) => score[b]! - score[a]!).slice(0, RANKED);
      const asked = lexicon.sectorsIn(tokens);
      const strangers = [...possessors.values()].some((named) => !named);
      const matches = kept.map((position) => ({
        entry: entries[position]!,
        relevance: score[position]! / allWeight,
        coverage: covered[position]! / subjectWeight,
        offAudience: strangers || asked.some((sector) => !entries[position]!.sectors.has(sector)),
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
