import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { escapeHtml, htmlChunks, TELEGRAM_MAX_TEXT } from '../../src/adapters/telegram/telegram.format.js';
import { mapUpdate } from '../../src/adapters/telegram/telegram.inbound.js';
import { botEventKey, mapBotUpdate, unwrapBotUpdate } from '../../src/adapters/zalo-bot/bot.inbound.js';
import { classifyOaEvent, mapOaEvent, oaEventKey, oaSenderOf } from '../../src/adapters/zalo-oa/oa.inbound.js';
import { splitText, ZALO_MAX_TEXT } from '../../src/adapters/zalo/zalo-text.js';
import { parseInput, tokenize } from '../../src/chat/command-parser.js';
import { allCommands } from '../../src/commands/index.js';
import { compactKey, stripControlCharacters } from '../../src/core/text/vietnamese.js';
import { botMembership, callbackQuery, groupMessage, migratedToSupergroup, person, privateMessage } from '../support/telegram-updates.js';
import {
  botImage,
  botSticker,
  botText,
  OA_ID,
  oaEcho,
  oaEvent,
  oaGroupFile,
  oaGroupImage,
  oaGroupSticker,
  oaGroupText,
  oaUserText,
} from '../support/zalo-events.js';
import { adversarialText, BIDI, CONTROL, commandText, hugeText, longText } from './support/fuzz-arbitraries.js';
import { mutated } from './support/fuzz-json.js';

/*
 * Issue 9, part 5 (pure functions): the command parser, the three platforms' update parsers and the
 * outgoing text of Telegram (HTML) and Zalo (2 000-character messages), fed random and adversarial input.
 * Bounded runs with fast-check's random seed: a failure prints its seed and shrunk counterexample, which
 * is then kept below as a plain example.
 */

const RUNS = { numRuns: 400 };
const NAMES = allCommands.flatMap((command) => [command.name, ...command.aliases]);
const BOT = 'troly_daumoi_bot';

describe('the command parser', () => {
  const check = (input: string) => {
    const parsed = parseInput(input);
    const trimmed = input.trim();
    if (parsed.kind === 'text') {
      expect(parsed.text).toBe(trimmed);
      return;
    }
    // "/name[@bot][ args]": the pieces put back together are the message
    expect(trimmed.startsWith(`/${parsed.rawName}`)).toBe(true);
    expect(parsed.rawName).toMatch(/^[^\s@/]+$/u);
    expect(parsed.name).toBe(compactKey(parsed.rawName));
    if (parsed.botName !== null) expect(parsed.botName).toMatch(/^[a-z0-9_]+$/);
    expect(parsed.argsText).toBe(parsed.argsText.trim());
    expect(trimmed.endsWith(parsed.argsText)).toBe(true);
    expect(parsed.args).toEqual(tokenize(parsed.argsText));
    for (const arg of parsed.args) expect(arg.length).toBeGreaterThan(0);
  };

  it('reads any text as either a command with its parts or plain text, without throwing', () => {
    fc.assert(fc.property(fc.oneof(adversarialText, commandText(NAMES, BOT), hugeText, fc.string({ unit: 'binary' })), check), RUNS);
  });

  it('finds the command and the bot it is addressed to in "/cmd@bot args"', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.constantFrom('', `@${BOT}`, '@Other_Bot'), adversarialText, (name, bot, args) => {
        const parsed = parseInput(`/${name}${bot} ${args}`);
        expect(parsed).toMatchObject({
          kind: 'command',
          name: compactKey(name),
          botName: bot ? bot.slice(1).toLowerCase() : null,
          argsText: args.trim(),
        });
      }),
      RUNS,
    );
  });

  it('keeps examples found while fuzzing', () => {
    for (const input of [
      '/',
      '//',
      '/@bot',
      '/help@',
      '/help@@x',
      ' /help ',
      '/\u200bhelp',
      '/ help',
      '/help\u00a0x',
      '/"a b"',
      '/help "',
      '/help “a” "b c"',
    ])
      check(input);
    expect(parseInput('/help@').kind).toBe('text');
    expect(
      parseInput('/help@Troly_Daumoi_Bot  a  "b c" ').kind === 'command' && parseInput('/help@Troly_Daumoi_Bot  a  "b c" '),
    ).toMatchObject({
      botName: 'troly_daumoi_bot',
      args: ['a', 'b c'],
    });
  });

  it('strips every control and bidi-override character before parsing', () => {
    const forbidden = [
      ...CONTROL.filter((c) => !['\t', '\r', '\u0085', '\u009b'].includes(c)),
      ...BIDI.filter((c) => c !== '\u061c'),
      '\u200b',
    ];
    fc.assert(
      fc.property(adversarialText, (text) => {
        const clean = stripControlCharacters(text);
        for (const char of forbidden) expect(clean.includes(char)).toBe(false);
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// Update parsers: either nothing to act on, or a message every later step can trust.

const validDate = z.date().refine((date) => Number.isFinite(date.getTime()), 'invalid date');
const user = (platform: string) =>
  z.strictObject({
    platform: z.literal(platform),
    id: z.string().min(1),
    displayName: z.string().trim().min(1),
    username: z.string().nullable(),
  });
const attachment = z.strictObject({
  kind: z.enum(['photo', 'document']),
  fileId: z.string().min(1),
  name: z.string().nullable().optional(),
});

function incomingMessage(platform: string, chat: RegExp) {
  return z.strictObject({
    chat: z.string().regex(chat),
    chatKind: z.enum(['group', 'private']),
    chatTitle: z.string().nullable(),
    sender: user(platform),
    senderIsAnonymous: z.boolean().optional(),
    text: z.string(),
    messageId: z.string().min(1),
    eventId: z.string().min(1).nullable().optional(),
    addressedToBot: z.boolean(),
    replyTo: user(platform).nullable().optional(),
    mentions: z.array(user(platform)).optional(),
    callbackData: z.string().nullable().optional(),
    attachments: z.array(attachment).optional(),
    receivedAt: validDate,
  });
}

const telegramMessage = incomingMessage('telegram', /^telegram:-?\d+(?::\d+)?$/);
const telegramRef = z.string().regex(/^telegram:-?\d+$/);
const telegramInbound = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('message'), message: telegramMessage, callbackQueryId: z.string().min(1).nullable() }),
  z.strictObject({
    kind: z.literal('lifecycle'),
    event: z.discriminatedUnion('kind', [
      z.strictObject({
        kind: z.literal('joined'),
        chat: telegramRef,
        chatKind: z.enum(['group', 'private']),
        title: z.string().nullable(),
        eventId: z.string().nullable(),
        by: user('telegram').nullable(),
      }),
      z.strictObject({ kind: z.literal('left'), chat: telegramRef, eventId: z.string().nullable() }),
      z.strictObject({ kind: z.literal('migrated'), from: telegramRef, to: telegramRef, eventId: z.string().nullable() }),
    ]),
  }),
  z.strictObject({ kind: z.literal('ignored'), reason: z.string().min(1) }),
]);

const ME = { id: 7_000_000_001, username: BOT };
// the adapters' clock reading, which stamps what arrives undated
const NOW = new Date('2026-11-23T02:00:00Z');
const lan = person(101, 'Lan', 'lan_bvdk', 'Nguyễn Thị');
const bot = { id: ME.id, is_bot: true, first_name: 'Trợ lý', username: BOT };

const realisticTelegram = fc.oneof(
  fc.tuple(fc.nat(), adversarialText).map(([id, text]) => groupMessage(id, -1001234567890, lan, text)),
  fc.tuple(fc.nat(), adversarialText).map(([id, text]) => groupMessage(id, -1001234567890, lan, `@${BOT} ${text}`, { thread: 42 })),
  fc.tuple(fc.nat(), adversarialText).map(([id, text]) => privateMessage(id, lan, text)),
  fc.tuple(fc.nat(), adversarialText).map(([id, text]) =>
    groupMessage(id, -100777, lan, text, {
      replyTo: { message_id: 5, date: 1, chat: { id: -100777, type: 'supergroup', title: 'x' }, from: bot, text: 'Hỏi' } as never,
    }),
  ),
  fc.tuple(fc.nat(), adversarialText).map(([id, text]) =>
    groupMessage(id, -100777, lan, text, {
      extra: {
        photo: [
          { file_id: 'small', file_unique_id: 's', width: 1, height: 1 },
          { file_id: 'large', file_unique_id: 'l', width: 9, height: 9 },
        ],
        caption: text,
        caption_entities: [{ type: 'text_mention', offset: 0, length: 3, user: person(202, 'Hà') }],
        document: { file_id: 'doc', file_unique_id: 'd', file_name: 'bien-ban.pdf' },
      } as never,
    }),
  ),
  fc.tuple(fc.nat(), fc.string()).map(([id, data]) => callbackQuery(id, -100777, lan, data, { thread: 3 })),
  fc.nat().map((id) => botMembership(id, -100888, lan, bot, 'added')),
  fc.nat().map((id) => botMembership(id, -100888, lan, bot, 'removed')),
  fc.nat().map((id) => migratedToSupergroup(id, -555, -1005555, lan)),
  fc.nat().map((id) => ({ update_id: id, edited_message: { message_id: 1 } })),
);

function checkTelegram(update: unknown) {
  const result = mapUpdate(update as never, ME, NOW);
  const parsed = telegramInbound.safeParse(result);
  if (!parsed.success) throw new Error(`malformed result ${JSON.stringify(result)}: ${parsed.error.message}`);
}

const oaDraft = z.strictObject({
  chat: z.string().regex(/^zalo-oa:(?:user-)?[^:]+$/),
  chatKind: z.enum(['group', 'private']),
  senderId: z.string().min(1),
  text: z.string(),
  messageId: z.string().min(1),
  quotedMessageId: z.string().min(1).nullable(),
  attachments: z.array(attachment),
  receivedAt: validDate,
});
const oaInbound = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('message'), draft: oaDraft }),
  z.strictObject({
    kind: z.literal('lifecycle'),
    event: z.strictObject({ kind: z.literal('left'), chat: z.string().regex(/^zalo-oa:[^:]+$/), eventId: z.null() }),
  }),
  z.strictObject({ kind: z.literal('ignored'), reason: z.string().min(1) }),
  z.strictObject({ kind: z.literal('unknown'), eventName: z.string().min(1) }),
]);

const AT = { at: new Date('2026-11-23T02:00:00Z') };
const realisticOa = fc.oneof(
  adversarialText.map((text) => oaGroupText('g1a2b3', 'u123', text, AT)),
  adversarialText.map((text) => oaGroupText('g1a2b3', 'u123', text, { ...AT, quote: 'abc' })),
  adversarialText.map((text) => oaUserText('u123', text, AT)),
  adversarialText.map((text) => oaGroupImage('g1a2b3', 'u123', text, AT)),
  // (the helper puts the name in a URL, which a lone surrogate cannot be encoded into)
  adversarialText.map((name) => oaGroupFile('g1a2b3', 'u123', name.replace(/\p{Cs}/gu, ''), AT)),
  fc.constant(oaGroupSticker('g1a2b3', 'u123', AT)),
  adversarialText.map((text) => oaEcho('g1a2b3', text, AT)),
  fc
    .constantFrom('delete_group', 'user_join_group', 'follow', 'user_send_location', 'anything_else')
    .map((name) => oaEvent(name, AT, { group_id: 'g1a2b3', recipient: { id: 'g1a2b3' } })),
);

function checkOa(body: unknown) {
  const result = mapOaEvent(body, OA_ID, NOW);
  const parsed = oaInbound.safeParse(result);
  if (!parsed.success) throw new Error(`malformed result ${JSON.stringify(result)}: ${parsed.error.message}`);
  // what the webhook asks of a body before storing it must not throw either
  const name = typeof (body as { event_name?: unknown })?.event_name === 'string' ? (body as { event_name: string }).event_name : '';
  classifyOaEvent(name);
  if (body && typeof body === 'object') {
    expect(typeof oaEventKey(name, body as Record<string, unknown>, Buffer.from(JSON.stringify(body) ?? ''))).toBe('string');
    oaSenderOf(body as Record<string, unknown>);
  }
}

const botInbound = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('message'), message: incomingMessage('zalo-bot', /^zalo-bot:[^:]+$/) }),
  z.strictObject({ kind: z.literal('ignored'), reason: z.string().min(1) }),
  z.strictObject({ kind: z.literal('unknown'), eventName: z.string().min(1) }),
]);
const BOT_ME = { id: 'bot-1', name: 'Trợ lý Đầu mối' };
const realisticZaloBot = fc.oneof(
  adversarialText.map((text) => botText('u9', text)),
  adversarialText.map((text) => botText('u9', `@Trợ lý Đầu mối ${text}`, { chatType: 'GROUP', chatId: 'grp1' })),
  adversarialText.map((text) => botImage('u9', text, { chatType: 'GROUP', chatId: 'grp1' })),
  fc.constant(botSticker('u9')),
  adversarialText.map((text) => ({ ok: true, result: botText('u9', text) })),
);

function checkZaloBot(body: unknown) {
  const update = unwrapBotUpdate(body);
  botEventKey(update);
  const result = mapBotUpdate(update, BOT_ME, new Date('2026-11-23T02:00:00Z'));
  const parsed = botInbound.safeParse(result);
  if (!parsed.success) throw new Error(`malformed result ${JSON.stringify(result)}: ${parsed.error.message}`);
}

describe('the platform update parsers', () => {
  const junk = fc.oneof(
    fc.anything(),
    fc.jsonValue(),
    fc.json().map((text) => JSON.parse(text) as unknown),
  );

  it('Telegram: any JSON value, or a mutated real update, maps to nothing or a well-formed message', () => {
    fc.assert(fc.property(junk, checkTelegram), RUNS);
    fc.assert(
      fc.property(
        junk.map((value) => ({ update_id: 1, message: value })),
        checkTelegram,
      ),
      RUNS,
    );
    fc.assert(fc.property(mutated(realisticTelegram), checkTelegram), { numRuns: 1000 });
  });

  it('Zalo OA: any JSON value, or a mutated real event, maps to nothing or a well-formed draft', () => {
    fc.assert(fc.property(junk, checkOa), RUNS);
    fc.assert(fc.property(mutated(realisticOa), checkOa), { numRuns: 1000 });
  });

  it('Zalo Bot: any JSON value, or a mutated real update, maps to nothing or a well-formed message', () => {
    fc.assert(fc.property(junk, checkZaloBot), RUNS);
    fc.assert(fc.property(mutated(realisticZaloBot), checkZaloBot), { numRuns: 1000 });
  });

  it('keeps the counterexamples found while fuzzing', () => {
    // null, or a message that is not an object, made mapUpdate throw (the adapter caught it; now it is ignored)
    expect(mapUpdate(null as never, ME, NOW)).toEqual({ kind: 'ignored', reason: 'malformed update' });
    expect(mapUpdate({ update_id: 1, message: 5 } as never, ME, NOW)).toMatchObject({ kind: 'ignored' });
    // a number for the text became a message whose text was a number
    expect(
      mapUpdate({ ...privateMessage(2, lan, 'x'), message: { ...privateMessage(2, lan, 'x').message!, text: 42 } } as never, ME, NOW),
    ).toMatchObject({ kind: 'ignored' });
    // a topic id of -1 became the chat "telegram:-100777:-1"
    const pressed = callbackQuery(0, -100777, lan, ' ', { thread: 3 }) as unknown as {
      callback_query: { message: Record<string, unknown> };
    };
    pressed.callback_query.message.message_thread_id = -1;
    expect(mapUpdate(pressed as never, ME, NOW)).toMatchObject({ kind: 'ignored' });
    // a text_mention entity without its user made mapUpdate throw
    const mention = groupMessage(3, -100777, lan, 'Hà ơi', {
      extra: { entities: [{ type: 'text_mention', offset: 0, length: 2 }] } as never,
    });
    expect(mapUpdate(mention, ME, NOW)).toMatchObject({ kind: 'ignored' });
    // Zalo Bot: a send time beyond what a Date holds gave an Invalid Date; the arrival time stands in
    const late = botImage('u9', '\u0000', { chatType: 'GROUP', chatId: 'grp1' }) as { message: Record<string, unknown> };
    late.message.date = 9007199254740992;
    const arrived = new Date('2026-11-23T02:00:00Z');
    expect(mapBotUpdate(late, BOT_ME, arrived)).toMatchObject({ kind: 'message', message: { receivedAt: arrived } });
  });

  it('real updates still map to messages (the schemas did not make the parsers refuse the real thing)', () => {
    const message = mapUpdate(groupMessage(1, -100777, lan, `@${BOT} thông tư nào về trang phục?`), ME, NOW);
    expect(message).toMatchObject({
      kind: 'message',
      message: { text: 'thông tư nào về trang phục?', addressedToBot: true, chat: 'telegram:-100777' },
    });
    expect(mapOaEvent(oaGroupText('g1', 'u1', '/help', AT), OA_ID, NOW)).toMatchObject({
      kind: 'message',
      draft: { text: '/help', chat: 'zalo-oa:g1' },
    });
    expect(mapBotUpdate(botText('u9', '/help'), BOT_ME, new Date())).toMatchObject({
      kind: 'message',
      message: { text: '/help', chat: 'zalo-bot:u9' },
    });
  });
});

// ---------------------------------------------------------------------------------------------------------
// Outgoing text

const unescapeHtml = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
// Escaped HTML: no raw "<" or ">", and every "&" starts one of the three entities escaping makes.
const ESCAPED = /^(?:[^<>&]|&(?:amp|lt|gt);)*$/su;
const withoutNewlines = (text: string) => text.replace(/\n/g, '');
// Long lines are split character by character (and that costs time quadratic in the line's length): up to
// two messages' worth keeps the run short while crossing every limit.
const longLine = longText([1, 1999, 2000, 2001, 4095, 4096, 4097, 8300]);
const outgoingText = fc.oneof(
  adversarialText,
  longLine,
  fc.array(fc.oneof(adversarialText, longLine), { maxLength: 6 }).map((lines) => lines.join('\n')),
);

describe('outgoing text', () => {
  it('Telegram: every chunk is escaped HTML within 4 096 characters, and nothing is lost', () => {
    fc.assert(
      fc.property(outgoingText, (text) => {
        const chunks = htmlChunks(text);
        for (const chunk of chunks) {
          expect(chunk.length).toBeLessThanOrEqual(TELEGRAM_MAX_TEXT);
          expect(chunk).toMatch(ESCAPED);
        }
        // Chunks split at line breaks (or inside a line too long for one message): only those breaks may go.
        expect(withoutNewlines(unescapeHtml(chunks.join('')))).toBe(withoutNewlines(text));
      }),
      { numRuns: 200 },
    );
    expect(htmlChunks('<b>&amp;</b>')).toEqual(['&lt;b&gt;&amp;amp;&lt;/b&gt;']);
    expect(escapeHtml('a & b < c > d')).toBe('a &amp; b &lt; c &gt; d');
  });

  it('Zalo: every message is at most 2 000 characters, and nothing is lost', () => {
    fc.assert(
      fc.property(outgoingText, (text) => {
        const chunks = splitText(text);
        // Zalo counts characters; the splitter counts code points, so that an emoji is never cut in two.
        for (const chunk of chunks) expect([...chunk].length).toBeLessThanOrEqual(ZALO_MAX_TEXT);
        expect(withoutNewlines(chunks.join(''))).toBe(withoutNewlines(text));
      }),
      { numRuns: 200 },
    );
  });
});
