import type { Provision, RegulationDocument } from '../document.js';
import type { ValidityView } from '../validity.js';
import type { Namesake } from '../namesake.js';
import { type DocumentKind, parseSymbol } from '../symbol.js';
import type { IndexedEntry, RelatedRole } from './indexed-entry.js';
import type { NumberRef } from './question.js';
import type { LookupIndex } from './text-index.js';

export interface ScoredDocument {
  document: RegulationDocument;
  /** 0–1; 1 for a document named by its number */
  score: number;
  /** whether it still applies, as far as is known, reasoned along its relations */
  validity: ValidityView;
}

/** What replaced a document: catalogued, known only as a namesake, or neither (then only its symbol is known). */
export interface ReplacementInfo {
  document: RegulationDocument | null;
  namesake: Namesake | null;
  /** the index's entry of the catalogued replacement */
  entry: IndexedEntry | null;
}

export type LookupOutcome =
  | {
      kind: 'answer';
      answer: ScoredDocument;
      /** for a replaced document, what replaced it */
      replacement: ReplacementInfo | null;
      /** up to two other documents that also fit the question well */
      alternatives: ScoredDocument[];
      /**
       * documents that apply together with the answer, and what each is to it: the plan carrying out a
       * directive, the decree detailing a law, the directive a plan carries out
       */
      together: Array<ScoredDocument & { role: RelatedRole }>;
      /** the provisions of the answer that the question is about (none: the summary tells what it says) */
      provisions: Provision[];
      /** the symbol as the question wrote it when that was a known misquotation ("07/2013/TT-BYT") */
      citedAs: string | null;
      /** the kind the question asked for when the document is of another kind ("thông tư" for a directive) */
      askedKind: DocumentKind | null;
      /** documents outside the catalogue with the same number, worth a mention */
      namesakes: Namesake[];
    }
  | { kind: 'ambiguous'; ref: NumberRef; options: Array<ScoredDocument | { namesake: Namesake }> }
  | {
      kind: 'unsure';
      candidates: ScoredDocument[];
      /** the document the question most likely means, which is not in the catalogue */
      outside: Namesake | null;
      /** a number the question named that no catalogued document has */
      missing: NumberRef | null;
    }
  | { kind: 'nothing'; missing: NumberRef | null }
  | { kind: 'no-question' };

/**
 * When a subject-only answer is confident: most of the question's subject is found in the document, the
 * match is strong, and the next document is clearly behind. Set on the public evaluation set
 * (tests/fixtures/lookup-questions.json) and kept round, so that they describe the behaviour rather than
 * fit particular questions.
 */
export const THRESHOLDS = {
  coverage: 0.65,
  relevance: 0.35,
  /** the runner-up must score below this share of the best one */
  margin: 0.85,
  /** alternatives shown next to an answer score at least this share of it */
  alternative: 0.5,
  /** a question has a subject worth weighing against a number when its words weigh this much */
  subject: 2.5,
} as const;

export const MAX_ALTERNATIVES = 2;
export const MAX_CANDIDATES = 3;

export const scored = (entry: IndexedEntry, score: number): ScoredDocument => ({
  document: entry.document!,
  score: Math.round(score * 1000) / 1000,
  validity: entry.validity!,
});

/** 30c/NQ-CP "replaced by 76/NQ-CP (15/07/2021)" is not replaced by the catalogued 76/NQ-CP of 2013. */
export function isReplacementOf(replacement: IndexedEntry, old: IndexedEntry): boolean {
  const doc = old.document;
  if (!doc || doc.status !== 'replaced' || !doc.replacedBy) return false;
  if (!replacement.symbols.some((s) => s.written === doc.replacedBy) && replacement.symbol !== doc.replacedBy) return false;
  return !doc.replacedByIssuedOn || replacement.issuedYear === Number(doc.replacedByIssuedOn.slice(0, 4));
}

/** The entry that replaced `entry`, when the index knows it (date and all). */
export function replacementOf(index: LookupIndex, entry: IndexedEntry): ReplacementInfo | null {
  const doc = entry.document;
  if (!doc || doc.status !== 'replaced' || !doc.replacedBy) return null;
  const parts = parseSymbol(doc.replacedBy);
  const candidates = parts ? index.withNumber(parts.number) : [];
  const found = candidates.find((candidate) => isReplacementOf(candidate, entry));
  return { document: found?.document ?? null, namesake: found?.namesake ?? null, entry: found?.document ? found : null };
}
