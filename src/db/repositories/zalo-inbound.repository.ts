import { and, asc, eq, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { zaloInboundEvents } from '../schema/index.js';

export interface ZaloInboundEventInput {
  platform: 'zalo-oa' | 'zalo-bot';
  eventId: string;
  eventName: string;
  senderId: string | null;
  payload: Record<string, unknown>;
  receivedAt: Date;
}

export interface StoredZaloInboundEvent extends ZaloInboundEventInput {
  id: number;
  attempts: number;
}

export interface ZaloInboundRepository {
  /** Stores an event once; false when an event with this id was already stored (a replay or a retry). */
  record(event: ZaloInboundEventInput): Promise<boolean>;
  /** Events not processed yet and due, oldest first. */
  pending(platform: string, now: Date, limit: number): Promise<StoredZaloInboundEvent[]>;
  markProcessed(id: number, at: Date): Promise<void>;
  retryAt(id: number, at: Date, error: string): Promise<void>;
  /** Gives up on an event: it counts as processed, with the reason kept. */
  giveUp(id: number, at: Date, error: string): Promise<void>;
  /** Who wrote the message with this id, when it passed through here. */
  senderOf(platform: string, eventId: string): Promise<string | null>;
  /** Forgets processed events received before `before`; returns how many. */
  purgeProcessedBefore(before: Date): Promise<number>;
}

const toEvent = (row: typeof zaloInboundEvents.$inferSelect): StoredZaloInboundEvent => ({
  id: row.id,
  platform: row.platform as StoredZaloInboundEvent['platform'],
  eventId: row.eventId,
  eventName: row.eventName,
  senderId: row.senderId,
  payload: row.payload,
  receivedAt: row.receivedAt,
  attempts: row.attempts,
});

export function createZaloInboundRepository({ db }: { db: Database }): ZaloInboundRepository {
  return {
    async record(event) {
      const inserted = await db.insert(zaloInboundEvents).values(event).onConflictDoNothing().returning({ id: zaloInboundEvents.id });
      return inserted.length > 0;
    },
    async pending(platform, now, limit) {
      const rows = await db
        .select()
        .from(zaloInboundEvents)
        .where(
          and(
            eq(zaloInboundEvents.platform, platform),
            isNull(zaloInboundEvents.processedAt),
            or(isNull(zaloInboundEvents.nextAttemptAt), lte(zaloInboundEvents.nextAttemptAt, now)),
          ),
        )
        .orderBy(asc(zaloInboundEvents.id))
        .limit(limit);
      return rows.map(toEvent);
    },
    async markProcessed(id, at) {
      await db.update(zaloInboundEvents).set({ processedAt: at, lastError: null }).where(eq(zaloInboundEvents.id, id));
    },
    async retryAt(id, at, error) {
      await db
        .update(zaloInboundEvents)
        .set({ nextAttemptAt: at, lastError: error.slice(0, 500), attempts: sql`${zaloInboundEvents.attempts} + 1` })
        .where(eq(zaloInboundEvents.id, id));
    },
    async giveUp(id, at, error) {
      await db
        .update(zaloInboundEvents)
        .set({ processedAt: at, lastError: error.slice(0, 500), attempts: sql`${zaloInboundEvents.attempts} + 1` })
        .where(eq(zaloInboundEvents.id, id));
    },
    async senderOf(platform, eventId) {
      const [row] = await db
        .select({ senderId: zaloInboundEvents.senderId })
        .from(zaloInboundEvents)
        .where(and(eq(zaloInboundEvents.platform, platform), eq(zaloInboundEvents.eventId, eventId)));
      return row?.senderId ?? null;
    },
    async purgeProcessedBefore(before) {
      const deleted = await db
        .delete(zaloInboundEvents)
        .where(and(isNotNull(zaloInboundEvents.processedAt), lt(zaloInboundEvents.receivedAt, before)))
        .returning({ id: zaloInboundEvents.id });
      return deleted.length;
    },
  };
}
