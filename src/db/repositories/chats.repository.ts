import { and, eq, sql } from 'drizzle-orm';
import { type ChatKind, type ChatRecord, type ChatsRepository, chatRecordRef } from '../../core/chats/chat.js';
import type { Platform } from '../../core/members/member.js';
import type { Database } from '../client.js';
import { chats, conversationStates } from '../schema/index.js';

export const toChat = (row: typeof chats.$inferSelect): ChatRecord => ({
  ref: row.chatRef,
  platform: row.platform as Platform,
  kind: row.kind as ChatKind,
  title: row.title,
  unitId: row.unitId,
  isLeadersChat: row.isLeadersChat,
  locale: row.locale,
  timezone: row.timezone,
  active: row.active,
  digestSchedule: row.digestSchedule ?? null,
});

/**
 * Chats by reference. A reference naming a thread (a Telegram forum topic) reads and writes the record of its
 * chat: a topic of a bound group is that group, and removing the bot from the group silences every topic.
 */
export function createChatsRepository({ db }: { db: Database }): ChatsRepository {
  return {
    async get(ref) {
      const [row] = await db
        .select()
        .from(chats)
        .where(eq(chats.chatRef, chatRecordRef(ref)));
      return row ? toChat(row) : null;
    },
    async bindToUnit(thread, unitId) {
      const chat = { ...thread, ref: chatRecordRef(thread.ref) };
      const [existing] = await db.select({ unitId: chats.unitId }).from(chats).where(eq(chats.chatRef, chat.ref));
      await db
        .insert(chats)
        .values({ chatRef: chat.ref, platform: chat.platform, kind: chat.kind, title: chat.title, unitId })
        .onConflictDoUpdate({
          target: chats.chatRef,
          // a unit's group is not the leaders' group any more (see bindLeadersChat)
          set: { unitId, isLeadersChat: false, active: true, title: chat.title ?? undefined, updatedAt: sql`now()` },
        });
      return { previousUnitId: existing?.unitId ?? null };
    },
    async upsert(chat) {
      const values = {
        chatRef: chatRecordRef(chat.ref),
        platform: chat.platform,
        kind: chat.kind,
        title: chat.title,
        unitId: chat.unitId,
        isLeadersChat: chat.isLeadersChat,
        locale: chat.locale,
        timezone: chat.timezone,
        active: chat.active ?? true,
      };
      const { chatRef: _ref, ...changes } = values;
      await db.insert(chats).values(values).onConflictDoUpdate({ target: chats.chatRef, set: changes });
    },
    async setActive(ref, active) {
      const changed = await db
        .update(chats)
        .set({ active, updatedAt: sql`now()` })
        .where(and(eq(chats.chatRef, chatRecordRef(ref)), eq(chats.active, !active)))
        .returning({ id: chats.id });
      return changed.length > 0;
    },
    async migrate(fromRef, toRef) {
      const [from, to] = [chatRecordRef(fromRef), chatRecordRef(toRef)];
      const [target] = await db
        .select({ id: chats.id, unitId: chats.unitId, isLeadersChat: chats.isLeadersChat })
        .from(chats)
        .where(eq(chats.chatRef, to));
      if (target) {
        // Telegram tells both the old and the new group: the second telling finds the binding moved already.
        const [source] = await db.select({ id: chats.id }).from(chats).where(eq(chats.chatRef, from));
        if (!source || target.unitId !== null || target.isLeadersChat) return false;
        // It also says the bot joined the new supergroup, sometimes before the migration itself: that join
        // left an unbound record with nothing of its own, which gives way to the old group's.
        await db.delete(chats).where(eq(chats.id, target.id));
      }
      const moved = await db
        .update(chats)
        .set({ chatRef: to, updatedAt: sql`now()` })
        .where(eq(chats.chatRef, from))
        .returning({ id: chats.id });
      await db.update(conversationStates).set({ chatRef: to }).where(eq(conversationStates.chatRef, from));
      return moved.length > 0;
    },
    async setDigestSchedule(ref, schedule) {
      await db
        .update(chats)
        .set({ digestSchedule: schedule, updatedAt: sql`now()` })
        .where(eq(chats.chatRef, chatRecordRef(ref)));
    },
    async listLeadersChats() {
      return (
        await db
          .select()
          .from(chats)
          .where(and(eq(chats.isLeadersChat, true), eq(chats.active, true)))
      ).map(toChat);
    },
    async listByUnit(unitId) {
      return (
        await db
          .select()
          .from(chats)
          .where(and(eq(chats.unitId, unitId), eq(chats.active, true)))
      ).map(toChat);
    },
  };
}
