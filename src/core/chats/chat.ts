import type { Platform } from '../members/member.js';

export type ChatKind = 'group' | 'private';

/**
 * The chat a reference belongs to. A reference may name a thread inside a chat ("telegram:-100123:42", a
 * forum topic): replies go to that thread, but the group is the unit's chat, so its record (unit, locale,
 * timezone, digest schedule, whether the bot is still a member) is the one of "telegram:-100123".
 */
export function chatRecordRef(ref: string): string {
  const [platform, chatId] = ref.split(':');
  return platform && chatId ? `${platform}:${chatId}` : ref;
}

/** When a chat receives its weekly digest, in its timezone. */
export interface DigestSchedule {
  enabled: boolean;
  /** ISO weekday, 1 = Monday */
  weekday: number;
  /** HH:mm */
  time: string;
}

export interface ChatRecord {
  ref: string;
  platform: Platform;
  kind: ChatKind;
  title: string | null;
  unitId: number | null;
  isLeadersChat: boolean;
  locale: string | null;
  timezone: string | null;
  active: boolean;
  /** null: the default (Monday morning) */
  digestSchedule?: DigestSchedule | null;
}

/** Every method takes a thread's reference as well as its chat's: both mean the chat (see chatRecordRef). */
export interface ChatsRepository {
  get(ref: string): Promise<ChatRecord | null>;
  /** Creates the chat if it is new; returns the unit it was bound to before, if any. */
  bindToUnit(chat: Pick<ChatRecord, 'ref' | 'platform' | 'kind' | 'title'>, unitId: number): Promise<{ previousUnitId: number | null }>;
  upsert(chat: Omit<ChatRecord, 'active'> & { active?: boolean }): Promise<void>;
  listByUnit(unitId: number): Promise<ChatRecord[]>;
  /** The active chats where the Department's leaders get escalations and the cross-unit digest. */
  listLeadersChats(): Promise<ChatRecord[]>;
  /** null: back to the default schedule */
  setDigestSchedule(ref: string, schedule: DigestSchedule | null): Promise<void>;
  /** Returns false when the chat is unknown or already in that state. */
  setActive(ref: string, active: boolean): Promise<boolean>;
  /**
   * Moves a chat to a new reference (a group upgraded to a supergroup), with its waiting flows. Returns false
   * when there was nothing to move (already moved, or never known).
   */
  migrate(from: string, to: string): Promise<boolean>;
}
