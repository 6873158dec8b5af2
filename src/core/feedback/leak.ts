import type { ChatKind } from '../chats/chat.js';
import { contactDetailRanges, redact } from './redact.js';

/**
 * A message someone wrote in a group that holds a phone number, an e-mail address or an ID number stays in the
 * group's history for everyone to read: the bot cleans it up. What the message asked for is done (the case
 * keeps its full text, a contact given is stored privately); then, where the platform lets the bot delete
 * others' messages (Telegram, with the right to), it deletes it and posts `redacted` in its place; where it
 * cannot (Zalo), it asks the sender to recall it. The domain decides; the adapter executes.
 */
export interface LeakCleanup {
  /** the message as the group may read it */
  redacted: string;
}

export function groupMessageLeak(chatKind: ChatKind, text: string, placeholder: string): LeakCleanup | null {
  if (chatKind !== 'group') return null;
  if (contactDetailRanges(text).length === 0) return null;
  return { redacted: redact(text, { placeholder }) };
}
