import { describe, expect, it } from 'vitest';
import { classifyOaEvent, mapOaEvent, oaEventKey } from '../../../../src/adapters/zalo-oa/oa.inbound.js';
import { parseOaRef } from '../../../../src/adapters/zalo-oa/oa-chat-ref.js';
import {
  OA_ID,
  oaEcho,
  oaEvent,
  oaGroupFile,
  oaGroupImage,
  oaGroupSticker,
  oaGroupText,
  oaUserText,
} from '../../../support/zalo-events.js';

const at = new Date('2026-11-23T02:00:00Z');
const GROUP = 'f414c8f76fa586fbdfb4';
const LAN = '8756301238472615009';

describe('mapOaEvent', () => {
  it('maps a group text to a message in the group chat, from its sender', () => {
    const event = oaGroupText(GROUP, LAN, '/baocao NV12 80% đã tập huấn', { at, msgId: 'a1', quote: 'b2' });
    expect(mapOaEvent(event, OA_ID, at)).toEqual({
      kind: 'message',
      draft: {
        chat: `zalo-oa:${GROUP}`,
        chatKind: 'group',
        senderId: LAN,
        text: '/baocao NV12 80% đã tập huấn',
        messageId: 'a1',
        quotedMessageId: 'b2',
        attachments: [],
        receivedAt: at,
      },
    });
  });

  it('maps a one-to-one text to the private chat with that user', () => {
    const mapped = mapOaEvent(oaUserText(LAN, '/start', { at }), OA_ID, at);
    expect(mapped).toMatchObject({ kind: 'message', draft: { chat: `zalo-oa:user-${LAN}`, chatKind: 'private' } });
    expect(parseOaRef(`zalo-oa:user-${LAN}`)).toEqual({ kind: 'user', userId: LAN });
    expect(parseOaRef(`zalo-oa:${GROUP}`)).toEqual({ kind: 'group', groupId: GROUP });
  });

  it('stamps an event whose timestamp cannot be read with its arrival time (the injected clock), not the machine’s', () => {
    const arrived = new Date('2026-11-23T02:00:05Z');
    const event = { ...oaGroupText(GROUP, LAN, '/help', { at }), timestamp: 'not-a-time' };
    expect(mapOaEvent(event, OA_ID, arrived)).toMatchObject({ kind: 'message', draft: { receivedAt: arrived } });
  });

  it('keeps images and files as evidence by their links, with the caption as text', () => {
    expect(mapOaEvent(oaGroupImage(GROUP, LAN, 'Ảnh buổi tập huấn', { at }), OA_ID, at)).toMatchObject({
      draft: { text: 'Ảnh buổi tập huấn', attachments: [{ kind: 'photo', fileId: 'https://photo-stal.zdn.vn/full/1.jpg' }] },
    });
    expect(mapOaEvent(oaGroupFile(GROUP, LAN, 'bao-cao-thang-11.pdf', { at }), OA_ID, at)).toMatchObject({
      draft: {
        text: '',
        attachments: [{ kind: 'document', fileId: 'https://f21-zpc.zdn.vn/bao-cao-thang-11.pdf', name: 'bao-cao-thang-11.pdf' }],
      },
    });
  });

  it('reads a sticker as a message without text, so that a waiting step can ask again', () => {
    expect(mapOaEvent(oaGroupSticker(GROUP, LAN, { at }), OA_ID, at)).toMatchObject({
      kind: 'message',
      draft: { text: '', attachments: [] },
    });
  });

  it("ignores the OA's own echoes, its own messages and known events it has no use for", () => {
    expect(mapOaEvent(oaEcho(GROUP, 'Nhiệm vụ…', { at }), OA_ID, at)).toEqual({ kind: 'ignored', reason: 'own echo' });
    expect(mapOaEvent(oaGroupText(GROUP, OA_ID, 'x', { at }), OA_ID, at)).toEqual({ kind: 'ignored', reason: 'own message' });
    expect(mapOaEvent(oaEvent('user_seen_message', { at }), OA_ID, at)).toMatchObject({ kind: 'ignored' });
    expect(classifyOaEvent('oa_send_group_image')).toBe('echo');
    expect(classifyOaEvent('follow')).toBe('ignored');
  });

  it('reports unknown events and ignores malformed ones', () => {
    expect(mapOaEvent(oaEvent('user_send_hologram', { at }), OA_ID, at)).toEqual({ kind: 'unknown', eventName: 'user_send_hologram' });
    expect(classifyOaEvent('user_send_hologram')).toBe('unknown');
    expect(mapOaEvent({ event_name: 'user_send_group_text', sender: {}, message: {} }, OA_ID, at)).toMatchObject({ kind: 'ignored' });
    expect(mapOaEvent(null, OA_ID, at)).toMatchObject({ kind: 'ignored' });
    expect(mapOaEvent({ ...oaGroupText(GROUP, LAN, 'x', { at }), message: { text: 'x' } }, OA_ID, at)).toEqual({
      kind: 'ignored',
      reason: 'malformed message event',
    });
  });

  it('marks a deleted group as left', () => {
    expect(mapOaEvent(oaEvent('delete_group', { at }, { group_id: GROUP }), OA_ID, at)).toMatchObject({
      kind: 'lifecycle',
      event: { kind: 'left', chat: `zalo-oa:${GROUP}` },
    });
  });

  it('keys a message event by msg_id (or message_id), any other event by its body', () => {
    const event = oaGroupText(GROUP, LAN, 'x', { at, msgId: 'abc123' });
    expect(oaEventKey('user_send_group_text', event, Buffer.from(JSON.stringify(event)))).toBe('abc123');
    const other = { ...event, message: { message_id: 'def456', text: 'x' } };
    expect(oaEventKey('user_send_group_text', other, Buffer.from(JSON.stringify(other)))).toBe('def456');
    const body = oaEvent('delete_group', { at }, { group_id: GROUP });
    const raw = Buffer.from(JSON.stringify(body));
    expect(oaEventKey('delete_group', body, raw)).toBe(oaEventKey('delete_group', body, Buffer.from(raw)));
    expect(oaEventKey('delete_group', body, raw)).toMatch(/^delete_group:[0-9a-f]{32}$/);
  });
});
