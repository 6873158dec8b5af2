import type { ConversationState } from '../conversations/conversation.js';
import type { PlatformEvent } from '../inbox.js';
import type { StoredIdentity } from '../members/member.js';
import type { OpenTask } from '../plans/plan.js';
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
  /** when asked for: the task's open occurrences in the chat's unit, as `OpenTaskRead` says */
  openTask?: OpenTaskRead;
}

/**
 * A task's open occurrences for the unit a chat is bound to, read ahead with the message's first statement for
 * the command that will ask for them (a one-line report, `CommandSpec.readAhead`): as
 * PlansRepository.openOccurrences gives them with `withoutLastReport`; none when the chat has no unit.
 */
export interface OpenTaskRead {
  taskId: number;
  unitId: number | null;
  occurrences: OpenTask[];
}

export interface MessageContextOptions {
  /** also read the sender's account */
  sender?: { platform: string; id: string };
  /** also mark this event processed, as InboxRepository.markProcessed does */
  claim?: PlatformEvent;
  /** also read this task's open occurrences in the chat's unit */
  openTask?: number;
}

export interface MessageContextReads {
  /**
   * The chat, the sender's waiting flow in it (when `userKey` is given) and the calendar's revision, and as
   * asked the sender's account and the event's processed mark, in one statement: the dispatcher needs them for
   * every message, and each statement is a round trip and CPU on both sides.
   */
  read(chatRef: string, userKey: string | null, options?: MessageContextOptions): Promise<MessageContext>;
}
