import { describe, expect, it } from 'vitest';
import { mapUpdate } from '../../../../src/adapters/telegram/telegram.inbound.js';
import {
  botMembership,
  callbackQuery,
  groupMessage,
  migratedToSupergroup,
  person,
  privateMessage,
} from '../../../support/telegram-updates.js';

const me = { id: 777000001, username: 'troly_daumoi_bot' };
const lan = person(1001, 'Nguyễn Thị Lan', 'lan_bvdk');
const bot = { id: me.id, is_bot: true, first_name: 'Trợ lý', username: me.username };
// the adapter's clock: a pressed button carries no date of its own
const now = new Date('2026-11-23T02:00:00Z');

describe('mapUpdate', () => {
  it('maps a group command to a message addressed to no one in particular', () => {
    const mapped = mapUpdate(groupMessage(1, -100123, lan, '/nhiemvu'), me, now);
    expect(mapped).toMatchObject({
      kind: 'message',
      message: {
        chat: 'telegram:-100123',
        chatKind: 'group',
        sender: { platform: 'telegram', id: '1001', displayName: 'Nguyễn Thị Lan', username: 'lan_bvdk' },
        text: '/nhiemvu',
        eventId: '1',
        addressedToBot: false,
      },
    });
  });

  it('strips the bot’s own mention and marks the message as addressed to it', () => {
    const mapped = mapUpdate(groupMessage(2, -100123, lan, '@troly_daumoi_bot thông tư nào quy định trang phục?'), me, now);
    expect(mapped).toMatchObject({ kind: 'message', message: { text: 'thông tư nào quy định trang phục?', addressedToBot: true } });
  });

  it('treats a reply to the bot as addressed to it, and a reply to a person as naming them', () => {
    const toBot = groupMessage(3, -100123, lan, 'BVDK', {
      replyTo: { message_id: 9, date: 0, chat: { id: -100123, type: 'supergroup', title: 't' }, from: bot } as never,
    });
    expect(mapUpdate(toBot, me, now)).toMatchObject({ message: { addressedToBot: true, replyTo: null } });
    const mai = person(1003, 'Hoàng Thị Mai', 'mai');
    const toPerson = groupMessage(4, -100123, lan, '/phanquyen nhân viên', {
      replyTo: { message_id: 8, date: 0, chat: { id: -100123, type: 'supergroup', title: 't' }, from: mai } as never,
    });
    expect(mapUpdate(toPerson, me, now)).toMatchObject({ message: { replyTo: { id: '1003', displayName: 'Hoàng Thị Mai' } } });
  });

  it('answers a forum topic in the topic (the group’s record is found by the repository under the group)', () => {
    expect(mapUpdate(groupMessage(5, -100123, lan, '/help', { thread: 42 }), me, now)).toMatchObject({
      message: { chat: 'telegram:-100123:42' },
    });
  });

  it('reads private chats as addressed to the bot', () => {
    expect(mapUpdate(privateMessage(6, lan, 'xin chào'), me, now)).toMatchObject({
      message: { chat: 'telegram:1001', chatKind: 'private', addressedToBot: true },
    });
  });

  it('keeps photos and documents by file id, with the caption as text', () => {
    const update = groupMessage(7, -100123, lan, '', {
      extra: {
        text: undefined,
        caption: 'minh chứng',
        photo: [
          { file_id: 'small', file_unique_id: 's', width: 90, height: 90 },
          { file_id: 'large', file_unique_id: 'l', width: 1280, height: 960 },
        ],
      },
    });
    expect(mapUpdate(update, me, now)).toMatchObject({
      message: { text: 'minh chứng', attachments: [{ kind: 'photo', fileId: 'large' }] },
    });
    const doc = groupMessage(8, -100123, lan, '', {
      extra: { text: undefined, document: { file_id: 'doc1', file_unique_id: 'd', file_name: 'bao-cao.pdf' } },
    });
    expect(mapUpdate(doc, me, now)).toMatchObject({
      message: { attachments: [{ kind: 'document', fileId: 'doc1', name: 'bao-cao.pdf' }] },
    });
  });

  it('turns a pressed button into a message carrying its value', () => {
    expect(mapUpdate(callbackQuery(9, -100123, lan, 'deputy'), me, now)).toMatchObject({
      kind: 'message',
      callbackQueryId: 'cbq-9',
      message: { chat: 'telegram:-100123', callbackData: 'deputy', addressedToBot: true, receivedAt: now },
    });
  });

  it('reads membership changes and supergroup migration as chat events', () => {
    expect(mapUpdate(botMembership(10, -100555, lan, bot, 'added', 'Nhóm CDC'), me, now)).toMatchObject({
      kind: 'lifecycle',
      event: { kind: 'joined', chat: 'telegram:-100555', title: 'Nhóm CDC', eventId: '10' },
    });
    expect(mapUpdate(botMembership(11, -100555, lan, bot, 'removed'), me, now)).toMatchObject({
      kind: 'lifecycle',
      event: { kind: 'left', chat: 'telegram:-100555' },
    });
    expect(mapUpdate(migratedToSupergroup(12, -4001, -1004001, lan), me, now)).toMatchObject({
      kind: 'lifecycle',
      event: { kind: 'migrated', from: 'telegram:-4001', to: 'telegram:-1004001' },
    });
  });

  it('takes an anonymous admin as Telegram sends one (GroupAnonymousBot, a bot, on behalf of the group), marked anonymous', () => {
    const anonymousAdmin = { id: 1087968824, is_bot: true, first_name: 'Group', username: 'GroupAnonymousBot' };
    const update = groupMessage(17, -100123, anonymousAdmin, '/nhiemvu', {
      extra: { sender_chat: { id: -100123, type: 'supergroup', title: 'Nhóm' } },
    });
    expect(mapUpdate(update, me, now)).toMatchObject({ kind: 'message', message: { senderIsAnonymous: true, text: '/nhiemvu' } });
  });

  it('ignores edits, channel posts, other bots and unknown update types', () => {
    const edited = groupMessage(13, -100123, lan, '/help');
    expect(mapUpdate({ update_id: 13, edited_message: { ...edited.message!, edit_date: 1 } } as never, me, now).kind).toBe('ignored');
    expect(
      mapUpdate(
        { update_id: 14, channel_post: { message_id: 1, date: 0, chat: { id: -1, type: 'channel', title: 'k' }, text: 'x' } } as never,
        me,
        now,
      ).kind,
    ).toBe('ignored');
    expect(mapUpdate(groupMessage(15, -100123, { ...bot, id: 5, username: 'other_bot' }, '/help'), me, now).kind).toBe('ignored');
    expect(mapUpdate({ update_id: 16, poll: { id: 'p' } } as never, me, now).kind).toBe('ignored');
  });
});
