import type { IndexedEntry } from './indexed-entry.js';
import type { RefMatch } from './number-match.js';
import { isReplacementOf, type LookupOutcome, MAX_CANDIDATES, replacementOf, type ScoredDocument, scored, THRESHOLDS } from './outcome.js';
import type { NumberRef } from './question.js';
import type { LookupIndex, TextMatch } from './text-index.js';

/**
 * The question names a number. One document with it answers, unless the subject words point elsewhere;
 * several get a question back, unless the subject words choose; none is said plainly, with near misses.
 */
export function decideByNumber(
  index: LookupIndex,
  ref: NumberRef,
  matches: RefMatch[],
  ranked: TextMatch[],
  coverageOf: (entry: IndexedEntry) => number,
  hasSubject: boolean,
): LookupOutcome {
  const exact = matches.filter((m) => m.exact);
  const near = matches.filter((m) => !m.exact && m.entry.document).map((m) => scored(m.entry, 0.5));
  const topical = ranked.filter((m) => m.entry.document && m.coverage >= THRESHOLDS.coverage).slice(0, MAX_CANDIDATES);

  if (exact.length === 0) {
    const candidates = dedupe([...near, ...topical.map((m) => scored(m.entry, m.relevance))]).slice(0, MAX_CANDIDATES);
    return candidates.length > 0 ? { kind: 'unsure', candidates, outside: null, missing: ref } : { kind: 'nothing', missing: ref };
  }

  const catalogued = exact.filter((m) => m.entry.document);
  const outsiders = exact.filter((m) => m.entry.namesake);

  // "thông tư 07/2017": a document we know of, but not one of ours
  if (catalogued.length === 0) {
    return { kind: 'unsure', candidates: near.slice(0, MAX_CANDIDATES), outside: outsiders[0]!.entry.namesake, missing: null };
  }

  // The subject words pick one of several documents with the number: "chỉ thị 30 người Hà Nội thanh lịch".
  if (hasSubject && exact.length > 1) {
    const byCoverage = [...exact].sort((a, b) => coverageOf(b.entry) - coverageOf(a.entry));
    const [best, second] = byCoverage;
    const lead = coverageOf(best!.entry);
    if (lead >= 0.5 && coverageOf(second!.entry) * 2 <= lead) {
      if (best!.entry.namesake) {
        return { kind: 'unsure', candidates: catalogued.map((m) => scored(m.entry, 0.5)), outside: best!.entry.namesake, missing: null };
      }
      return answerByNumber(index, best!, outsiders);
    }
  }

  if (catalogued.length === 1 && outsiders.every((m) => !m.entry.namesake!.askBack)) {
    const only = catalogued[0]!;
    // "thông tư 45 về hòm thư góp ý": the number and the subject point at different documents
    if (hasSubject && coverageOf(only.entry) < 0.34) {
      // a document related to the one named (the directive carrying it out, its replacement) is no contradiction
      const other = ranked.find(
        (m) =>
          m.entry !== only.entry &&
          m.entry.document &&
          m.coverage >= 0.67 &&
          !only.entry.related.some((r) => r.entry === m.entry) &&
          !isReplacementOf(m.entry, only.entry) &&
          !isReplacementOf(only.entry, m.entry),
      );
      if (other)
        return {
          kind: 'unsure',
          candidates: [scored(only.entry, 0.5), scored(other.entry, other.relevance)],
          outside: null,
          missing: null,
        };
    }
    return answerByNumber(index, only, outsiders);
  }

  const options = [...exact]
    .sort(
      (a, b) =>
        Number(Boolean(b.entry.document)) - Number(Boolean(a.entry.document)) || (a.entry.issuedYear ?? 0) - (b.entry.issuedYear ?? 0),
    )
    .map((m) => (m.entry.document ? scored(m.entry, 1) : { namesake: m.entry.namesake! }));
  return { kind: 'ambiguous', ref, options };
}

// A replacement shown next to the document asked for by number fits the question only through it.
const REPLACEMENT_SCORE = 0.5;

function answerByNumber(index: LookupIndex, match: RefMatch, outsiders: RefMatch[]): LookupOutcome {
  const replacement = replacementOf(index, match.entry);
  return {
    kind: 'answer',
    answer: scored(match.entry, match.viaAlias ? 0.95 : 1),
    replacement,
    // the document in force that replaced the one asked for is the first thing to read next
    alternatives: replacement?.entry ? [scored(replacement.entry, REPLACEMENT_SCORE)] : [],
    together: [],
    provisions: [],
    citedAs: match.viaAlias && match.viaAlias !== match.entry.symbol ? match.viaAlias : null,
    askedKind: null,
    namesakes: outsiders.map((m) => m.entry.namesake!),
  };
}

function dedupe(list: ScoredDocument[]): ScoredDocument[] {
  const seen = new Set<string>();
  return list.filter((item) => !seen.has(item.document.symbol) && seen.add(item.document.symbol));
}
