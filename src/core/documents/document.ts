import type { LocalDate } from '../dates/local-date.js';

export type DocumentStatus = 'in_force' | 'replaced' | 'expired' | 'unknown';
export const DOCUMENT_STATUSES: readonly DocumentStatus[] = ['in_force', 'replaced', 'expired', 'unknown'];

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
}

export interface DocumentsRepository {
  count(): Promise<number>;
  /** Inserts new documents and updates known ones (matched by symbol). */
  upsertMany(documents: readonly RegulationDocument[]): Promise<void>;
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
