import { and, count, eq, isNotNull, lt, sql } from 'drizzle-orm';
import type { InboundEventsRepository, StoredInboundEvent, UnreadableEvent } from '../../chat/inbound-queue.js';
import type { Database } from '../client.js';
import { inboundEvents } from '../schema/index.js';
import { rowsOf } from '../rows-of.js';

type Row = {
  id: number;
  platform: string;
  event_id: string;
  event_name: string;
  chat_key: string;
  sender_id: string | null;
  payload: Record<string, unknown>;
  received_at: Date | string;
  attempts: number;
  claimed_until: Date | string | null;
};

const toEvent = (row: Row): StoredInboundEvent => ({
  id: row.id,
  platform: row.platform,
  eventId: row.event_id,
  eventName: row.event_name,
  chatKey: row.chat_key,
  senderId: row.sender_id,
  payload: typeof row.payload === 'string' ? (JSON.parse(row.payload) as Record<string, unknown>) : row.payload,
  receivedAt: new Date(row.received_at),
  attempts: Number(row.attempts),
  claimedUntil: new Date(row.claimed_until ?? 0),
});

export function createInboundEventsRepository({ db }: { db: Database }): InboundEventsRepository {
  return {
    async record(event) {
      const inserted = await db
        .insert(inboundEvents)
        .values({ ...event, chatKey: event.chatKey ?? '' })
        .onConflictDoNothing()
        .returning({ id: inboundEvents.id });
      return inserted.length > 0;
    },
    async recordUnreadable(event) {
      // processed from the start: nothing will ever act on it; it stays for an operator until the purge
      const inserted = await db
        .insert(inboundEvents)
        .values({
          platform: event.platform,
          eventId: event.eventId,
          eventName: event.eventName,
          payload: { raw: event.raw },
          receivedAt: event.receivedAt,
          processedAt: event.receivedAt,
          unreadable: true,
          lastError: event.reason.slice(0, 500),
        })
        .onConflictDoNothing()
        .returning({ id: inboundEvents.id });
      return inserted.length > 0;
    },
    async claim(platforms, now, limit, leaseSeconds, worker) {
      if (platforms.length === 0) return [];
      const until = new Date(now.getTime() + leaseSeconds * 1000);
      // Only the oldest unprocessed event of each chat may be taken, and only when nobody holds it and its retry
      // time has come: a chat's events run one after another in arrival order, whichever replica runs them.
      // SKIP LOCKED lets replicas claim side by side; the lease's end is the claim's token.
      const result = await db.execute(sql`
        with heads as (
          select distinct on (chat_key) id
          from ${inboundEvents}
          where processed_at is null and platform in (${sql.join(
            platforms.map((p) => sql`${p}`),
            sql`, `,
          )})
          order by chat_key, id
        ), due as (
          select e.id from ${inboundEvents} e
          where e.id in (select id from heads)
            and (e.claimed_until is null or e.claimed_until <= ${now.toISOString()}::timestamptz)
            and (e.next_attempt_at is null or e.next_attempt_at <= ${now.toISOString()}::timestamptz)
          order by e.id
          limit ${limit}
          for update skip locked
        )
        update ${inboundEvents} set claimed_until = ${until.toISOString()}::timestamptz, claimed_by = ${worker}
        where id in (select id from due) and processed_at is null
        returning id, platform, event_id, event_name, chat_key, sender_id, payload, received_at, attempts, claimed_until`);
      return rowsOf<Row>(result)
        .map(toEvent)
        .sort((a, b) => a.id - b.id);
    },
    async markProcessed(event, at) {
      const done = await db
        .update(inboundEvents)
        .set({ processedAt: at, lastError: null, claimedUntil: null })
        .where(and(eq(inboundEvents.id, event.id), eq(inboundEvents.claimedUntil, event.claimedUntil)))
        .returning({ id: inboundEvents.id });
      return done.length > 0;
    },
    async retryAt(event, at, error) {
      await db
        .update(inboundEvents)
        .set({ nextAttemptAt: at, claimedUntil: null, lastError: error.slice(0, 500), attempts: sql`${inboundEvents.attempts} + 1` })
        .where(and(eq(inboundEvents.id, event.id), eq(inboundEvents.claimedUntil, event.claimedUntil)));
    },
    async giveUp(event, at, error) {
      await db
        .update(inboundEvents)
        .set({ processedAt: at, claimedUntil: null, lastError: error.slice(0, 500), attempts: sql`${inboundEvents.attempts} + 1` })
        .where(and(eq(inboundEvents.id, event.id), eq(inboundEvents.claimedUntil, event.claimedUntil)));
    },
    async senderOf(platform, eventId) {
      const [row] = await db
        .select({ senderId: inboundEvents.senderId })
        .from(inboundEvents)
        .where(and(eq(inboundEvents.platform, platform), eq(inboundEvents.eventId, eventId)));
      return row?.senderId ?? null;
    },
    async unreadableCount() {
      const [row] = await db.select({ n: count() }).from(inboundEvents).where(eq(inboundEvents.unreadable, true));
      return Number(row?.n ?? 0);
    },
    async unreadable(limit) {
      const rows = await db
        .select()
        .from(inboundEvents)
        .where(eq(inboundEvents.unreadable, true))
        .orderBy(sql`${inboundEvents.id} desc`)
        .limit(limit);
      return rows.map(
        (row): UnreadableEvent => ({
          platform: row.platform,
          eventName: row.eventName,
          receivedAt: row.receivedAt,
          reason: row.lastError ?? '',
          raw: typeof row.payload.raw === 'string' ? row.payload.raw : JSON.stringify(row.payload),
        }),
      );
    },
    async purgeProcessedBefore(before) {
      const deleted = await db
        .delete(inboundEvents)
        .where(and(isNotNull(inboundEvents.processedAt), lt(inboundEvents.receivedAt, before)))
        .returning({ id: inboundEvents.id });
      return deleted.length;
    },
  };
}
