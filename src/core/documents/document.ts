import type { LocalDate } from '../dates/local-date.js';

export type DocumentStatus = 'in_force' | 'replaced' | 'expired' | 'unknown';

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
  statusNote: string | null;
}

export interface DocumentsRepository {
  count(): Promise<number>;
  /** Inserts new documents and updates known ones (matched by symbol). */
  upsertMany(documents: readonly RegulationDocument[]): Promise<void>;
}
