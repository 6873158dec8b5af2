import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlChunks } from '../../src/adapters/telegram/telegram.format.js';
import { GROUP, startTelegramHarness, type TelegramHarness } from '../support/telegram-harness.js';
import { groupMessage } from '../support/telegram-updates.js';

const ADMIN_CHAT = 1000; // the administrator's private chat (the harness's admin, id 1000)
const FOCAL_CHAT = 1001;

/** A list long enough for several Telegram messages (4 096 characters each). */
const longList = (label: string) =>
  Array.from({ length: 300 }, (_, i) => `${i + 1}. ${label} — Trạm Y tế xã số ${i + 1} chưa báo cáo kỳ tháng 11`).join('\n');

async function outboxRow(h: TelegramHarness, key: string) {
  const result = await h.db.db.execute(sql`select attempts, parts_sent, sent_at, failed_at, last_error from outbox where key = ${key}`);
  const rows = (Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows) as Array<{
    attempts: number;
    parts_sent: number;
    sent_at: unknown;
    failed_at: unknown;
    last_error: string | null;
  }>;
  return rows[0];
}

/** Runs the outbox as the clock moves on, until it has nothing left to do or `rounds` passes are done. */
async function drain(h: TelegramHarness, stepMs: number, rounds: number) {
  for (let i = 0; i < rounds; i += 1) {
    h.clock.advance(stepMs);
    await h.runtime.outbox.runOnce();
  }
}

const failedNotices = (h: TelegramHarness) => h.fake.sentTo(ADMIN_CHAT).filter((text) => text.startsWith('Không gửi được một tin'));

describe('Telegram sending: each part once, permanent refusals reported, retries bounded', () => {
  let h: TelegramHarness;
  beforeAll(async () => {
    h = await startTelegramHarness();
  });
  afterAll(() => h.stop());

  it('a long reply cut short by a long 429 on its second part queues only the parts not yet sent', async () => {
    const text = longList('Nhắc hạn');
    const expected = htmlChunks(text);
    expect(expected.length).toBeGreaterThan(2);
    const before = h.fake.sentTo(FOCAL_CHAT).length;
    h.fake.tooManyRequests('sendMessage', 30, 1); // the first part goes, the second is refused for 30 s
    await h.runtime.bot.deliver(`telegram:${FOCAL_CHAT}`, { text });
    expect(h.fake.sentTo(FOCAL_CHAT).slice(before)).toEqual([expected[0]]);

    h.clock.advance(31_000);
    expect(await h.runtime.outbox.runOnce()).toBe(1);
    const parts = h.fake.sentTo(FOCAL_CHAT).slice(before);
    // every part exactly once, in order: the first was not sent again
    expect(parts).toEqual(expected);
    expect(h.fake.duplicates()).toBe(0);
  });

  it('a queued digest whose chart fails on a 5xx sends the chart again, not its text', async () => {
    const key = 'digest:leaders:test-chart';
    const text = longList('Bản tin lãnh đạo');
    const chart = { kind: 'photo' as const, name: 'bieu-do.png', mimeType: 'image/png', data: Buffer.from('89504e470d0a1a0a', 'hex') };
    await h.app.store.outbox.enqueue([{ key, chat: `telegram:${FOCAL_CHAT}`, text, files: [chart] }]);
    const before = h.fake.sentTo(FOCAL_CHAT).length;
    h.fake.failNext('sendPhoto', { status: 502, body: { ok: false, error_code: 502, description: 'Bad Gateway' } });
    await h.runtime.outbox.runOnce();
    expect(await outboxRow(h, key)).toMatchObject({ parts_sent: htmlChunks(text).length, sent_at: null, failed_at: null });

    await drain(h, 61_000, 2);
    expect(h.fake.sentTo(FOCAL_CHAT).slice(before)).toEqual(htmlChunks(text));
    expect(h.fake.uploadsTo(FOCAL_CHAT).map((file) => file.name)).toEqual(['bieu-do.png']);
    expect((await outboxRow(h, key))?.sent_at).not.toBeNull();
  });

  it('a 400 ("message thread not found") fails the queued message at once, keeps the group, and tells the administrators', async () => {
    const key = 'reminder:test-deleted-topic';
    await h.app.store.outbox.enqueue([{ key, chat: `telegram:${GROUP}:77`, text: 'Nhắc hạn nộp báo cáo tháng 11' }]);
    const attempts = () => h.fake.callsOf('sendMessage').filter((c) => c.payload.message_thread_id === 77).length;
    h.fake.badRequest('sendMessage', 'message thread not found');
    await h.runtime.outbox.runOnce();
    expect(attempts()).toBe(1);
    expect(await outboxRow(h, key)).toMatchObject({ attempts: 1, sent_at: null, last_error: 'Bad Request: message thread not found' });
    expect((await outboxRow(h, key))?.failed_at).not.toBeNull();
    expect((await h.app.store.chats.get(`telegram:${GROUP}`))?.active).toBe(true);

    await drain(h, 1000, 3);
    expect(attempts()).toBe(1); // never tried again
    const notices = failedNotices(h);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(`telegram:${GROUP}:77`);
    expect(notices[0]).toContain('message thread not found');
  });

  it('a reply the group refuses for good ("not enough rights") is reported to the administrators once a day, not per command', async () => {
    const before = failedNotices(h).length;
    for (let i = 0; i < 2; i += 1) {
      h.fake.badRequest('sendMessage', 'not enough rights to send text messages to the chat');
      const update = groupMessage(h.fake.updateId(), GROUP, h.people.focal, '/help');
      h.fake.push(update);
      await h.fake.waitFor((calls) => calls.some((c) => c.method === 'getUpdates' && Number(c.payload.offset) > update.update_id));
    }
    await drain(h, 1000, 2);
    const notices = failedNotices(h).slice(before);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('not enough rights to send text messages');
  });

  it('a private notice to someone who never started the bot (403) is reported to the administrators', async () => {
    const before = failedNotices(h).length;
    h.fake.failNext('sendMessage', {
      status: 403,
      body: { ok: false, error_code: 403, description: "Forbidden: bot can't initiate conversation with a user" },
    });
    await h.runtime.bot.deliver('telegram:1099', { text: 'Thông tin người phản ánh (chỉ cán bộ xử lý xem)' });
    await drain(h, 1000, 1);
    expect(failedNotices(h).slice(before)).toEqual([expect.stringMatching(/telegram:1099 .*bot can't initiate conversation/)]);
  });

  it('a 5xx that never ends is given up after a bounded number of attempts, and the administrators are told', async () => {
    const key = 'notice:test-endless-5xx';
    await h.app.store.outbox.enqueue([{ key, chat: `telegram:${FOCAL_CHAT}`, text: 'Thông báo không bao giờ tới' }]);
    for (let i = 0; i < 20; i += 1)
      h.fake.failNext('sendMessage', { status: 500, body: { ok: false, error_code: 500, description: 'Internal Server Error' } });
    const before = failedNotices(h).length;
    await drain(h, 3600_000, 25);
    const row = await outboxRow(h, key);
    expect(row?.sent_at).toBeNull();
    expect(row?.failed_at).not.toBeNull();
    expect(row?.attempts).toBe(20);
    expect(failedNotices(h).slice(before)).toEqual([expect.stringContaining('Internal Server Error')]);
  });

  it('rate limits are waited out for a day at most, then given up and reported', async () => {
    const key = 'notice:test-endless-429';
    await h.app.store.outbox.enqueue([{ key, chat: `telegram:${FOCAL_CHAT}`, text: 'Thông báo bị giới hạn mãi' }]);
    for (let i = 0; i < 25; i += 1) h.fake.tooManyRequests('sendMessage', 3600);
    const before = failedNotices(h).length;
    await drain(h, 3601_000, 26);
    const row = await outboxRow(h, key);
    expect(row?.failed_at).not.toBeNull();
    // the first attempt and one an hour after it for a day: no fewer (429s say when to come back), no more
    expect(row?.attempts).toBe(25);
    expect(failedNotices(h).slice(before)).toEqual([expect.stringContaining('Too Many Requests')]);
  });

  // (to the administrator's chat: the focal point's is at the fake's 60 a minute after the tests above)
  it('a queued message whose lease ran out while its sender waited is sent once, by the replica that took it over', async () => {
    const key = 'notice:lease-lost';
    await h.app.store.outbox.enqueue([{ key, chat: `telegram:${ADMIN_CHAT}`, text: 'Thông báo giữ chỗ hết hạn' }]);
    // Replica A claims it for 1 s, then waits (a busy group's pace) longer than that.
    const heldByA = (await h.app.store.outbox.claimDue(h.clock.now(), 50, 1)).find((m) => m.key === key)!;
    expect(heldByA).toBeDefined();
    h.clock.advance(2_000);
    // Replica B (this runtime's worker) finds the lease over, takes the message and sends it.
    await h.runtime.outbox.runOnce();
    expect(h.fake.sentTo(ADMIN_CHAT).filter((text) => text === 'Thông báo giữ chỗ hết hạn')).toHaveLength(1);
    // A's turn comes at last: the message is no longer its own, so nothing goes and nothing is written.
    expect(await h.runtime.bot.sendQueued(heldByA)).toBe('taken');
    expect(h.fake.sentTo(ADMIN_CHAT).filter((text) => text === 'Thông báo giữ chỗ hết hạn')).toHaveLength(1);
    expect(await outboxRow(h, key)).toMatchObject({ attempts: 2, failed_at: null, last_error: null });
    expect((await outboxRow(h, key))?.sent_at).not.toBeNull();
  });

  it('a queued message whose lease ran out, taken by no one else, is still sent by its first claimant, once', async () => {
    const key = 'notice:lease-late';
    await h.app.store.outbox.enqueue([{ key, chat: `telegram:${ADMIN_CHAT}`, text: 'Thông báo gửi muộn' }]);
    const heldByA = (await h.app.store.outbox.claimDue(h.clock.now(), 50, 1)).find((m) => m.key === key)!;
    h.clock.advance(2_000);
    expect(await h.runtime.bot.sendQueued(heldByA)).toBe('sent');
    // Sending renewed the lease and marked it sent: the other worker finds nothing to send again.
    await h.runtime.outbox.runOnce();
    expect(h.fake.sentTo(ADMIN_CHAT).filter((text) => text === 'Thông báo gửi muộn')).toHaveLength(1);
  });
});
