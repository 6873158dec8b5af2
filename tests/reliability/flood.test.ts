import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRatePacer } from '../../src/adapters/telegram/chat-pacer.js';
import { AdapterError } from '../../src/chat/chat-adapter.js';
import { type Bot, createBot } from '../../src/chat/bot.js';
import type { ChatAdapter } from '../../src/chat/chat-adapter.js';
import type { IncomingMessage, OutgoingMessage } from '../../src/chat/messages.js';
import { createFloodGuard, createThrottle, floodLimits } from '../../src/chat/throttle.js';
import { parseConfig } from '../../src/config.js';
import { consoleUser, startTestApp, type TestApp } from '../support/test-app.js';
import { GROUP, startTelegramHarness, type TelegramHarness } from '../support/telegram-harness.js';
import { groupMessage } from '../support/telegram-updates.js';

const NOTICE = /^Xin lỗi .*, bạn đang gửi quá nhiều tin nhắn trong thời gian ngắn\./;
const CHAT = 'console:nhom-bvdk';

interface Sent {
  chat: string;
  message: OutgoingMessage;
}

function recordingAdapter(sent: Sent[]): ChatAdapter {
  return {
    platform: 'console',
    capabilities: { buttons: false, edit: false, files: false, threads: false, maxTextLength: 4096 },
    botUsername: null,
    start: async () => {},
    stop: async () => {},
    send: async (chat, message) => void sent.push({ chat, message }),
  };
}

let eventCounter = 0;

/** A message as the console adapter would hand it over, with a platform event id like Telegram's update_id. */
function say(user: string, text: string, options: { addressed?: boolean; displayName?: string } = {}): IncomingMessage {
  eventCounter += 1;
  return {
    chat: CHAT,
    chatKind: 'group',
    chatTitle: 'Nhóm BVĐK',
    sender: { ...consoleUser(user), displayName: options.displayName ?? user },
    text,
    messageId: String(eventCounter),
    eventId: `flood-${eventCounter}`,
    addressedToBot: options.addressed ?? true,
    receivedAt: new Date(),
  };
}

/** The limit a deployment gets when FLOOD_LIMIT is unset. */
function defaultLimit(): number {
  const parsed = parseConfig({});
  if (!parsed.ok) throw new Error('the empty configuration must be valid');
  return parsed.config.floodLimit;
}

describe('flood control in the pipeline (fixed clock)', () => {
  let t: TestApp;
  let now: number;
  let sent: Sent[];
  let bot: Bot;
  let adapter: ChatAdapter;

  const newBot = () => {
    const limits = floodLimits(defaultLimit());
    const guard = createFloodGuard({ throttle: createThrottle(limits, () => now), store: t.app.store, i18n: t.app.i18n, now: () => now });
    return createBot({
      dispatcher: t.app.dispatcher,
      adapters: [adapter],
      store: t.app.store,
      i18n: t.app.i18n,
      clock: t.clock,
      logger: t.app.logger,
      flood: guard,
    });
  };
  const to = (user: string) =>
    sent.filter((s) => s.message.replyToMessageId && s.chat === CHAT && owners.get(s.message.replyToMessageId) === user);
  const owners = new Map<string, string>();
  const send = async (b: Bot, user: string, text: string, options: { addressed?: boolean; displayName?: string } = {}) => {
    const message = say(user, text, options);
    owners.set(message.messageId, user);
    await b.handle(adapter, message);
  };
  /** `count` messages spread evenly over `seconds` of the fixed clock. */
  const burst = async (b: Bot, user: string, count: number, seconds: number, text = '/start') => {
    for (let i = 0; i < count; i += 1) {
      await send(b, user, text);
      now += (seconds * 1000) / count;
    }
  };
  const notices = () => sent.filter((s) => NOTICE.test(s.message.text));

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  let hour = 0;
  beforeEach(() => {
    // An hour apart: a notice claimed in the database by one test must not count for the next.
    hour += 1;
    now = Date.UTC(2026, 10, 23, hour, 0, 0);
    sent = [];
    adapter = recordingAdapter(sent);
    bot = newBot();
  });

  it('answers the first burst, tells a flooding person once, politely and in Vietnamese, and ignores the rest', async () => {
    const before = await t.db.counts();
    await burst(bot, 'dau-moi', 100, 1);
    const answered = to('dau-moi').filter((s) => !NOTICE.test(s.message.text));
    expect(answered).toHaveLength(30);
    expect(notices()).toHaveLength(1);
    expect(notices()[0]!.message.text).toBe(
      'Xin lỗi dau-moi, bạn đang gửi quá nhiều tin nhắn trong thời gian ngắn. Trợ lý tạm thời bỏ qua tin nhắn của bạn trong ít giây; xin gửi chậm lại, mỗi lần một lệnh.',
    );
    // threaded under the message that crossed the line
    expect(notices()[0]!.message.replyToMessageId).toBeTruthy();
    expect(sent).toHaveLength(31);
    // The ignored 69 cost no database work: 30 handled events plus the one claim of the notice.
    const after = await t.db.counts();
    expect(after.processed_events! - before.processed_events!).toBe(31);
  });

  it('counts a platform redelivering one update as one message, so a retried report is never ignored', async () => {
    // A webhook answered 5xx during an outage is retried again and again with the same update id.
    const report = say('dau-moi', '/start');
    for (let i = 0; i < 100; i += 1) {
      await bot.handle(adapter, report);
      now += 10;
    }
    expect(notices()).toHaveLength(0);
    // processed once, answered once
    expect(sent).toHaveLength(1);
    // and the person's allowance is intact for what they type next
    await burst(bot, 'dau-moi', 29, 1);
    expect(notices()).toHaveLength(0);
  });

  it('does not slow or silence anyone else in the same group', async () => {
    for (let i = 0; i < 100; i += 1) {
      await send(bot, 'dau-moi', '/start');
      if (i % 10 === 5) await send(bot, 'lanh-dao', '/start');
      now += 10;
    }
    expect(to('lanh-dao')).toHaveLength(10);
    expect(to('lanh-dao').every((s) => !NOTICE.test(s.message.text))).toBe(true);
    expect(notices()).toHaveLength(1);
  });

  it('keeps a sustained flood ignored as a whole, with still one notice, until the rate falls', async () => {
    await burst(bot, 'dau-moi', 1000, 10); // 100 a second for ten seconds
    expect(to('dau-moi')).toHaveLength(31); // the first 30 and the notice; nothing trickles through
    // Back to a human pace: answered again after some ten seconds of quiet, without a second notice.
    now += 11_000;
    await send(bot, 'dau-moi', '/start');
    expect(to('dau-moi')).toHaveLength(32);
    expect(notices()).toHaveLength(1);
  });

  it('tells again only about a new flood, once the first has died down', async () => {
    await burst(bot, 'dau-moi', 100, 1);
    now += 60_000;
    await burst(bot, 'dau-moi', 100, 1);
    expect(notices()).toHaveLength(2);
  });

  it('never throttles a brisk human pace, a burst of 30, or group chatter', async () => {
    await burst(bot, 'dau-moi', 30, 0); // 30 at the same instant
    now += 10_000;
    await burst(bot, 'dau-moi', 240, 120); // two a second for two minutes
    for (let i = 0; i < 500; i += 1) await send(bot, 'dau-moi', 'Chào cả nhà, chiều nay họp giao ban nhé', { addressed: false });
    await send(bot, 'dau-moi', '/start');
    expect(notices()).toHaveLength(0);
    expect(to('dau-moi')).toHaveLength(30 + 240 + 1);
  });

  it('sends one notice between two replicas that each see the flood (claimed in the database)', async () => {
    const other = newBot(); // a second process: its own counters, the same database
    for (let i = 0; i < 100; i += 1) {
      await send(i % 2 === 0 ? bot : other, 'dau-moi', '/start');
      now += 10;
    }
    expect(notices()).toHaveLength(1);
    // Each replica counts on its own (the documented limit): 30 through each, plus 3 a second each.
    const answered = to('dau-moi').length - 1;
    expect(answered).toBeGreaterThanOrEqual(60);
    expect(answered).toBeLessThanOrEqual(2 * (30 + 3));
  });

  it('forgets people who went quiet, so memory stays bounded', () => {
    let clock = 0;
    const throttle = createThrottle(floodLimits(30), () => clock);
    for (let i = 0; i < 5000; i += 1) throttle.check(`telegram:${i}`);
    expect(throttle.size()).toBe(5000);
    clock += 60_000;
    for (let i = 0; i < 1024; i += 1) throttle.check('telegram:active');
    expect(throttle.size()).toBeLessThan(10);
  });

  it('is off with FLOOD_LIMIT=0, and FLOOD_LIMIT is checked like every other key', () => {
    const off = createThrottle(floodLimits(0));
    for (let i = 0; i < 1000; i += 1) expect(off.check('telegram:1')).toBe('pass');
    const parsed = parseConfig({ FLOOD_LIMIT: '0' });
    expect(parsed.ok && parsed.config.floodLimit).toBe(0);
    const defaults = parseConfig({});
    expect(defaults.ok && defaults.config.floodLimit).toBe(30);
    const bad = parseConfig({ FLOOD_LIMIT: 'many' });
    expect(bad.ok ? [] : bad.problems).toEqual([{ key: 'FLOOD_LIMIT', expect: 'flood-limit' }]);
  });
});

describe('flood control through the Telegram webhook (real time, default limit)', () => {
  let h: TelegramHarness;
  beforeAll(async () => {
    // The group pacing (20 a minute) would defer the answers to the outbox and hide what the throttle did.
    h = await startTelegramHarness({ webhook: true, groupMessagesPerMinute: 10_000 });
  });
  afterAll(() => h.stop());

  it('a member posting 100 commands within a second gets the first answers and one notice; another member is answered', async () => {
    const flood = Array.from({ length: 100 }, () => groupMessage(h.fake.updateId(), GROUP, h.people.focal, '/start'));
    const other = groupMessage(h.fake.updateId(), GROUP, h.people.admin, '/start');
    const floodIds = new Set(flood.map((u) => u.message!.message_id));
    const started = performance.now();
    const statuses = await Promise.all([
      ...flood.slice(0, 50).map((u) => h.fake.deliver(u)),
      h.fake.deliver(other),
      ...flood.slice(50).map((u) => h.fake.deliver(u)),
    ]);
    const seconds = (performance.now() - started) / 1000;
    // Telegram must not redeliver the ignored ones: every update is acknowledged.
    expect(statuses.every((s) => s === 200)).toBe(true);
    const repliedTo = (ids: Set<number>) => () =>
      h.fake
        .callsOf('sendMessage')
        .filter((c) => ids.has((c.payload.reply_parameters as { message_id?: number } | undefined)?.message_id ?? -1));
    const toFlood = repliedTo(floodIds);
    const toOther = repliedTo(new Set([other.message!.message_id]));
    // The notice, given before any database work, may overtake answers that wait for their batch to commit.
    await h.fake.waitFor(
      () => toOther().length === 1 && toFlood().some((c) => NOTICE.test(String(c.payload.text))) && toFlood().length > 30,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    const noticesSent = toFlood().filter((c) => NOTICE.test(String(c.payload.text)));
    expect(noticesSent).toHaveLength(1);
    expect(String(noticesSent[0]!.payload.text)).toContain('Nguyễn Thị Lan');
    // 30 at once, plus 3 a second for however long the posting took.
    const answered = toFlood().length - 1;
    expect(answered).toBeGreaterThanOrEqual(30);
    expect(answered).toBeLessThanOrEqual(30 + Math.ceil(seconds * 3) + 1);
    expect(String(toOther()[0]!.payload.text)).not.toMatch(NOTICE);
  });
});

describe('load beyond what Telegram accepts', () => {
  it('hands back a reply that could not go out within the wait, instead of queueing replies in memory without end', async () => {
    // Found by the soak benchmark: at a few hundred updates a second the bot-wide pacer (30 a second) held every
    // waiting reply in memory, and the bot grew by some 5 MB a second.
    let now = 0;
    const waiting: Array<() => void> = [];
    const pacer = createRatePacer({
      perSecond: 30,
      maxWaitMs: 5000,
      now: () => now,
      sleep: () => new Promise<void>((wake) => waiting.push(wake)),
    });
    const outcomes = await Promise.all(
      Array.from({ length: 1000 }, () => {
        const acquired = pacer.acquire().then(
          () => 'sent' as const,
          (error: unknown) => error,
        );
        return Promise.race([acquired, new Promise((resolve) => setImmediate(() => resolve('waiting')))]);
      }),
    );
    const refused = outcomes.filter((o) => o instanceof AdapterError);
    // at most 5 s worth of slots (30 a second, one every 34 ms) wait; the rest go to the outbox at once
    expect(outcomes.length - refused.length).toBeLessThanOrEqual(Math.ceil(5000 / 34) + 1);
    expect(refused.length).toBeGreaterThan(800);
    expect(refused[0]).toMatchObject({ code: 'RATE_LIMITED' });
    expect((refused[0] as AdapterError).retryAfterSeconds).toBeGreaterThanOrEqual(5);
    now = 10_000;
    for (const wake of waiting) wake();
  });
});
