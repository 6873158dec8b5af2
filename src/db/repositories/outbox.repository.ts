import { and, asc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { ClaimedOutboxMessage, OutboxMessage, OutboxRepository } from '../../core/outbox/outbox.js';
import type { Database } from '../client.js';
import { rowsOf } from '../rows-of.js';
import { outbox } from '../schema/index.js';

type StoredFile = { kind: 'photo' | 'document'; name: string; mimeType: string; base64: string };
type Payload = Pick<OutboxMessage, 'text' | 'replyToMessageId' | 'attachments' | 'buttons' | 'expectsAnswer' | 'addressee'> & {
  files?: StoredFile[];
};

export function createOutboxRepository({ db }: { db: Database }): OutboxRepository {
  async function enqueueNew(messages: readonly OutboxMessage[]): Promise<string[]> {
    if (messages.length === 0) return [];
    const rows = messages.map((m) => ({
      key: m.key,
      chat_ref: m.chat,
      payload: {
        text: m.text,
        replyToMessageId: m.replyToMessageId ?? null,
        attachments: m.attachments ?? [],
        buttons: m.buttons ?? [],
        expectsAnswer: m.expectsAnswer ?? false,
        ...(m.addressee ? { addressee: m.addressee } : {}),
        // jsonb holds text: files travel as base64 (charts and reports are tens of kilobytes)
        files: (m.files ?? []).map((f) => ({ kind: f.kind, name: f.name, mimeType: f.mimeType, base64: f.data.toString('base64') })),
      } satisfies Payload,
      // No constraint means due at once, whatever the database's own clock says.
      next_attempt_at: (m.notBefore ?? new Date(0)).toISOString(),
      parts_sent: m.partsSent ?? 0,
    }));
    // One statement whatever the number of messages: the rows travel as one JSON array. A batch of deferred
    // replies is written many times a second on a busy day; a VALUES list built per batch cost the bot the
    // building and the database a new statement to parse for every batch size.
    const result = await db.execute(sql`
      insert into ${outbox} (key, chat_ref, payload, next_attempt_at, parts_sent)
      select key, chat_ref, payload, next_attempt_at, parts_sent
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        as queued(key text, chat_ref text, payload jsonb, next_attempt_at timestamptz, parts_sent int)
      on conflict (key) do nothing
      returning key`);
    return rowsOf<{ key: string }>(result).map((row) => row.key);
  }

  return {
    enqueueNew,
    enqueue: async (messages) => (await enqueueNew(messages)).length,
    async claimDue(now, limit, leaseSeconds) {
      // The lease's end is the claim's token: a later claim by another replica always ends later.
      const until = new Date(now.getTime() + leaseSeconds * 1000);
      // SKIP LOCKED lets replicas claim side by side without waiting on or taking each other's rows.
      const due = db
        .select({ id: outbox.id })
        .from(outbox)
        .where(
          and(
            isNull(outbox.sentAt),
            isNull(outbox.failedAt),
            lte(outbox.nextAttemptAt, now),
            or(isNull(outbox.claimedUntil), lte(outbox.claimedUntil, now)),
          ),
        )
        .orderBy(asc(outbox.nextAttemptAt), asc(outbox.id))
        .limit(limit)
        .for('update', { skipLocked: true });
      const rows = await db
        .update(outbox)
        .set({
          claimedUntil: until,
          attempts: sql`${outbox.attempts} + 1`,
          firstAttemptAt: sql`coalesce(${outbox.firstAttemptAt}, ${now.toISOString()}::timestamptz)`,
        })
        .where(inArray(outbox.id, due))
        .returning();
      return rows
        .sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime() || a.id - b.id)
        .map((row): ClaimedOutboxMessage => {
          const payload = row.payload as Payload;
          return {
            id: row.id,
            attempts: row.attempts,
            inDoubt: row.sendingAt !== null,
            partsSent: row.partsSent,
            firstAttemptAt: row.firstAttemptAt ?? now,
            claim: { until: row.claimedUntil ?? until, leaseSeconds },
            key: row.key,
            chat: row.chatRef,
            text: payload.text,
            replyToMessageId: payload.replyToMessageId ?? null,
            attachments: payload.attachments ?? [],
            buttons: payload.buttons ?? [],
            expectsAnswer: payload.expectsAnswer ?? false,
            addressee: payload.addressee ?? null,
            files: (payload.files ?? []).map((f) => ({
              kind: f.kind,
              name: f.name,
              mimeType: f.mimeType,
              data: Buffer.from(f.base64, 'base64'),
            })),
          };
        });
    },
    async markSending(id, at, claim) {
      const held = await db
        .update(outbox)
        .set({ sendingAt: at, claimedUntil: new Date(at.getTime() + claim.leaseSeconds * 1000) })
        .where(and(eq(outbox.id, id), eq(outbox.claimedUntil, claim.until), isNull(outbox.sentAt), isNull(outbox.failedAt)))
        .returning({ id: outbox.id });
      return held.length > 0;
    },
    async markSent(id, at) {
      await db.update(outbox).set({ sentAt: at, claimedUntil: null, sendingAt: null, lastError: null }).where(eq(outbox.id, id));
    },
    async retryAt(id, at, error, partsSent) {
      await db
        .update(outbox)
        .set({
          nextAttemptAt: at,
          claimedUntil: null,
          sendingAt: null,
          lastError: error.slice(0, 500),
          ...(partsSent !== undefined ? { partsSent: sql`greatest(${outbox.partsSent}, ${partsSent})` } : {}),
        })
        .where(eq(outbox.id, id));
    },
    async markFailed(id, at, error) {
      await db
        .update(outbox)
        .set({ failedAt: at, claimedUntil: null, sendingAt: null, lastError: error.slice(0, 500) })
        .where(eq(outbox.id, id));
    },
  };
}
