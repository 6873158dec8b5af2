import type { Message, Update, User } from 'grammy/types';
import { GROUP, startTelegramHarness } from '../../support/telegram-harness.js';
import type { Need, Outgoing, Person, Reply, ScenarioDriver } from '../scenario.js';

const unescapeHtml = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

let messageId = 50_000;

/** Telegram through grammY against the fake Bot API, by long polling, with the harness's people and groups. */
export async function startTelegramDriver(): Promise<ScenarioDriver> {
  // Scenarios talk faster than a real group: the 20-a-minute pacing would defer answers to the outbox.
  const h = await startTelegramHarness({ groupMessagesPerMinute: 1000 });
  const people: Record<Person, User> = h.people;
  const buttons = new Map<number, Array<{ text: string; callback_data: string }>>();
  let newGroup = -1007000000000;

  const chatOf = (message: Outgoing) => (message.in === 'unit' ? GROUP : message.in === 'newGroup' ? newGroup : people[message.as].id);

  function build(message: Outgoing, updateId: number): Update {
    const chatId = chatOf(message);
    const from = people[message.as];
    const chat = chatId < 0 ? { id: chatId, type: 'supergroup' as const, title: 'Nhóm' } : { id: chatId, type: 'private' as const, first_name: from.first_name };
    const content = message.content;
    if ('choice' in content) {
      const pressed = buttons.get(chatId)?.[content.choice];
      if (!pressed) throw new Error(`no button ${content.choice + 1} in chat ${chatId}`);
      return { update_id: updateId, callback_query: { id: `cbq-${updateId}`, from, chat_instance: '1', data: pressed.callback_data, message: { message_id: ++messageId, date: 0, chat, text: '…' } } } as Update;
    }
    const fields: Partial<Message> & Record<string, unknown> = {};
    if ('text' in content) {
      // In a group with privacy mode, text other than a command reaches the bot as a mention or a reply.
      const toBot = chatId < 0 && !message.chatter && !message.reply && !content.text.startsWith('/');
      fields.text = toBot ? `@${h.fake.bot.username} ${content.text}` : content.text;
      const entities = [];
      if (fields.text.startsWith('/')) entities.push({ type: 'bot_command', offset: 0, length: fields.text.split(/\s/)[0]!.length });
      if (toBot) entities.push({ type: 'mention', offset: 0, length: h.fake.bot.username.length + 1 });
      if (entities.length) fields.entities = entities as Message['entities'];
    } else if ('sticker' in content) {
      fields.sticker = { file_id: 'CAACAgIAAxkBAAEL', file_unique_id: 'st1', type: 'regular', width: 512, height: 512, is_animated: false, is_video: false };
    } else {
      fields.photo = [{ file_id: 'AgACAgUAAxkBAAIB', file_unique_id: 'ph1', width: 1280, height: 960 }];
      fields.caption = content.photo;
    }
    if (message.reply) fields.reply_to_message = { message_id: 1, date: 0, chat, from: h.fake.bot, text: '…' } as Message['reply_to_message'];
    messageId += 1;
    return { update_id: updateId, message: { message_id: messageId, date: Math.floor(Date.now() / 1000), chat, from, ...fields } as Message } as Update;
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
      h.fake.push(build(message, updateId));
      // grammY asks for the next updates only once every update of the last batch was handled, replies included.
      await h.fake.waitFor((calls) => calls.some((c) => c.method === 'getUpdates' && Number(c.payload.offset) > updateId));
      const sent = h.fake.calls.slice(before).filter((c) => c.method === 'sendMessage' && String(c.payload.chat_id) === String(chatId) && !c.payload.__failed);
      if (sent.length === 0) return null;
      const keyboard = (sent.at(-1)!.payload.reply_markup as { inline_keyboard?: Array<Array<{ text: string; callback_data: string }>> } | undefined)?.inline_keyboard;
      const offered = keyboard?.flat() ?? [];
      buttons.set(chatId, offered);
      return { text: unescapeHtml(sent.map((c) => String(c.payload.text)).join('\n')), choices: offered.map((b) => b.text) };
    },
    stop: () => h.stop(),
  };
}
