import { type DocumentKind, kindsCompatible } from '../symbol.js';
import { editDistance } from './fuzzy.js';
import type { IndexedEntry } from './indexed-entry.js';
import type { SearchToken } from './normalize.js';
import { isReplacementOf, type LookupOutcome, MAX_ALTERNATIVES, MAX_CANDIDATES, replacementOf, scored, THRESHOLDS } from './outcome.js';
import type { ParsedQuestion } from './question.js';
import type { LookupIndex, TextMatch } from './text-index.js';

function kindFits(asked: DocumentKind | null, entry: IndexedEntry): boolean {
  return !asked || !entry.kind || kindsCompatible(asked, entry.kind);
}

// Kinds that are also ordinary subject words: asked for, they tip the balance but never rule a document out.
const SOFT_KINDS: readonly DocumentKind[] = ['kh', 'hd', 'ctr'];
// A plan or programme carries out other documents; unless the question asks for one, those come first.
const PLAN_KINDS: readonly DocumentKind[] = ['kh', 'ctr'];
const PLAN_DISCOUNT = 0.8;
// The assistant serves a health department: between a health-sector rule and a general one that fit about as
// well, the sector's own (issued by Bộ Y tế or a Sở Y tế) is the more specific answer.
const HEALTH_SECTOR = 1.1;
// A document about other people than the question names is a poor fit, however many words it shares.
const OFF_AUDIENCE = 0.5;
// Words that ask for the document that carries out, explains or amends another one.
const RELATION_WORDS = new Set(['huong', 'trien', 'sua', 'bo', 'chi', 'thi']);
const RELATION_PAIRS = new Set(['huong dan', 'trien khai', 'sua doi', 'bo sung', 'chi tiet', 'thi hanh']);

function pairsOf(tokens: ReadonlyArray<SearchToken | null>): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const [a, b] = [tokens[i]?.token, tokens[i + 1]?.token];
    if (a && b && RELATION_WORDS.has(a)) pairs.add(`${a} ${b}`);
  }
  return pairs;
}

/**
 * A law asked for by its name ("luật khiếu nại") is the law of that name: every word of the name is a word
 * of its title (a longer one spelt one letter off counts). A law about something else whose summary or
 * everyday words mention the name (the law on receiving citizens mentions complaints) is not it.
 */
function isCalled(entry: IndexedEntry, name: readonly string[]): boolean {
  const words = [...entry.titleWords];
  return name.every(
    (word) => entry.titleWords.has(word) || (word.length >= 4 && words.some((t) => t.length >= 4 && editDistance(word, t, 1) <= 1)),
  );
}

/**
 * `current` is what a question about the subject of `other` should get: its replacement, the document it
 * carries out, or the replacement of the document it carries out (a guide to a replaced decree).
 */
function supersedes(current: IndexedEntry, other: IndexedEntry, asksForDerived: boolean): boolean {
  if (isReplacementOf(current, other)) return true;
  // a replaced document never comes before what replaced it, whatever the new one's title cites
  if (isReplacementOf(other, current)) return false;
  if (asksForDerived) return false;
  return other.basedOn.some((base) => base === current || isReplacementOf(current, base));
}

/**
 * No number: the subject words alone. An answer needs most of them found in one document, a strong match
 * and a clear lead; otherwise the closest documents are offered as candidates.
 */
export function decideBySubject(
  index: LookupIndex,
  question: ParsedQuestion,
  matches: TextMatch[],
  wordWeight: number,
  askedKind: DocumentKind | null,
  years: readonly number[],
): LookupOutcome {
  if (wordWeight === 0) return question.refs.length > 0 ? { kind: 'nothing', missing: null } : { kind: 'no-question' };

  const pairs = pairsOf(question.tokens);
  const asksForRelation = [...pairs].some((pair) => RELATION_PAIRS.has(pair));
  const asksForPlan = (askedKind !== null && PLAN_KINDS.includes(askedKind)) || pairs.has('trien khai');
  const softKind = askedKind !== null && SOFT_KINDS.includes(askedKind);

  // the kind asked for and the year named tip the balance between otherwise close documents
  const adjusted = matches
    .map((m) => {
      let relevance = m.relevance;
      if (askedKind) relevance *= kindFits(askedKind, m.entry) ? 1.15 : softKind ? 1 : 0.85;
      if (!asksForPlan && m.entry.kind && PLAN_KINDS.includes(m.entry.kind)) relevance *= PLAN_DISCOUNT;
      if (m.entry.healthSector) relevance *= HEALTH_SECTOR;
      if (m.offAudience) relevance *= OFF_AUDIENCE;
      if (years.length > 0 && years.some((y) => y === m.entry.issuedYear || m.entry.titleYears.has(y))) relevance *= 1.1;
      return { ...m, relevance };
    })
    .sort((a, b) => b.relevance - a.relevance);

  // the document in force before the one it replaced, the base document before the one carrying it out
  const [first, second] = adjusted;
  if (
    first &&
    second &&
    second.relevance >= THRESHOLDS.margin * first.relevance &&
    supersedes(second.entry, first.entry, asksForRelation)
  ) {
    adjusted[0] = second;
    adjusted[1] = first;
  }

  const top = adjusted[0];
  if (!top) return { kind: 'nothing', missing: null };
  const runnerUp = adjusted[1];
  const clearLead =
    !runnerUp || runnerUp.relevance < THRESHOLDS.margin * top.relevance || supersedes(top.entry, runnerUp.entry, asksForRelation);
  // staff call any document "thông tư" or "quyết định" loosely, but a law is a law
  const kindOk = softKind || kindFits(askedKind, top.entry) || (askedKind !== 'luat' && top.coverage >= 0.9);
  const nameOk = askedKind !== 'luat' || question.lawName.length === 0 || isCalled(top.entry, question.lawName);
  // "quy tắc ứng xử của giáo viên": the words fit the health sector's code of conduct, the people do not
  const confident =
    top.entry.document !== null &&
    !top.offAudience &&
    top.coverage >= THRESHOLDS.coverage &&
    top.relevance >= THRESHOLDS.relevance &&
    clearLead &&
    kindOk &&
    nameOk;

  const catalogued = adjusted.filter((m) => m.entry.document);
  if (confident) {
    // a replaced answer shows its replacement first among the alternatives, whatever it scored (if at all)
    const replacedBy = replacementOf(index, top.entry);
    const replacement = catalogued.find((m) => isReplacementOf(m.entry, top.entry));
    const alternatives = [...(replacement ? [replacement] : []), ...catalogued.filter((m) => m !== replacement)]
      .filter(
        (m) =>
          m !== top &&
          (m === replacement || (m.relevance >= THRESHOLDS.alternative * top.relevance && m.coverage >= 0.4 && !m.offAudience)),
      )
      .map((m) => scored(m.entry, Math.min(1, m.relevance)));
    if (!replacement && replacedBy?.document) alternatives.unshift({ document: replacedBy.document, score: 0 });
    return {
      kind: 'answer',
      answer: scored(top.entry, Math.min(1, top.relevance)),
      replacement: replacedBy,
      alternatives: alternatives.slice(0, MAX_ALTERNATIVES),
      citedAs: null,
      askedKind: softKind || kindFits(askedKind, top.entry) ? null : askedKind,
      namesakes: [],
    };
  }

  const candidates = catalogued
    .filter((m) => m.coverage >= 0.3 && m.relevance >= 0.15)
    .slice(0, MAX_CANDIDATES)
    .map((m) => scored(m.entry, Math.min(1, m.relevance)));
  const outside = top.entry.namesake && top.coverage >= THRESHOLDS.coverage ? top.entry.namesake : null;
  if (candidates.length === 0 && !outside) return { kind: 'nothing', missing: null };
  return { kind: 'unsure', candidates, outside, missing: null };
}
