import type { Message, MessageEntity, Update, User } from 'grammy/types';

export interface TelegramPerson {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
}

export const person = (id: number, first_name: string, username?: string, last_name?: string): User => ({
  id,
  is_bot: false,
  first_name,
  ...(last_name ? { last_name } : {}),
  ...(username ? { username } : {}),
  language_code: 'vi',
});

/** Entities Telegram would attach: the leading /command and every @mention. */
function entitiesOf(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const command = /^\/\S+/.exec(text);
  if (command) entities.push({ type: 'bot_command', offset: 0, length: command[0].length });
  for (const match of text.matchAll(/@[A-Za-z0-9_]{3,}/g)) {
    if (match.index === 0 || text[match.index - 1] === ' ')
      entities.push({ type: 'mention', offset: match.index, length: match[0].length });
  }
  return entities;
}

let messageId = 100;

export interface MessageOptions {
  thread?: number;
  replyTo?: Message;
  extra?: Partial<Message>;
}

export function groupMessage(updateId: number, chatId: number, from: User, text: string, options: MessageOptions = {}): Update {
  messageId += 1;
  const entities = entitiesOf(text);
  return {
    update_id: updateId,
    message: {
      message_id: messageId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: 'supergroup', title: 'Nhóm BVĐK tỉnh', ...(options.thread ? { is_forum: true } : {}) },
      from,
      text,
      ...(entities.length ? { entities } : {}),
      ...(options.thread ? { message_thread_id: options.thread, is_topic_message: true } : {}),
      ...(options.replyTo ? { reply_to_message: options.replyTo } : {}),
      ...options.extra,
    } as Message,
  } as Update;
}

export function privateMessage(updateId: number, from: User, text: string): Update {
  messageId += 1;
  const entities = entitiesOf(text);
  return {
    update_id: updateId,
    message: {
      message_id: messageId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: from.id, type: 'private', first_name: from.first_name },
      from,
      text,
      ...(entities.length ? { entities } : {}),
    } as Message,
  } as Update;
}

export function callbackQuery(
  updateId: number,
  chatId: number,
  from: User,
  data: string,
  options: { thread?: number; botMessageId?: number } = {},
): Update {
  return {
    update_id: updateId,
    callback_query: {
      id: `cbq-${updateId}`,
      from,
      chat_instance: '42',
      data,
      message: {
        message_id: options.botMessageId ?? 900,
        date: Math.floor(Date.now() / 1000),
        chat: { id: chatId, type: 'supergroup', title: 'Nhóm' },
        text: 'Giao vai trò nào?',
        ...(options.thread ? { message_thread_id: options.thread, is_topic_message: true } : {}),
      },
    },
  } as Update;
}

export function botMembership(
  updateId: number,
  chatId: number,
  by: User,
  bot: User,
  change: 'added' | 'removed',
  title = 'Nhóm mới',
): Update {
  const member = (status: 'member' | 'left') => ({ status, user: bot });
  return {
    update_id: updateId,
    my_chat_member: {
      chat: { id: chatId, type: 'supergroup', title },
      from: by,
      date: Math.floor(Date.now() / 1000),
      old_chat_member: member(change === 'added' ? 'left' : 'member'),
      new_chat_member: member(change === 'added' ? 'member' : 'left'),
    },
  } as Update;
}

export function migratedToSupergroup(updateId: number, oldChatId: number, newChatId: number, by: User): Update {
  messageId += 1;
  return {
    update_id: updateId,
    message: {
      message_id: messageId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: oldChatId, type: 'group', title: 'Nhóm cũ' },
      from: by,
      migrate_to_chat_id: newChatId,
    } as Message,
  } as Update;
}

/** The second half of an upgrade: the first message of the new supergroup, naming the group it was. */
export function migratedFromGroup(updateId: number, oldChatId: number, newChatId: number, by: User): Update {
  messageId += 1;
  return {
    update_id: updateId,
    message: {
      message_id: messageId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: newChatId, type: 'supergroup', title: 'Nhóm cũ' },
      from: by,
      migrate_from_chat_id: oldChatId,
    } as Message,
  } as Update;
}
