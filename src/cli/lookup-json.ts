import type { RegulationDocument } from '../core/documents/document.js';
import type { LookupOutcome, ScoredDocument } from '../core/documents/lookup/decide.js';

/** One document in `cli ask --json` (DESIGN's CLI contract). */
export interface DocJson {
  symbol: string;
  type: string;
  title: string;
  /** YYYY-MM-DD, or null when the date of issue is not known */
  issued: string | null;
  status: RegulationDocument['status'];
  /**
   * the replacement's symbol; followed by its date of issue, "76/NQ-CP (2021-07-15)", when the symbol alone
   * names more than one document (30c/NQ-CP was replaced by the 76/NQ-CP of 2021, not by the catalogued one
   * of 2013): a program must not link it to the wrong one
   */
  replacedBy: string | null;
  /** 0–1: 1 for a document named by its number; for a subject, how well it fits */
  score: number;
}

export interface AskJson {
  query: string;
  /** null when the lookup is not confident: the chat reply then says so and offers the candidates */
  answer: DocJson | null;
  candidates: DocJson[];
}

/** What replaced a document, as unambiguous as the catalogue knows it. */
export function replacedByJson(document: Pick<RegulationDocument, 'replacedBy' | 'replacedByIssuedOn'>): string | null {
  if (document.replacedBy === null) return null;
  return document.replacedByIssuedOn ? `${document.replacedBy} (${document.replacedByIssuedOn})` : document.replacedBy;
}

const toJson = ({ document, score }: ScoredDocument): DocJson => ({
  symbol: document.symbol,
  type: document.type,
  title: document.title,
  issued: document.issuedOn,
  status: document.status,
  replacedBy: replacedByJson(document),
  score,
});

/** The outcome as the contract's JSON: the answer and its alternatives, or no answer and the candidates. */
export function askJson(query: string, outcome: LookupOutcome): AskJson {
  switch (outcome.kind) {
    case 'answer': {
      // the documents that apply with the answer come first: a program must not drop the plan carrying it out
      const seen = new Set([outcome.answer.document.symbol]);
      const candidates = [...outcome.together, ...outcome.alternatives].filter(
        (c) => !seen.has(c.document.symbol) && seen.add(c.document.symbol),
      );
      return { query, answer: toJson(outcome.answer), candidates: candidates.map(toJson) };
    }
    case 'ambiguous':
      return { query, answer: null, candidates: outcome.options.flatMap((option) => ('document' in option ? [toJson(option)] : [])) };
    case 'unsure':
      return { query, answer: null, candidates: outcome.candidates.map(toJson) };
    default:
      return { query, answer: null, candidates: [] };
  }
}
