import type { LocalDate } from '../dates/local-date.js';

export type DocumentStatus = 'in_force' | 'replaced' | 'expired' | 'unknown';
export const DOCUMENT_STATUSES: readonly DocumentStatus[] = ['in_force', 'replaced', 'expired', 'unknown'];

/**
 * Where a provision is in its document: "Chương III", "Điều 4", "Điều 3, khoản 2". Only what is known: a
 * provision whose article nobody has checked has no place.
 */
export interface ProvisionPlace {
  chapter?: string;
  article?: number;
  clause?: number;
}

/** One key provision of a document, paraphrased in our words (never quoted as the law's text). */
export interface Provision {
  at: ProvisionPlace | null;
  vi: string;
  en: string | null;
}

/**
 * How a document stands to another one:
 * - `implements`: a plan or directive that carries the other one out ("Kế hoạch thực hiện Chỉ thị 08");
 * - `guides`: a circular that guides how a decree is applied ("Hướng dẫn thi hành Nghị định 61/2018");
 * - `details`: a decree that details a law ("Quy định chi tiết Luật Thực hiện dân chủ ở cơ sở");
 * - `amends`: it amends the other one;
 * - `based_on`: the other one is its legal basis (căn cứ), without guiding it as a whole.
 */
export const RELATION_KINDS = ['implements', 'guides', 'details', 'amends', 'based_on'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];
export interface DocumentRelation {
  kind: RelationKind;
  symbol: string;
}

/**
 * How a document's status is known, from the research behind it (sources up to a date):
 * - `source`: a legal database or an official page says so;
 * - `searched`: the document was found and no repeal or replacement was found;
 * - `inferred`: deduced, e.g. a one-year plan whose year is over;
 * - `none`: nothing was found about it.
 */
export const VALIDITY_BASES = ['source', 'searched', 'inferred', 'none'] as const;
export type ValidityBasis = (typeof VALIDITY_BASES)[number];

/** A later document that carries a document's subject on, and how. */
export interface Successor {
  symbol: string;
  /** its date of issue, when known */
  date: LocalDate | null;
  /**
   * `carries`: it now governs what the document governed (a law after a repealed decree); `continues`: a
   * Party document that continues it; `complements`: a newer one beside it; `next`: the same kind of document
   * for the next period; `probable`: probably replaces it, not confirmed; `newer`: a newer one on the subject
   * whose relation to it is not known
   */
  role: 'carries' | 'continues' | 'complements' | 'next' | 'probable' | 'newer';
}

export interface Validity {
  basis: ValidityBasis;
  /** the date the sources go up to */
  asOf: LocalDate | null;
  /** where it was found, as a reader would name it ("vbpl.vn", "baochinhphu.vn"); null when nowhere */
  source: string | null;
  /** bãi bỏ: repealed outright by another document (not replaced by one on the same subject) */
  repealedBy: { symbol: string; date: LocalDate | null } | null;
  successors: Successor[];
  /** an amendment passed, in force from a date (the answer says "will be" or "was" amended by the clock) */
  amended: { passed: LocalDate | null; effective: LocalDate } | null;
}

/** A regulation (văn bản): a circular, decree, decision, directive… */
export interface RegulationDocument {
  symbol: string;
  type: string;
  issuer: string;
  issuedOn: LocalDate | null;
  effectiveOn: LocalDate | null;
  title: string;
  summary: string | null;
  keywords: string[];
  aliases: string[];
  status: DocumentStatus;
  replacedBy: string | null;
  /**
   * the replacement's date when its symbol alone is ambiguous: 30c/NQ-CP was replaced by 76/NQ-CP of
   * 15/07/2021, not by the catalogued 76/NQ-CP of 2013
   */
  replacedByIssuedOn: LocalDate | null;
  statusNote: string | null;
  /** the English layer: subject, issuer, summary and the words people type in English */
  titleEn: string | null;
  issuerEn: string | null;
  summaryEn: string | null;
  keywordsEn: string[];
  provisions: Provision[];
  relations: DocumentRelation[];
  /** how the status is known; null for a document imported without it */
  validity: Validity | null;
}

/** Where a stored document's content comes from: the shipped catalogue, or an import that changed it since. */
export type DocumentOrigin = 'catalogue' | 'import';

export interface DocumentsRepository {
  count(): Promise<number>;
  /**
   * Inserts new documents and updates known ones (matched by symbol), marked as coming from the shipped
   * catalogue or from an import (the default): a later catalogue never overwrites what an import changed.
   */
  upsertMany(documents: readonly RegulationDocument[], origin?: DocumentOrigin): Promise<void>;
  /** The stored documents of these symbols with where their content comes from. */
  findWithOrigin(symbols: readonly string[]): Promise<Array<{ document: RegulationDocument; origin: DocumentOrigin }>>;
  listAll(): Promise<RegulationDocument[]>;
  findBySymbols(symbols: readonly string[]): Promise<RegulationDocument[]>;
  /**
   * Changes whenever a document is added or changed, by this process or another replica: the lookup
   * rebuilds its index when it does.
   */
  fingerprint(): Promise<string>;
}

/** Units that follow a document (/theodoi) and are told when it is replaced. */
export interface DocumentFollowsRepository {
  /** Returns false when the unit already followed it. */
  follow(unitId: number, symbol: string, memberId: number | null): Promise<boolean>;
  /** Returns false when the unit did not follow it. */
  unfollow(unitId: number, symbol: string): Promise<boolean>;
  symbolsFollowedBy(unitId: number): Promise<string[]>;
  unitsFollowing(symbol: string): Promise<number[]>;
}
