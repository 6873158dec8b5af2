/**
 * Realistic Zalo payloads, shaped after the OA Open API's webhook documentation (group messages: GMF) and the
 * Zalo Bot platform's updates. Ids are strings, as Zalo sends them; message ids are hexadecimal.
 */

export const OA_APP_ID = '4386523897651234567';
export const OA_ID = '579745863508352884';

let counter = 0x5a0c0000;
/** A fresh message id in Zalo's style (32 hexadecimal digits). */
export function msgId(): string {
  counter += 1;
  return `${counter.toString(16)}${'0'.repeat(24)}`.slice(0, 32);
}

export interface OaEventOptions {
  at: Date;
  msgId?: string;
  quote?: string;
}

type Json = Record<string, unknown>;

function base(eventName: string, options: OaEventOptions): Json {
  return { app_id: OA_APP_ID, user_id_by_app: '', event_name: eventName, timestamp: String(options.at.getTime()) };
}

export function oaGroupText(groupId: string, senderId: string, text: string, options: OaEventOptions): Json {
  return {
    ...base('user_send_group_text', options),
    oa_id: OA_ID,
    sender: { id: senderId },
    recipient: { id: groupId },
    message: { text, msg_id: options.msgId ?? msgId(), ...(options.quote ? { quote_msg_id: options.quote } : {}) },
  };
}

export function oaUserText(senderId: string, text: string, options: OaEventOptions): Json {
  return {
    ...base('user_send_text', options),
    sender: { id: senderId },
    recipient: { id: OA_ID },
    message: { text, msg_id: options.msgId ?? msgId() },
  };
}

export function oaGroupImage(groupId: string, senderId: string, caption: string, options: OaEventOptions & { url?: string }): Json {
  return {
    ...base('user_send_group_image', options),
    oa_id: OA_ID,
    sender: { id: senderId },
    recipient: { id: groupId },
    message: {
      msg_id: options.msgId ?? msgId(),
      ...(caption ? { text: caption } : {}),
      attachments: [
        {
          type: 'image',
          payload: { thumbnail: 'https://photo-stal.zdn.vn/thumb/1.jpg', url: options.url ?? 'https://photo-stal.zdn.vn/full/1.jpg' },
        },
      ],
    },
  };
}

export function oaGroupFile(groupId: string, senderId: string, name: string, options: OaEventOptions): Json {
  return {
    ...base('user_send_group_file', options),
    oa_id: OA_ID,
    sender: { id: senderId },
    recipient: { id: groupId },
    message: {
      msg_id: options.msgId ?? msgId(),
      attachments: [
        {
          type: 'file',
          payload: { url: `https://f21-zpc.zdn.vn/${encodeURIComponent(name)}`, size: '20480', name, checksum: 'a1b2', type: 'pdf' },
        },
      ],
    },
  };
}

export function oaGroupSticker(groupId: string, senderId: string, options: OaEventOptions): Json {
  return {
    ...base('user_send_group_sticker', options),
    oa_id: OA_ID,
    sender: { id: senderId },
    recipient: { id: groupId },
    message: {
      msg_id: options.msgId ?? msgId(),
      attachments: [{ type: 'sticker', payload: { id: '2d3c', url: 'https://zalo-api.zadn.vn/api/emoticon/sticker/webpc?eid=2d3c' } }],
    },
  };
}

/** The OA's own message coming back as an event: must be ignored, or the bot would answer itself. */
export function oaEcho(groupId: string, text: string, options: OaEventOptions): Json {
  return {
    ...base('oa_send_group_text', options),
    oa_id: OA_ID,
    sender: { id: OA_ID },
    recipient: { id: groupId },
    message: { text, msg_id: options.msgId ?? msgId() },
  };
}

export function oaEvent(eventName: string, options: OaEventOptions, extra: Json = {}): Json {
  return { ...base(eventName, options), oa_id: OA_ID, ...extra };
}

export interface BotUpdateOptions {
  chatType?: 'PRIVATE' | 'GROUP';
  chatId?: string;
  messageId?: string;
  name?: string;
  at?: Date;
}

export function botText(fromId: string, text: string, options: BotUpdateOptions = {}): Json {
  return botUpdate('message.text.received', fromId, { text }, options);
}

export function botImage(fromId: string, caption: string, options: BotUpdateOptions = {}): Json {
  return botUpdate(
    'message.image.received',
    fromId,
    { photo_url: 'https://photo-stal.zdn.vn/bot/evidence.jpg', ...(caption ? { caption } : {}) },
    options,
  );
}

export function botSticker(fromId: string, options: BotUpdateOptions = {}): Json {
  return botUpdate('message.sticker.received', fromId, { sticker: '4c2f', url: 'https://zalo-api.zadn.vn/sticker/4c2f' }, options);
}

export function botUpdate(eventName: string, fromId: string, content: Json, options: BotUpdateOptions = {}): Json {
  return {
    event_name: eventName,
    message: {
      message_id: options.messageId ?? msgId(),
      date: (options.at ?? new Date()).getTime(),
      from: { id: fromId, display_name: options.name ?? 'Người dùng', is_bot: false },
      chat: { id: options.chatId ?? fromId, chat_type: options.chatType ?? 'PRIVATE' },
      ...content,
    },
  };
}
