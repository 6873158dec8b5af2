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
 * How a message asks, in Telegram's terms. Buttons become an inline keyboard (one per row: Vietnamese labels are
 * long); a pressed button reaches the bot whatever the group's privacy mode. But in a group with privacy mode on
 * the bot hears only commands, mentions of it and replies to its messages: a step that waits for typed words or
 * a file asks with force_reply, which opens a reply in the person's app, so that the answer reaches the bot.
 * Telegram takes one reply_markup per message, so a step whose answer is typed or uploaded and that offers a
 * single button beside it (skip the evidence) cannot show both: it asks with force_reply, and its text says
 * what to type instead ("hoặc gõ “bỏ qua”"), which the flow takes like the button. (A reply keyboard would not
 * do: a photo sent while it shows is not a reply, and would never reach the bot.)
 */
export function replyMarkup(message: OutgoingMessage, inGroup: boolean): InlineKeyboardMarkup | ForceReply | undefined {
  const buttons = message.buttons ?? [];
  if (inGroup && message.expectsAnswer && buttons.length <= 1) return { force_reply: true, selective: true };
  if (buttons.length > 0) {
    for (const button of buttons) {
      if (Buffer.byteLength(button.data, 'utf8') > CALLBACK_DATA_MAX_BYTES)
        throw new RangeError(`callback data over 64 bytes: ${button.data}`);
    }
    return { inline_keyboard: buttons.map((button) => [{ text: button.label, callback_data: button.data }]) };
  }
  // Telegram opens the address with the person's id added and signed (checked in src/web/telegram-login.ts).
  if (message.loginButton) return { inline_keyboard: [[{ text: message.loginButton.label, login_url: { url: message.loginButton.url } }]] };
  return undefined;
}

/** A mention by link, which names anyone (with or without a username) and notifies them. */
export function mentionHtml(user: { id: string; displayName: string }): string {
  return `<a href="tg://user?id=${encodeURIComponent(user.id)}">${escapeHtml(user.displayName)}</a>`;
}

/**
 * The markup of a message, and a line naming whom it asks. A selective force_reply shows the reply box only to
 * the author of the message it replies to and to the people it names: a question that replies to nothing of
 * theirs (it follows a pressed button, whose message is the bot's own) names its addressee; with no one to name,
 * anyone may answer.
 */
export function questionMarkup(
  message: OutgoingMessage,
  inGroup: boolean,
): { markup: InlineKeyboardMarkup | ForceReply | undefined; naming: string } {
  const markup = replyMarkup(message, inGroup);
  if (!markup || !('force_reply' in markup) || message.replyToMessageId) return { markup, naming: '' };
  const addressee = message.addressee?.platform === 'telegram' ? message.addressee : null;
  if (!addressee) return { markup: { force_reply: true }, naming: '' };
  return { markup, naming: `👉 ${mentionHtml(addressee)}\n` };
}
