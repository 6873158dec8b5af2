import { createHash } from 'node:crypto';
import { and, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { EvidenceDownload, EvidenceItem, EvidenceRepository, EvidenceStatus } from '../../core/evidence/evidence.js';
import type { Database } from '../client.js';
import { evidenceFiles } from '../schema/index.js';
import { rowsOf } from '../rows-of.js';

// every column but the content, which only content() reads
const metadata = {
  id: evidenceFiles.id,
  platform: evidenceFiles.platform,
  fileId: evidenceFiles.fileId,
  kind: evidenceFiles.kind,
  name: evidenceFiles.name,
  mimeType: evidenceFiles.mimeType,
  sizeBytes: evidenceFiles.sizeBytes,
  status: evidenceFiles.status,
  receivedAt: evidenceFiles.receivedAt,
  storedAt: evidenceFiles.storedAt,
  lastError: evidenceFiles.lastError,
};

export function createEvidenceRepository({ db }: { db: Database }): EvidenceRepository {
  return {
    async track(files, context) {
      if (files.length === 0) return;
      await db
        .insert(evidenceFiles)
        .values(
          files.map((file) => ({
            platform: file.platform,
            fileId: file.fileId,
            kind: file.kind,
            name: file.name ?? null,
            chatRef: context.chat,
            taskCode: context.taskCode,
            reporterId: context.reporterId,
            receivedAt: context.at,
            nextAttemptAt: context.at,
          })),
        )
        .onConflictDoNothing();
    },
    async statusOf(files) {
      const unique = [...new Map(files.map((file) => [`${file.platform}\u0000${file.fileId}`, file])).values()];
      const rows: Array<Awaited<ReturnType<typeof selectSome>>[number]> = [];
      // a consolidated report cites thousands of files: asked in slices, each one indexed lookup of pairs
      const selectSome = (slice: typeof unique) =>
        db
          .select(metadata)
          .from(evidenceFiles)
          .where(
            sql`(${evidenceFiles.platform}, ${evidenceFiles.fileId}) in (${sql.join(
              slice.map((file) => sql`(${file.platform}, ${file.fileId})`),
              sql`, `,
            )})`,
          );
      for (let at = 0; at < unique.length; at += 500) rows.push(...(await selectSome(unique.slice(at, at + 500))));
      return rows.map(
        (row): EvidenceItem => ({
          ...row,
          kind: row.kind === 'photo' ? 'photo' : 'document',
          status: row.status as EvidenceStatus,
        }),
      );
    },
    async content(id) {
      const [row] = await db
        .select({ content: evidenceFiles.content })
        .from(evidenceFiles)
        .where(and(eq(evidenceFiles.id, id), eq(evidenceFiles.status, 'stored')));
      return row?.content ?? null;
    },
    async claimDownloads(platforms, now, limit, leaseSeconds) {
      if (platforms.length === 0) return [];
      const until = new Date(now.getTime() + leaseSeconds * 1000);
      // SKIP LOCKED lets replicas claim side by side; the lease's end is the claim's token
      const result = await db.execute(sql`
        with due as (
          select id from ${evidenceFiles}
          where status = 'pending' and platform in (${sql.join(
            platforms.map((p) => sql`${p}`),
            sql`, `,
          )})
            and (next_attempt_at is null or next_attempt_at <= ${now.toISOString()}::timestamptz)
            and (claimed_until is null or claimed_until <= ${now.toISOString()}::timestamptz)
          order by id
          limit ${limit}
          for update skip locked
        )
        update ${evidenceFiles} set claimed_until = ${until.toISOString()}::timestamptz
        where id in (select id from due)
        returning id, platform, file_id, kind, name, attempts, received_at, chat_ref, task_code, claimed_until`);
      return rowsOf<{
        id: number;
        platform: string;
        file_id: string;
        kind: string;
        name: string | null;
        attempts: number;
        received_at: Date | string;
        chat_ref: string | null;
        task_code: string | null;
        claimed_until: Date | string;
      }>(result)
        .map(
          (row): EvidenceDownload => ({
            id: row.id,
            platform: row.platform,
            fileId: row.file_id,
            kind: row.kind === 'photo' ? 'photo' : 'document',
            name: row.name,
            attempts: Number(row.attempts),
            receivedAt: new Date(row.received_at),
            chatRef: row.chat_ref,
            taskCode: row.task_code,
            claimedUntil: new Date(row.claimed_until),
          }),
        )
        .sort((a, b) => a.id - b.id);
    },
    async saveDownloaded(download, file, at) {
      const saved = await db
        .update(evidenceFiles)
        .set({
          content: file.data,
          sizeBytes: file.data.length,
          sha256: createHash('sha256').update(file.data).digest('hex'),
          mimeType: file.mimeType,
          name: sql`coalesce(${evidenceFiles.name}, ${file.name})`,
          status: 'stored',
          storedAt: at,
          claimedUntil: null,
          lastError: null,
          attempts: sql`${evidenceFiles.attempts} + 1`,
        })
        .where(and(eq(evidenceFiles.id, download.id), eq(evidenceFiles.claimedUntil, download.claimedUntil)))
        .returning({ id: evidenceFiles.id });
      return saved.length > 0;
    },
    async downloadFailed(download, error, next) {
      const updated = await db
        .update(evidenceFiles)
        .set({
          attempts: sql`${evidenceFiles.attempts} + 1`,
          lastError: error.slice(0, 500),
          claimedUntil: null,
          ...('retryAt' in next ? { nextAttemptAt: next.retryAt } : { status: next.status }),
        })
        .where(and(eq(evidenceFiles.id, download.id), eq(evidenceFiles.claimedUntil, download.claimedUntil)))
        .returning({ id: evidenceFiles.id });
      return updated.length > 0;
    },
    async expireBefore(before) {
      const expired = await db
        .update(evidenceFiles)
        .set({ content: null, status: 'expired' })
        .where(and(inArray(evidenceFiles.status, ['stored', 'pending']), lt(evidenceFiles.receivedAt, before), isNotNull(evidenceFiles.id)))
        .returning({ id: evidenceFiles.id });
      return expired.length;
    },
  };
}
