import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DispatchResult } from '../../src/chat/dispatcher.js';
import type { IncomingMessage } from '../../src/chat/messages.js';
import { allCommands } from '../../src/commands/index.js';
import type { Store } from '../../src/core/store.js';
import { stripControlCharacters } from '../../src/core/text/vietnamese.js';
import { BUTTON_CAPABILITIES, CONSOLE_CAPABILITIES, consoleUser, startTestApp, type TestApp } from '../support/test-app.js';
import { changedTables, databaseState } from './support/auth-harness.js';
import { adversarialText, commandText, hugeText } from './support/fuzz-arbitraries.js';

/*
 * Issue 9, part 5: the whole dispatcher — parser, people and roles, flows kept in PostgreSQL, every command
 * — fed random and adversarial messages from every kind of person in every kind of chat. The dispatcher is
 * the single error boundary, so the properties are: it never throws and nothing rejects unhandled; it never
 * has to apologise for a bug (an apology means a command threw something that is not a DomainError); what
 * it answers is short, polite Vietnamese — no stack trace, no locale key, no unfilled placeholder, no
 * broken Unicode — and a message not meant for the bot gets silence.
 *
 * Each run is a short conversation (a flow started by one message is resumed by the next) inside one
 * transaction that is rolled back, as the bot runs a message in one transaction: every run starts from the
 * demo Department.
 */

const AT = '2026-11-23T09:00:00+07:00';
const BOT = 'troly_daumoi_bot';
const NAMES = allCommands.flatMap((command) => [command.name, ...command.aliases]);
const PEOPLE = [
  'quan-tri',
  'lanh-dao-so',
  'lanh-dao-bvdk',
  'dau-moi',
  'pho-dau-moi',
  'xu-ly-pa',
  'nhan-vien',
  'dau-moi-cdc',
  'lanh-dao-tamduong',
  'nguoi-la',
];
const CHATS: Array<{ chat: string | null; kind: 'group' | 'private' }> = [
  { chat: 'console:nhom-bvdk', kind: 'group' },
  { chat: 'console:nhom-cdc', kind: 'group' },
  { chat: 'console:nhom-lanh-dao-so', kind: 'group' },
  { chat: 'console:nhom-chua-gan', kind: 'group' },
  { chat: null, kind: 'private' },
];
// What the bot lists is capped (25 deadlines, 15 tasks…) whatever the input, and the adapters split what is
// over a platform's limit: two Telegram messages' worth at most. Text that is not a command gets at most a
// document from the lookup, a line saying what the bot understands, or, read as a request for help ("help@bot"
// with a full-width slash, seed 990106494), the help: an administrator's in a unit group is about 1 560
// characters since /giaitrinh.
const MAX_REPLY = 8192;
const MAX_REPLY_TO_GARBAGE = 1800;
const TOO_LONG = 'Tin nhắn dài quá. Vui lòng gửi dưới 4.096 ký tự, có thể chia thành nhiều tin.';

interface Step {
  text: string;
  addressed: boolean;
  /** a button press with this data (Telegram) instead of typed text */
  callback: string | null;
}

const stepText = fc.oneof(
  { weight: 5, arbitrary: commandText(NAMES, BOT) },
  { weight: 3, arbitrary: adversarialText },
  { weight: 1, arbitrary: hugeText },
  // answers a flow may be waiting for
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '1',
      '2',
      '3',
      '0',
      '99',
      'xong',
      'Lưu',
      'Hủy',
      'bỏ 2 5',
      'hom nay',
      'bo qua',
      '80%',
      'đã hoàn thành',
      'CDC',
      '/huy',
    ),
  },
);
const step: fc.Arbitrary<Step> = fc.record({
  text: stepText,
  addressed: fc.boolean(),
  // now and then a button press (Telegram), with the data of a real choice or any data at all
  callback: fc.oneof(
    { weight: 5, arbitrary: fc.constant(null) },
    {
      weight: 1,
      arbitrary: fc.oneof(fc.constantFrom('send', 'cancel', 'skip', 'done', 'focal_point', 'box', '1'), fc.string({ maxLength: 70 })),
    },
  ),
});
const conversation = fc.record({
  who: fc.constantFrom(...PEOPLE),
  where: fc.constantFrom(...CHATS),
  buttons: fc.boolean(),
  steps: fc.array(step, { minLength: 1, maxLength: 4 }),
});

// A multi-step flow started by someone who may start it, then answered with anything at all.
const FLOWS: Array<{ who: string; where: (typeof CHATS)[number]; start: (ticket: string) => string }> = [
  { who: 'dau-moi', where: CHATS[0]!, start: () => '/baocao' },
  { who: 'dau-moi', where: CHATS[4]!, start: () => '/baocao' },
  { who: 'dau-moi', where: CHATS[0]!, start: () => '/phananh' },
  { who: 'dau-moi', where: CHATS[4]!, start: () => '/phananh đường dây nóng' },
  { who: 'xu-ly-pa', where: CHATS[4]!, start: (ticket) => `/xuly ${ticket}` },
  { who: 'quan-tri', where: CHATS[0]!, start: () => '/phanquyen @nhan-vien' },
  { who: 'quan-tri', where: CHATS[3]!, start: () => '/dangky' },
  { who: 'quan-tri', where: CHATS[4]!, start: () => '/nhapkehoach' },
];
const answer: fc.Arbitrary<Step> = fc.record({
  text: fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        '1',
        '2',
        '3',
        '4',
        '5',
        '10',
        '0',
        '-1',
        'xong',
        'Lưu',
        'Hủy',
        'bỏ 1',
        'bo qua',
        'hom nay',
        'hôm qua 14:30',
        '32/13 25:61',
        '80%',
        '100',
        '150%',
        'đã hoàn thành',
        'Đang thực hiện',
        'BVDK',
        'CDC',
        'dau moi',
        'khẩn',
        'Nguyễn Văn A 0912345678',
        '2 Các khoa rà soát, báo cáo trước ngày 15/12/2026.',
      ),
    },
    { weight: 3, arbitrary: adversarialText },
    { weight: 1, arbitrary: hugeText },
    { weight: 1, arbitrary: commandText(NAMES, BOT) },
  ),
  addressed: fc.boolean(),
  callback: fc.oneof(
    { weight: 4, arbitrary: fc.constant(null) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'send',
        'cancel',
        'skip',
        'box',
        'hotline',
        'normal',
        'urgent',
        'focal_point',
        'in_progress',
        'done',
        'resolved',
        'new',
        'x'.repeat(80),
      ),
    },
  ),
});

let t: TestApp;
let ticket = '';
let errors: unknown[] = [];
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);
let keys: Set<string>;
let counter = 0;

beforeAll(async () => {
  t = await startTestApp({ at: AT });
  process.on('unhandledRejection', onRejection);
  // The dispatcher logs every bug it swallows; none may happen.
  vi.spyOn(t.app.logger, 'error').mockImplementation(((...args: unknown[]) => {
    errors.push(args);
  }) as never);
  keys = new Set(t.app.i18n.keys('vi'));
  // the newcomer has met the bot once, so that a refusal is all their messages cause
  await t.say('/start', { user: 'nguoi-la', kind: 'private' });
  // a ticket for the handler to handle
  ticket = /Đã ghi sổ phản ánh (\S+)\./.exec(
    await t.ask('/phananh hòm thư Phòng chờ khoa Nhi không có quạt, người nhà phải đứng chờ lâu'),
  )![1]!;
});
afterAll(async () => {
  process.off('unhandledRejection', onRejection);
  await t?.close();
});

const ROLLBACK = Symbol('rollback');

interface Conversation {
  who: string;
  where: (typeof CHATS)[number];
  buttons: boolean;
  steps: Step[];
}

async function converse(run: Conversation) {
  const known = await t.app.store.members.findByExternalId('console', run.who);
  const sender = consoleUser(run.who, known?.displayName ?? run.who);
  const chat = run.where.chat ?? `console:dm-${run.who}`;
  const results: Array<{ step: Step; result: DispatchResult }> = [];
  try {
    await t.app.store.transaction(async (tx: Store) => {
      for (const s of run.steps) {
        const message: IncomingMessage = {
          chat,
          chatKind: run.where.kind,
          chatTitle: null,
          sender,
          text: sentText(s),
          messageId: `fuzz-${++counter}`,
          addressedToBot: run.where.kind === 'private' || s.addressed || s.callback !== null,
          replyTo: null,
          mentions: [],
          callbackData: s.callback,
          receivedAt: t.clock.now(),
        };
        const target = { capabilities: run.buttons ? BUTTON_CAPABILITIES : CONSOLE_CAPABILITIES, botUsername: BOT };
        results.push({ step: s, result: await t.app.dispatcher.dispatch(message, target, tx) });
      }
      throw ROLLBACK;
    });
  } catch (error) {
    if (error !== ROLLBACK) throw error;
  }
  return results;
}

const LONE_SURROGATE = /\p{Cs}/u;
// what the dispatcher reads as a command: "/…" once control characters are gone
const isCommand = (text: string) => stripControlCharacters(text).trim().startsWith('/');
const LEAKS =
  /\bat [\w.<>]+ \(|\b(?:TypeError|RangeError|ReferenceError|SyntaxError|ZodError|PostgresError)\b|\[object Object\]|\bundefined\b|\bNaN\b|\{\s*\$[a-z]/i;

/** What the message carried as text: a button press carries none. */
const sentText = (step: Step) => (step.callback === null ? step.text : '');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function checkReply(step: Step, result: DispatchResult) {
  expect(result.failed, 'the dispatcher apologised: a command threw').toBeFalsy();
  const sent = sentText(step);
  const reply = result.reply;
  if (!reply) return;
  const text = reply.text;
  expect(text.length, 'an empty reply').toBeGreaterThan(0);
  expect(text.length).toBeLessThanOrEqual(MAX_REPLY);
  if (!isCommand(sent) && step.callback === null) expect(text.length).toBeLessThanOrEqual(MAX_REPLY_TO_GARBAGE);
  // (what the person typed may come back quoted: "{ $name }" or "NaN" typed is not a leak)
  const leak = LEAKS.exec(text);
  if (leak) expect(sent.toLowerCase(), `leaked into the reply: ${text.slice(0, 300)}`).toContain(leak[0].toLowerCase());
  // refused as too long; in a group, a message that also carried a phone or ID-like number is asked back too
  if (stripControlCharacters(sent).length > 4096)
    expect(text).toMatch(
      new RegExp(`^${escapeRegExp(TOO_LONG)}(?:\n.+ vui lòng thu hồi tin nhắn vừa rồi vì có số điện thoại hoặc giấy tờ cá nhân; .+)?$`),
    );
  expect(LONE_SURROGATE.test(text), 'the reply is not valid Unicode').toBe(false);
  for (const line of text.split('\n')) expect(keys.has(line.trim()), `a locale key instead of words: ${line}`).toBe(false);
  for (const button of reply.buttons ?? []) {
    expect(button.label.length).toBeGreaterThan(0);
    expect(Buffer.byteLength(button.data, 'utf8')).toBeLessThanOrEqual(64);
  }
  for (const notice of result.notices) expect(notice.message.text).not.toMatch(/\bat [\w.<>]+ \(|\[object Object\]/);
}

describe('the dispatcher under random and adversarial messages', () => {
  it('never throws or apologises, and answers short and politely', async () => {
    const before = await databaseState(t);
    await fc.assert(
      fc.asyncProperty(conversation, async (run) => {
        errors = [];
        for (const [index, { step, result }] of (await converse(run)).entries()) {
          checkReply(step, result);
          // Group talk not addressed to the bot gets silence, unless a flow of this person waits for it (only
          // the first message of a run surely has none waiting).
          if (index === 0 && !step.addressed && run.where.kind === 'group' && step.callback === null && !isCommand(step.text)) {
            expect(result.reply).toBeNull();
          }
        }
        expect(errors).toEqual([]);
      }),
      { numRuns: 300 },
    );
    expect(rejections).toEqual([]);
    // every run was rolled back: the database is the demo's still
    expect(changedTables(before, await databaseState(t))).toEqual([]);
  });

  it('takes any answer to a flow waiting for one', async () => {
    const before = await databaseState(t);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FLOWS),
        fc.boolean(),
        fc.array(answer, { minLength: 1, maxLength: 5 }),
        async (flow, buttons, answers) => {
          errors = [];
          const started = { text: flow.start(ticket), addressed: true, callback: null };
          const results = await converse({ who: flow.who, where: flow.where, buttons, steps: [started, ...answers] });
          // the flow did start: the first answer is a question, not a refusal
          expect(results[0]!.result.reply?.text ?? '').not.toMatch(/^Chỉ |dành cho|chưa có vai trò|chỉ dùng/);
          for (const { step, result } of results) checkReply(step, result);
          expect(errors).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
    expect(rejections).toEqual([]);
    expect(changedTables(before, await databaseState(t))).toEqual([]);
  });

  it('keeps the examples found while fuzzing', async () => {
    const cases: Array<[string, Partial<Step>?]> = [
      ['/help@other_bot'],
      [`/help@${BOT.toUpperCase()}`],
      ['/\u202ehelp'],
      [`/${'x'.repeat(5000)}`],
      ['a'.repeat(4097)],
      ['/tracuu \ud800'],
      ['/\ud800'],
      ['/phanquyen \udfff'],
      // the unknown command is shown cut to 32 UTF-16 units, which split the 16th "𐀀" in two
      [` /handle${'𐀀'.repeat(4)}${'!'.repeat(10)}${'𐀀'.repeat(4)}`],
      [`/x${'😀'.repeat(40)}`],
      [`/phanquyen ${'😀'.repeat(30)}`],
      ["/baocao NV1'; DROP TABLE members; -- 100% xong"],
      ['/lich <b>thứ 2</b> 7:30'],
    ];
    // a lone surrogate typed as the content of a case, saved with the waiting flow into a jsonb column, which
    // PostgreSQL refused: the dispatcher apologised (now the input loses it at the door)
    const flow = await converse({
      who: 'dau-moi',
      where: CHATS[4]!,
      buttons: false,
      steps: [
        { text: '/phananh đường dây nóng', addressed: true, callback: null },
        { text: '\udc00   ３', addressed: false, callback: null },
        { text: '', addressed: false, callback: null },
      ],
    });
    for (const { step, result } of flow) checkReply(step, result);
    for (const [text, extra] of cases) {
      const [first] = await converse({
        who: 'quan-tri',
        where: CHATS[0]!,
        buttons: false,
        steps: [{ text, addressed: true, callback: null, ...extra }],
      });
      checkReply(first!.step, first!.result);
    }
  });
});
