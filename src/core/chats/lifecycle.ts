import type { Store } from '../store.js';
import type { Platform } from '../members/member.js';
import type { ChatKind } from './chat.js';

/**
 * The bot was added to a chat. A chat that was bound before (removed, then added back) keeps its unit; a new
 * one is remembered unbound until an admin runs /dangky.
 */
export async function chatJoined(
  store: Store,
  chat: { ref: string; platform: Platform; kind: ChatKind; title: string | null },
): Promise<void> {
  const existing = await store.chats.get(chat.ref);
  await store.chats.upsert({
    ref: chat.ref,
    platform: chat.platform,
    kind: chat.kind,
    title: chat.title ?? existing?.title ?? null,
    unitId: existing?.unitId ?? null,
    isLeadersChat: existing?.isLeadersChat ?? false,
    locale: existing?.locale ?? null,
    timezone: existing?.timezone ?? null,
    active: true,
  });
  await store.audit.record({ actorId: null, action: 'chat.joined', entity: 'chat', entityId: chat.ref, data: {} });
}

/** The bot was removed: nothing more is sent to the chat, but its binding is kept in case it comes back. */
export async function chatLeft(store: Store, ref: string): Promise<void> {
  if (await store.chats.setActive(ref, false)) {
    await store.audit.record({ actorId: null, action: 'chat.left', entity: 'chat', entityId: ref, data: {} });
  }
}

/** A Telegram group became a supergroup with a new id: its binding, schedule and flows follow it. */
export async function chatMigrated(store: Store, from: string, to: string): Promise<void> {
  if (await store.chats.migrate(from, to)) {
    await store.audit.record({ actorId: null, action: 'chat.migrated', entity: 'chat', entityId: to, data: { from } });
  }
}
