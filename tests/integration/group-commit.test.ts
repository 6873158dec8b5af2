import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBot } from '../../src/chat/bot.js';
import type { ChatAdapter } from '../../src/chat/chat-adapter.js';
import type { Dispatcher } from '../../src/chat/dispatcher.js';
import type { IncomingMessage, OutgoingMessage } from '../../src/chat/messages.js';
import type { Store } from '../../src/core/store.js';
import { PrivacyGuard } from '../support/privacy-guard.js';
import { consoleUser, startTestApp, type TestApp } from '../support/test-app.js';

// Messages that arrive while the database is busy share one transaction (src/chat/group-commit.ts): each is
// still processed exactly once, answered only once it has committed, and never loses its effects to another
// message of its batch that failed.

const AT = '2026-11-23T09:00:00+07:00';
let t: TestApp;
let codes: string[];

beforeAll(async () => {
  t = await startTestApp({ at: AT });
});
afterAll(() => t.close());
beforeEach(async () => {
  t.clock.set(AT);
  await t.resetDemo();
  codes = [...(await t.ask('/nhiemvu')).matchAll(/\[(NV\d+)\]/g)].map((match) => match[1]!).slice(0, 4);
  expect(codes).toHaveLength(4);
});

let nextEvent = 0;
const report = (code: string, eventId = `gc-${++nextEvent}`): IncomingMessage => ({
  chat: 'console:nhom-bvdk',
  chatKind: 'group',
  chatTitle: null,
  sender: consoleUser('dau-moi'),
  text: `/baocao ${code} 60% đã họp triển khai`,
  messageId: eventId,
  eventId,
  addressedToBot: true,
  replyTo: null,
  mentions: [],
  receivedAt: t.clock.now(),
});

/** The bot over the test app, with a platform that records what it sends and a store that counts transactions. */
function botWith(dispatcher: Dispatcher = t.app.dispatcher) {
  const sent: Array<{ chat: string; message: OutgoingMessage }> = [];
  const adapter: ChatAdapter = {
    platform: 'console',
    capabilities: { buttons: false, edit: false, files: false, threads: false, maxTextLength: 4096 },
    botUsername: null,
    start: async () => {},
    stop: async () => {},
    send: async (chat, message) => {
      sent.push({ chat, message });
    },
  };
  const counted = { transactions: 0 };
  const store = Object.create(t.app.store) as Store;
  store.transaction = (work) => {
    counted.transactions += 1;
    return t.app.store.transaction(work);
  };
  const bot = createBot({
    dispatcher,
    adapters: [adapter],
    store,
    i18n: t.app.i18n,
    clock: t.clock,
    logger: t.app.logger,
    groupCommit: { maxBatch: 32, inFlight: 1 },
  });
  const replyTo = (message: IncomingMessage) =>
    sent.filter((s) => s.message.replyToMessageId === message.messageId).map((s) => s.message.text);
  return { bot, adapter, sent, counted, replyTo };
}

const count = async (table: string) => (await t.db.counts())[table] ?? 0;

/** A dispatcher that misbehaves for one message and is the real one for the others. */
function failingFor(target: IncomingMessage, failure: 'bug after writing' | 'database error'): Dispatcher {
  const real = t.app.dispatcher;
  return {
    ...real,
    async dispatchOnce(message, to, store, event) {
      if (message.eventId !== target.eventId) return real.dispatchOnce(message, to, store, event);
      if (failure === 'database error') throw Object.assign(new Error('connection lost'), { code: 'CONNECTION_CLOSED' });
      // the report is written, then handling fails: what it wrote must be undone
      const result = await real.dispatchOnce(message, to, store, event);
      return result && { ...result, reply: real.apology(), failed: true };
    },
  };
}

describe('messages that arrive together', () => {
  it('share one transaction, each stored once and answered once it has committed; a redelivery changes nothing', async () => {
    const { bot, adapter, counted, replyTo, sent } = botWith();
    const messages = codes.map((code) => report(code));
    const [reportsBefore, marksBefore] = [await count('reports'), await count('processed_events')];

    await Promise.all(messages.map((message) => bot.handle(adapter, message)));

    expect(counted.transactions).toBe(1);
    expect(await count('reports')).toBe(reportsBefore + 4);
    expect(await count('processed_events')).toBe(marksBefore + 4);
    for (const [index, message] of messages.entries()) expect(replyTo(message)).toEqual([expect.stringContaining(`[${codes[index]}]`)]);

    // the platform delivers the same updates again (our answer was lost on the way): nothing is done twice
    await Promise.all(messages.map((message) => bot.handle(adapter, message)));
    expect(await count('reports')).toBe(reportsBefore + 4);
    expect(sent).toHaveLength(4);
  });

  it("keeps a complainant's phone out of the group when a case is logged in the same batch as reports", async () => {
    const { bot, adapter, counted, sent } = botWith();
    const phone = '0912 345 678';
    const guard = new PrivacyGuard();
    guard.register({ kind: 'phone', value: phone });
    const reports = codes.map((code) => report(code));
    const caseMessage: IncomingMessage = {
      ...report(codes[0]!),
      text: `/phananh đường dây nóng Người nhà phản ánh chờ khám quá lâu ở khoa Nhi, gọi lại số ${phone}`,
    };
    const casesBefore = await count('feedback_tickets');

    await Promise.all([...reports, caseMessage].map((message) => bot.handle(adapter, message)));

    expect(counted.transactions).toBe(1);
    expect(await count('feedback_tickets')).toBe(casesBefore + 1);
    expect(sent).toHaveLength(5);
    for (const { chat, message } of sent) guard.inspect(chat, message.text);
    guard.assertClean();
  });

  it('a message arriving alone has a transaction of its own', async () => {
    const { bot, adapter, counted, replyTo } = botWith();
    const message = report(codes[0]!);
    await bot.handle(adapter, message);
    await bot.handle(adapter, report(codes[1]!));
    expect(counted.transactions).toBe(2);
    expect(replyTo(message)).toEqual([expect.stringContaining('Đã ghi nhận báo cáo')]);
  });

  it('undoes a batch whose message failed after writing, and does each again alone: the others kept, the failed one apologised for once', async () => {
    const messages = codes.map((code) => report(code));
    const broken = messages[1]!;
    const { bot, adapter, replyTo } = botWith(failingFor(broken, 'bug after writing'));
    const [reportsBefore, marksBefore] = [await count('reports'), await count('processed_events')];

    await Promise.all(messages.map((message) => bot.handle(adapter, message)));

    // three reports, not four: the failed one's report was undone with its batch and again when it ran alone
    expect(await count('reports')).toBe(reportsBefore + 3);
    // all four marked processed: the failed one too, so that the platform does not deliver it forever
    expect(await count('processed_events')).toBe(marksBefore + 4);
    expect(replyTo(broken)).toEqual([t.app.dispatcher.apology().text]);
    for (const message of messages.filter((m) => m !== broken))
      expect(replyTo(message)).toEqual([expect.stringContaining('Đã ghi nhận báo cáo')]);
  });

  it('when the database fails one message, the others are stored and that one is left for the platform to deliver again', async () => {
    const messages = codes.map((code) => report(code));
    const lost = messages[2]!;
    const failing = botWith(failingFor(lost, 'database error'));
    const reportsBefore = await count('reports');

    const outcomes = await Promise.allSettled(messages.map((message) => failing.bot.handle(failing.adapter, message)));

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(await count('reports')).toBe(reportsBefore + 3);
    expect(failing.replyTo(lost)).toEqual([]);
    // not marked: delivered again, it is handled
    const healthy = botWith();
    await healthy.bot.handle(healthy.adapter, lost);
    expect(await count('reports')).toBe(reportsBefore + 4);
    expect(healthy.replyTo(lost)).toEqual([expect.stringContaining(`[${codes[2]}]`)]);
  });
});
