import type { Message, MessageEntity, Update, User } from 'grammy/types';
import type { RecordedCall } from '../../support/fake-telegram.js';
import { groupPrivacy } from '../../support/privacy-guard.js';
import { GROUP, startTelegramHarness } from '../../support/telegram-harness.js';
import type { Need, Outgoing, Person, Reply, ScenarioDriver } from '../scenario.js';

const unescapeHtml = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

// The line by which the bot names whom a question is for, when it does not reply to a message of theirs.
const NAMING = /^👉 <a href="tg:\/\/user\?id=(\d+)">[^<]*<\/a>\n/;

type Keyboard = { inline_keyboard?: Array<Array<{ text: string; callback_data: string }>>; force_reply?: boolean; selective?: boolean };

let messageId = 50_000;

/**
 * Telegram through grammY against the fake Bot API (privacy mode on, as BotFather sets it), by long polling,
 * with the harness's people and groups. A person does what the Telegram app makes them do: a command is typed
 * as is; when the bot's last message asked them with force_reply, the app has opened a reply to it, so what they
 * send goes as a reply; an answer ("reply" in the scenario) the app did not open a reply for is typed plain, and
 * privacy mode keeps it from the bot, as it would in a real group; words that start something with the bot
 * mention it; group chatter is plain.
 */
export async function startTelegramDriver(): Promise<ScenarioDriver> {
  // Scenarios talk faster than a real group: the 20-a-minute pacing would defer answers to the outbox.
  const h = await startTelegramHarness({ groupMessagesPerMinute: 1000 });
  const people: Record<Person, User> = h.people;
  // per chat: the bot's last message there, and the ids of what each person wrote there
  const lastBotMessage = new Map<number, RecordedCall>();
  const lastKeyboard = new Map<number, RecordedCall>();
  const written = new Map<string, Set<number>>();
  let newGroup = -1007000000000;

  const chatOf = (message: Outgoing) => (message.in === 'unit' ? GROUP : message.in === 'newGroup' ? newGroup : people[message.as].id);
  const idOfSent = (call: RecordedCall) => (call.result as { message_id: number }).message_id;

  /** Whether the bot's message opens a reply for this person: a force_reply meant for everyone, for them by a reply, or naming them. */
  function asks(call: RecordedCall | undefined, person: User, chatId: number): boolean {
    const markup = call?.payload.reply_markup as Keyboard | undefined;
    if (!call || !markup?.force_reply) return false;
    if (!markup.selective) return true;
    const repliedTo = (call.payload.reply_parameters as { message_id?: number } | undefined)?.message_id;
    if (repliedTo !== undefined && written.get(`${chatId}:${person.id}`)?.has(repliedTo)) return true;
    return String(call.payload.text).includes(`tg://user?id=${person.id}"`);
  }

  function build(message: Outgoing, updateId: number): Update {
    const chatId = chatOf(message);
    const from = people[message.as];
    const inGroup = chatId < 0;
    const chat = inGroup
      ? { id: chatId, type: 'supergroup' as const, title: 'Nhóm' }
      : { id: chatId, type: 'private' as const, first_name: from.first_name };
    const content = message.content;
    if ('choice' in content) {
      const keyboardMessage = lastKeyboard.get(chatId);
      const pressed = (keyboardMessage?.payload.reply_markup as Keyboard | undefined)?.inline_keyboard?.flat()[content.choice];
      if (!keyboardMessage || !pressed) throw new Error(`no button ${content.choice + 1} in chat ${chatId}`);
      const origin = { message_id: idOfSent(keyboardMessage), date: 0, chat, from: h.fake.bot, text: String(keyboardMessage.payload.text) };
      return {
        update_id: updateId,
        callback_query: { id: `cbq-${updateId}`, from, chat_instance: '1', data: pressed.callback_data, message: origin },
      } as Update;
    }
    const answering = inGroup && asks(lastBotMessage.get(chatId), from, chatId) ? lastBotMessage.get(chatId) : undefined;
    const fields: Partial<Message> & Record<string, unknown> = {};
    if ('text' in content) {
      const command = content.text.startsWith('/');
      // Words that start something with the bot (a question) mention it in a group. An answer does not: it goes
      // as a reply when the app opened one, and as plain words otherwise, which privacy mode keeps from the bot.
      const mention = inGroup && !command && !message.reply && !message.chatter;
      fields.text = mention ? `@${h.fake.bot.username} ${content.text}` : content.text;
      const entities: MessageEntity[] = [];
      if (command) entities.push({ type: 'bot_command', offset: 0, length: content.text.split(/\s/)[0]!.length });
      if (mention) entities.push({ type: 'mention', offset: 0, length: h.fake.bot.username.length + 1 });
      if (entities.length) fields.entities = entities;
    } else if ('sticker' in content) {
      fields.sticker = {
        file_id: 'CAACAgIAAxkBAAEL',
        file_unique_id: 'st1',
        type: 'regular',
        width: 512,
        height: 512,
        is_animated: false,
        is_video: false,
      };
    } else {
      fields.photo = [{ file_id: 'AgACAgUAAxkBAAIB', file_unique_id: 'ph1', width: 1280, height: 960 }];
      fields.caption = content.photo;
    }
    if (answering)
      fields.reply_to_message = {
        message_id: idOfSent(answering),
        date: 0,
        chat,
        from: h.fake.bot,
        text: String(answering.payload.text),
      } as Message['reply_to_message'];
    messageId += 1;
    const key = `${chatId}:${from.id}`;
    written.set(key, (written.get(key) ?? new Set()).add(messageId));
    return {
      update_id: updateId,
      message: { message_id: messageId, date: Math.floor(Date.now() / 1000), chat, from, ...fields } as Message,
    } as Update;
  }

  /** What the person reads: the text without the line naming them (checked to name the one who spoke). */
  function read(call: RecordedCall, speaker: User): string {
    const text = String(call.payload.text);
    const naming = NAMING.exec(text);
    if (naming && naming[1] !== String(speaker.id))
      throw new Error(`the question names user ${naming[1]}, not ${speaker.id} who is answering`);
    return unescapeHtml(naming ? text.slice(naming[0].length) : text);
  }

  return {
    platform: 'telegram',
    can: new Set<Need>(['stickers', 'photos', 'chatter']),
    idOf: (person) => String(people[person].id),
    async beginScenario(index) {
      newGroup = -1007000000000 - index;
    },
    async send(message): Promise<Reply | null> {
      const chatId = chatOf(message);
      const before = h.fake.calls.length;
      const updateId = h.fake.updateId();
      // Privacy mode may keep it from the bot: then the bot cannot answer, and the person reads nothing.
      if (!h.fake.push(build(message, updateId))) return null;
      // grammY asks for the next updates only once every update of the last batch was handled, replies included.
      await h.fake.waitFor((calls) => calls.some((c) => c.method === 'getUpdates' && Number(c.payload.offset) > updateId));
      // everything sent to a group meanwhile (this chat's answer, a notice to another group) goes past the privacy guard
      for (const call of h.fake.calls.slice(before)) {
        if (Number(call.payload.chat_id) < 0)
          groupPrivacy.inspect(String(call.payload.chat_id), unescapeHtml(String(call.payload.text ?? call.payload.caption ?? '')));
      }
      const sent = h.fake.calls
        .slice(before)
        .filter((c) => c.method === 'sendMessage' && String(c.payload.chat_id) === String(chatId) && !c.payload.__failed);
      if (sent.length === 0) return null;
      const last = sent.at(-1)!;
      lastBotMessage.set(chatId, last);
      const offered = (last.payload.reply_markup as Keyboard | undefined)?.inline_keyboard?.flat() ?? [];
      if (offered.length > 0) lastKeyboard.set(chatId, last);
      return { text: sent.map((c) => read(c, people[message.as])).join('\n'), choices: offered.map((b) => b.text) };
    },
    stop: () => h.stop(),
  };
}
