import type { ConversationState } from '../conversations/conversation.js';
import type { PlatformEvent } from '../inbox.js';
import type { StoredIdentity } from '../members/member.js';
import type { ChatRecord } from './chat.js';

/** What handling any message needs to know about where it came from, besides who sent it. */
export interface MessageContext {
  /** the chat's record (a thread's reference reads its chat's), null for a chat never seen */
  chat: ChatRecord | null;
  /** the sender's waiting flow in this chat; null when none, or when it was not asked for */
  flow: ConversationState | null;
  /** the announced days' revision, as CalendarDaysRepository.revision gives it */
  calendarRevision: string;
  /** the sender's stored account (null: never seen), when asked for */
  sender?: StoredIdentity | null;
  /** whether the event was marked processed now (false: it had been before), when a mark was asked for */
  claimed?: boolean;
}

export interface MessageContextOptions {
  /** also read the sender's account */
  sender?: { platform: string; id: string };
  /** also mark this event processed, as InboxRepository.markProcessed does */
  claim?: PlatformEvent;
}

export interface MessageContextReads {
  /**
   * The chat, the sender's waiting flow in it (when `userKey` is given) and the calendar's revision, and as
   * asked the sender's account and the event's processed mark, in one statement: the dispatcher needs them for
   * every message, and each statement is a round trip and CPU on both sides.
   */
  read(chatRef: string, userKey: string | null, options?: MessageContextOptions): Promise<MessageContext>;
}
