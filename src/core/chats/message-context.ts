import type { ConversationState } from '../conversations/conversation.js';
import type { ChatRecord } from './chat.js';

/** What handling any message needs to know about where it came from, besides who sent it. */
export interface MessageContext {
  /** the chat's record (a thread's reference reads its chat's), null for a chat never seen */
  chat: ChatRecord | null;
  /** the sender's waiting flow in this chat; null when none, or when it was not asked for */
  flow: ConversationState | null;
  /** the announced days' revision, as CalendarDaysRepository.revision gives it */
  calendarRevision: string;
}

export interface MessageContextReads {
  /**
   * The chat, the sender's waiting flow in it (when `userKey` is given) and the calendar's revision, in one
   * read: the dispatcher asks for them on every message, and each statement is a round trip.
   */
  read(chatRef: string, userKey: string | null): Promise<MessageContext>;
}
