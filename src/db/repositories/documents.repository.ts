import { count, sql } from 'drizzle-orm';
import type { DocumentsRepository } from '../../core/documents/document.js';
import type { Database } from '../client.js';
import { documents } from '../schema/index.js';

export function createDocumentsRepository({ db }: { db: Database }): DocumentsRepository {
  return {
    async count() {
      const [row] = await db.select({ n: count() }).from(documents);
      return row?.n ?? 0;
    },
    async upsertMany(list) {
      if (list.length === 0) return;
      await db
        .insert(documents)
        .values(list.map((doc) => ({ ...doc })))
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
            statusNote: sql`excluded.status_note`,
            updatedAt: sql`now()`,
          },
        });
    },
  };
}
