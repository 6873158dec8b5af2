import type { InlineKeyboardMarkup, ForceReply } from 'grammy/types';
import type { OutgoingMessage } from '../../chat/messages.js';

export const TELEGRAM_MAX_TEXT = 4096;
const CALLBACK_DATA_MAX_BYTES = 64;

/** Everything the bot sends is HTML: user text must not be able to open a tag. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Hard-splits one over-long line into pieces that stay under the limit once escaped. */
function splitLongLine(line: string, max: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const char of line) {
    if (escapeHtml(current + char).length > max) {
      pieces.push(current);
      current = '';
    }
    current += char;
  }
  if (current) pieces.push(current);
  return pieces;
}

/**
 * Splits text into escaped chunks of at most `max` characters, at line boundaries where possible, so a long
 * list arrives as several readable messages rather than one the API refuses.
 */
export function htmlChunks(text: string, max = TELEGRAM_MAX_TEXT): string[] {
  const chunks: string[] = [];
  let current = '';
  const flush = () => {
    if (current) chunks.push(current);
    current = '';
  };
  for (const line of text.split('\n')) {
    const escaped = escapeHtml(line);
    const pieces = escaped.length > max ? splitLongLine(line, max).map(escapeHtml) : [escaped];
    for (const piece of pieces) {
      const joined = current ? `${current}\n${piece}` : piece;
      if (joined.length > max) {
        flush();
        current = piece;
      } else {
        current = joined;
      }
    }
  }
  flush();
  return chunks.length > 0 ? chunks : [''];
}

/**
 * Buttons become an inline keyboard (one per row: Vietnamese labels are long). A question without buttons asks
 * for a reply, because in a group with privacy mode on only replies to the bot reach it.
 */
export function replyMarkup(message: OutgoingMessage, inGroup: boolean): InlineKeyboardMarkup | ForceReply | undefined {
  if (message.buttons && message.buttons.length > 0) {
    for (const button of message.buttons) {
      if (Buffer.byteLength(button.data, 'utf8') > CALLBACK_DATA_MAX_BYTES) throw new RangeError(`callback data over 64 bytes: ${button.data}`);
    }
    return { inline_keyboard: message.buttons.map((button) => [{ text: button.label, callback_data: button.data }]) };
  }
  if (message.expectsAnswer && inGroup) return { force_reply: true, selective: true };
  return undefined;
}
