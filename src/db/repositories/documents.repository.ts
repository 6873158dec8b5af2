import { and, count, eq, inArray, max, sql } from 'drizzle-orm';
import type {
  DocumentFollowsRepository,
  DocumentOrigin,
  DocumentStatus,
  DocumentsRepository,
  RegulationDocument,
} from '../../core/documents/document.js';
import type { Database } from '../client.js';
import { documentFollows, documents } from '../schema/index.js';

const toDocument = (row: typeof documents.$inferSelect): RegulationDocument => ({
  symbol: row.symbol,
  type: row.type,
  issuer: row.issuer,
  issuedOn: row.issuedOn,
  effectiveOn: row.effectiveOn,
  title: row.title,
  summary: row.summary,
  keywords: row.keywords,
  aliases: row.aliases,
  status: row.status as DocumentStatus,
  replacedBy: row.replacedBy,
  replacedByIssuedOn: row.replacedByIssuedOn,
  statusNote: row.statusNote,
  titleEn: row.titleEn,
  issuerEn: row.issuerEn,
  summaryEn: row.summaryEn,
  keywordsEn: row.keywordsEn,
  provisions: row.provisions,
  relations: row.relations,
  validity: row.validity,
});

export function createDocumentsRepository({ db }: { db: Database }): DocumentsRepository {
  return {
    async count() {
      const [row] = await db.select({ n: count() }).from(documents);
      return row?.n ?? 0;
    },
    async upsertMany(list, origin: DocumentOrigin = 'import') {
      if (list.length === 0) return;
      // a large import goes in slices: one statement per 500 documents keeps the parameter count sane
      for (let start = 0; start < list.length; start += 500) {
        await db
          .insert(documents)
          .values(list.slice(start, start + 500).map((doc) => ({ ...doc, origin })))
          .onConflictDoUpdate({
            target: documents.symbol,
            set: {
              type: sql`excluded.type`,
              issuer: sql`excluded.issuer`,
              issuedOn: sql`excluded.issued_on`,
              effectiveOn: sql`excluded.effective_on`,
              title: sql`excluded.title`,
              summary: sql`excluded.summary`,
              keywords: sql`excluded.keywords`,
              aliases: sql`excluded.aliases`,
              status: sql`excluded.status`,
              replacedBy: sql`excluded.replaced_by`,
              replacedByIssuedOn: sql`excluded.replaced_by_issued_on`,
              statusNote: sql`excluded.status_note`,
              titleEn: sql`excluded.title_en`,
              issuerEn: sql`excluded.issuer_en`,
              summaryEn: sql`excluded.summary_en`,
              keywordsEn: sql`excluded.keywords_en`,
              provisions: sql`excluded.provisions`,
              relations: sql`excluded.relations`,
              validity: sql`excluded.validity`,
              origin: sql`excluded.origin`,
              updatedAt: sql`now()`,
            },
          });
      }
    },
    async findWithOrigin(symbols) {
      if (symbols.length === 0) return [];
      const rows = await db
        .select()
        .from(documents)
        .where(inArray(documents.symbol, [...symbols]));
      return rows.map((row) => ({ document: toDocument(row), origin: row.origin as DocumentOrigin }));
    },
    async listAll() {
      return (await db.select().from(documents).orderBy(documents.id)).map(toDocument);
    },
    async findBySymbols(symbols) {
      if (symbols.length === 0) return [];
      return (
        await db
          .select()
          .from(documents)
          .where(inArray(documents.symbol, [...symbols]))
      ).map(toDocument);
    },
    // documents are added and changed, never deleted: the newest id and the latest change say it all,
    // and both are read from an index, whatever the size of the catalogue
    async fingerprint() {
      const [row] = await db.select({ id: max(documents.id), last: max(documents.updatedAt) }).from(documents);
      const last = row?.last ? new Date(row.last).getTime() : 0;
      return `${row?.id ?? 0}:${last}`;
    },
  };
}

export function createDocumentFollowsRepository({ db }: { db: Database }): DocumentFollowsRepository {
  const documentId = async (symbol: string) =>
    (await db.select({ id: documents.id }).from(documents).where(eq(documents.symbol, symbol)))[0]?.id ?? null;
  return {
    async follow(unitId, symbol, memberId) {
      const id = await documentId(symbol);
      if (id === null) return false;
      const inserted = await db
        .insert(documentFollows)
        .values({ unitId, documentId: id, followedBy: memberId })
        .onConflictDoNothing()
        .returning({ id: documentFollows.id });
      return inserted.length > 0;
    },
    async unfollow(unitId, symbol) {
      const id = await documentId(symbol);
      if (id === null) return false;
      const removed = await db
        .delete(documentFollows)
        .where(and(eq(documentFollows.unitId, unitId), eq(documentFollows.documentId, id)))
        .returning({ id: documentFollows.id });
      return removed.length > 0;
    },
    async symbolsFollowedBy(unitId) {
      const rows = await db
        .select({ symbol: documents.symbol })
        .from(documentFollows)
        .innerJoin(documents, eq(documents.id, documentFollows.documentId))
        .where(eq(documentFollows.unitId, unitId))
        .orderBy(documentFollows.createdAt, documentFollows.id);
      return rows.map((r) => r.symbol);
    },
    async unitsFollowing(symbol) {
      const rows = await db
        .select({ unitId: documentFollows.unitId })
        .from(documentFollows)
        .innerJoin(documents, eq(documents.id, documentFollows.documentId))
        .where(eq(documents.symbol, symbol))
        .orderBy(documentFollows.unitId);
      return rows.map((r) => r.unitId);
    },
  };
}
