import type { LocalDate } from '../dates/local-date.js';
import { foldVietnamese } from '../text/vietnamese.js';
import type { RegulationDocument, RelationKind, Successor, ValidityBasis } from './document.js';

/**
 * Whether a document still applies, as an answer states it in one line: what the research found about the
 * document itself, and what follows from the documents it stands on (a circular guiding a repealed decree may
 * no longer apply). Data only; the chat words are the presenter's.
 */
export interface ValidityView {
  state: 'in_force' | 'replaced' | 'repealed' | 'expired' | 'may-not-apply' | 'no-repeal-found' | 'unverified';
  /** a Party document: it has no legal validity as a legal normative document has */
  party: boolean;
  /** in force since */
  since: LocalDate | null;
  replacedBy: { symbol: string; date: LocalDate | null } | null;
  repealedBy: { symbol: string; date: LocalDate | null } | null;
  /** the later documents that carry its subject on, continue it, complement it or may replace it */
  successors: Successor[];
  /**
   * the document it guides, details, carries out or rests on, when that one no longer applies: the reason it
   * may no longer apply (or, for a legal basis, a caveat)
   */
  parent: {
    relation: RelationKind;
    symbol: string;
    /** what became of it */
    fate: 'replaced' | 'repealed' | 'expired';
    by: string | null;
    date: LocalDate | null;
    carriedBy: string[];
  } | null;
  basis: ValidityBasis | null;
  asOf: LocalDate | null;
  source: string | null;
  amended: { passed: LocalDate | null; effective: LocalDate } | null;
}

/**
 * A Party document (Đảng): its symbol puts the number before a hyphen ("05-CT/TW", "11-CTr/TU", "17-CT/BCSĐ"),
 * or its issuer is a Party body. State documents put the kind after the slash ("09/CT-BYT").
 */
export function isPartyDocument(doc: Pick<RegulationDocument, 'symbol' | 'issuer'>): boolean {
  if (/^\d+[a-zA-Z]?-[^/]+\/[^/-]+$/u.test(doc.symbol)) return true;
  return /\b(dang|bo chinh tri|ban bi thu|tinh uy|thanh uy|ban tuyen giao)\b/.test(foldVietnamese(doc.issuer));
}

/** What became of a document: replaced, repealed, expired, or null while it applies (as far as is known). */
function fateOf(doc: RegulationDocument): { fate: 'replaced' | 'repealed' | 'expired'; by: string | null; date: LocalDate | null } | null {
  if (doc.status === 'replaced') return { fate: 'replaced', by: doc.replacedBy, date: doc.replacedByIssuedOn };
  if (doc.validity?.repealedBy) return { fate: 'repealed', by: doc.validity.repealedBy.symbol, date: doc.validity.repealedBy.date };
  if (doc.status === 'expired') return { fate: 'expired', by: null, date: null };
  return null;
}

// A guide, a detailing decree or a plan carrying a document out falls with it; a legal basis is only a caveat.
const DEPENDS: readonly RelationKind[] = ['guides', 'details', 'implements'];

export function assessValidity(doc: RegulationDocument, find: (symbol: string) => RegulationDocument | undefined): ValidityView {
  const validity = doc.validity;
  let parent: ValidityView['parent'] = null;
  for (const relation of doc.relations) {
    if (!DEPENDS.includes(relation.kind) && relation.kind !== 'based_on') continue;
    const other = find(relation.symbol);
    const fate = other && fateOf(other);
    if (!other || !fate) continue;
    const carriedBy = (other.validity?.successors ?? []).filter((s) => s.role === 'carries').map((s) => s.symbol);
    parent = {
      relation: relation.kind,
      symbol: other.symbol,
      ...fate,
      carriedBy: fate.by && fate.fate === 'replaced' ? [fate.by] : carriedBy,
    };
    if (DEPENDS.includes(relation.kind)) break;
  }
  const own = fateOf(doc);
  let state: ValidityView['state'];
  if (own?.fate === 'replaced') state = 'replaced';
  else if (own?.fate === 'repealed') state = 'repealed';
  else if (own?.fate === 'expired') state = 'expired';
  else if (parent && DEPENDS.includes(parent.relation)) state = 'may-not-apply';
  else if (doc.status === 'in_force') state = 'in_force';
  else state = validity?.basis === 'none' || !validity ? 'unverified' : 'no-repeal-found';
  return {
    state,
    party: isPartyDocument(doc),
    since: doc.effectiveOn,
    replacedBy: doc.status === 'replaced' && doc.replacedBy ? { symbol: doc.replacedBy, date: doc.replacedByIssuedOn } : null,
    repealedBy: validity?.repealedBy ?? null,
    successors: validity?.successors ?? [],
    parent,
    basis: validity?.basis ?? null,
    asOf: validity?.asOf ?? null,
    source: validity?.source ?? null,
    amended: validity?.amended ?? null,
  };
}
