import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createBot } from '../../src/chat/bot.js';
import type { ChatAdapter } from '../../src/chat/chat-adapter.js';
import type { OutgoingMessage } from '../../src/chat/messages.js';
import { sql } from 'drizzle-orm';
import { leaderDigestText, unitDigestText } from '../../src/chat/format/digest-text.js';
import { createCalendarSource } from '../../src/core/calendar/calendar-source.js';
import { vietnameseCalendar } from '../../src/core/calendar/vietnam-calendar.js';
import type { LeaderDigestData, UnitDigestData } from '../../src/core/digest/digest.js';
import { leaderChartData } from '../../src/core/reports/leader-chart-data.js';
import type { Store } from '../../src/core/store.js';
import { openDatabase } from '../../src/db/client.js';
import { createStore } from '../../src/db/store.js';
import { type DigestDeps, runDigests } from '../../src/jobs/digest.job.js';
import { createOutboxWorker } from '../../src/jobs/outbox-worker.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
const TZ = 'Asia/Ho_Chi_Minh';
const deps = (store: Store = t.app.store): DigestDeps => ({
  store,
  i18n: t.app.i18n,
  calendar: createCalendarSource(store.calendarDays),
  timezone: TZ,
});

// Monday 30/11/2026, ISO week 49: the unit groups are due at 07:30, the leaders at 08:00.
const MONDAY_0805 = new Date('2026-11-30T08:05:00+07:00');

beforeAll(async () => {
  t = await startTestApp({ demo: false });
});
afterAll(() => t.close());
beforeEach(async () => {
  t.clock.set('2026-11-23T09:00:00+07:00');
  await t.resetDemo({ timezone: TZ });
});

const textFor = (messages: Array<{ chat: string; text: string }>, chat: string) => messages.find((m) => m.chat === chat)?.text ?? '';
const LEADERS = 'console:nhom-lanh-dao-so';
/** done on time, done late, open within the deadline, overdue: as the leaders' digest writes them */
const bucketsOf = (text: string) =>
  /hoàn thành đúng hạn (\d+) · hoàn thành trễ (\d+) · đang mở trong hạn (\d+) · quá hạn (\d+)/.exec(text)!.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
  ];
const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

/** A platform that only records what it was asked to send. */
function recordingAdapter(sent: Array<{ chat: string; message: OutgoingMessage }>): ChatAdapter {
  return {
    platform: 'console',
    capabilities: { buttons: false, edit: false, files: true, threads: false, maxTextLength: 4096 },
    botUsername: null,
    start: async () => {},
    stop: async () => {},
    send: async (chat, message) => {
      sent.push({ chat, message });
    },
  };
}

async function deliverAll(store: Store, sent: Array<{ chat: string; message: OutgoingMessage }>) {
  const bot = createBot({
    dispatcher: t.app.dispatcher,
    adapters: [recordingAdapter(sent)],
    store,
    i18n: t.app.i18n,
    clock: t.clock,
    logger: t.app.logger,
  });
  const worker = createOutboxWorker({ store, bot, clock: t.clock, logger: t.app.logger, batchSize: 100 });
  while ((await worker.runOnce()) > 0);
}

describe('weekly digests on the demo Department', () => {
  it('gives each unit group its week on Monday: overdue with days late, due this week, the focal point, what to type next', async () => {
    const messages = await runDigests(deps(), MONDAY_0805);
    const bvdk = textFor(messages, 'console:nhom-bvdk');
    expect(bvdk.split('\n')[0]).toBe('Bản tin tuần 49/2026 — Bệnh viện Đa khoa tỉnh Lai Châu');
    expect(bvdk).toContain('Đầu mối: @dau-moi');
    expect(bvdk).toContain('Quá hạn (5):');
    expect(bvdk).toMatch(
      /• \[NV10\] Kiểm tra, đánh giá và báo cáo tình hình triển khai kế hoạch thực hiện Chỉ thị 30 — quá hạn 21 ngày \(hạn thứ Hai, 09\/11\/2026\)/,
    );
    // this week: the seven days from the Monday of the digest
    expect(bvdk).toContain('Đến hạn từ nay đến Chủ nhật, 06/12/2026 (1):');
    // a last day on a Saturday ends with Monday (Đ.148 k.5): both days, the days left counted to the Monday
    // (before the change: "nộp chậm nhất thứ Sáu, 04/12/2026 (còn 4 ngày)")
    expect(bvdk).toContain(
      '[NV16] Xây dựng kế hoạch tuyên truyền cải cách hành chính của đơn vị — hạn 05/12 (thứ Bảy) → nộp đến hết thứ Hai 07/12 (còn 7 ngày)',
    );
    expect(bvdk).toContain('Chưa có biên bản mở hòm thư góp ý nào');
    expect(bvdk).toContain('Đang mở tổng cộng: 11 nhiệm vụ — xem đủ bằng /nhiemvu.');
    expect(bvdk).toContain('Tuần trước đơn vị chưa gửi báo cáo nào.');
    // every unit group bound in the demo, plus the leaders' group
    const chats = await t.app.store.digests.targets();
    expect(messages.map((m) => m.chat).sort()).toEqual(chats.map((c) => c.ref).sort());
    for (const message of messages) expect(message.text.length).toBeLessThan(4096);
  });

  it('gives the leaders the four buckets, the on-time rate, the most overdue units and who has not reported', async () => {
    const leaders = textFor(await runDigests(deps(), MONDAY_0805), 'console:nhom-lanh-dao-so');
    expect(leaders.split('\n')[0]).toBe('Bản tin lãnh đạo tuần 49/2026 — toàn ngành');
    expect(leaders).toMatch(
      /^Việc đến hạn từ 01\/12\/2025 và việc cũ còn mở: hoàn thành đúng hạn \d+ · hoàn thành trễ \d+ · đang mở trong hạn \d+ · quá hạn \d+ — tỷ lệ đúng hạn [\d,]+%\.$/m,
    );
    expect(leaders).toContain('Đơn vị quá hạn nhiều nhất:\n• BV Phổi: 7 việc quá hạn, lâu nhất 276 ngày');
    expect(leaders).toMatch(/• \[NV10\] Kiểm tra, đánh giá .*\(hạn thứ Hai, 09\/11\/2026\): đã báo cáo 1\/7; chưa: BVĐK tỉnh, /);
    // a period still owed since February is listed, not only the last 30 days
    expect(leaders).toMatch(
      /• \[NV12\] Phát động, tổng kết .*\(hạn thứ Sáu, 27\/02\/2026\): đã báo cáo 3\/7; chưa: BV YDCT-PHCN, BV Phổi, TTYT Phong Thổ, TTYT Sìn Hồ$/m,
    );
    expect(leaders).toContain('Không có phản ánh tồn đọng.');
    expect(leaders).toContain('/xuatbaocao');
  });

  it('sends the leaders their chart with the digest, through the outbox, and the unit groups none', async () => {
    const messages = await runDigests({ ...deps(), chart: t.app.services.leaderChart }, MONDAY_0805);
    const leaders = messages.find((m) => m.chat === 'console:nhom-lanh-dao-so')!;
    expect(leaders.files.map((f) => [f.kind, f.name, f.mimeType])).toEqual([['photo', 'bieu-do-2026-11-30.png', 'image/png']]);
    expect(messages.filter((m) => m.kind === 'unit').every((m) => m.files.length === 0)).toBe(true);
    const sent: Array<{ chat: string; message: OutgoingMessage }> = [];
    await deliverAll(t.app.store, sent);
    const chart = sent.find((s) => s.chat === 'console:nhom-lanh-dao-so')!.message.files![0]!;
    // the PNG survives the outbox row byte for byte
    expect(chart.data.equals(leaders.files[0]!.data)).toBe(true);
    expect(chart.data.subarray(1, 4).toString('ascii')).toBe('PNG');
  });

  it('counts the four buckets from the occurrences: a late report moves one from overdue to done late', async () => {
    const before = textFor(await runDigests(deps(), MONDAY_0805, { dryRun: true }), 'console:nhom-lanh-dao-so');
    const bucket = (text: string) =>
      /hoàn thành đúng hạn (\d+) · hoàn thành trễ (\d+) · đang mở trong hạn (\d+) · quá hạn (\d+)/.exec(text)!.slice(1).map(Number) as [
        number,
        number,
        number,
        number,
      ];
    t.clock.set('2026-11-26T10:00:00+07:00');
    expect(await t.ask('/baocao NV10 hoàn thành đã kiểm tra 12 khoa, báo cáo số 15/BC-BV')).toContain('hoàn thành trễ');
    const after = textFor(await runDigests(deps(), MONDAY_0805, { dryRun: true }), 'console:nhom-lanh-dao-so');
    const [onTime0, late0, open0, overdue0] = bucket(before);
    const [onTime1, late1, open1, overdue1] = bucket(after);
    expect([onTime1, late1, overdue1]).toEqual([onTime0, late0 + 1, overdue0 - 1]);
    // NV10 is yearly: closing 2026 may open the 2027 occurrence, open and within its deadline
    expect(open1 - open0).toBeGreaterThanOrEqual(0);
    expect(open1 - open0).toBeLessThanOrEqual(1);
  });

  it('lists last week’s reports, open feedback past its deadline and a complaint box not opened', async () => {
    t.clock.set('2026-11-24T10:00:00+07:00');
    expect(await t.ask('/baocao NV16 40% đã dự thảo kế hoạch')).toContain('Đã ghi nhận báo cáo');
    t.clock.set('2026-11-09T10:00:00+07:00');
    expect(await t.ask('/homthu 0')).toContain('Đã ghi biên bản mở hòm thư ngày 09/11/2026');
    const logged = await t.ask('/phananh đường dây nóng Người nhà phản ánh chờ khám lâu ở khoa Nhi');
    const code = /PA-2026-\d{4}/.exec(logged)?.[0];
    expect(code).toBeDefined();
    const bvdk = textFor(await runDigests(deps(), MONDAY_0805), 'console:nhom-bvdk');
    expect(bvdk).toContain('Báo cáo nhận tuần trước (1): [NV16] 40%');
    expect(bvdk).toContain(`Phản ánh đang mở: 1, quá hạn xử lý: 1 (${code}).`);
    expect(bvdk).not.toContain('Chưa có biên bản mở hòm thư');
    expect(bvdk).toContain('Hòm thư góp ý quá hạn mở 14 ngày: khi mở, ghi biên bản bằng /homthu.');
    const leaders = textFor(await runDigests(deps(), new Date('2026-11-30T08:10:00+07:00')), 'console:nhom-lanh-dao-so');
    expect(leaders).toBe(''); // already sent this week
  });

  it('keeps each group to its /lich: off, another day, and the default again', async () => {
    expect(await t.ask('/lich', { user: 'lanh-dao-bvdk' })).toContain('thứ Hai lúc 07:30');
    expect(await t.ask('/lich tat', { user: 'lanh-dao-bvdk' })).toContain('đã tắt bản tin tuần');
    expect(await t.ask('/lich thu 3 9h', { user: 'quan-tri' })).toContain('thứ Ba lúc 09:00');
    expect(await t.ask('/lich thu 3 9h', { user: 'dau-moi' })).not.toContain('thứ Ba lúc 09:00'); // a focal point may not
    const monday = await runDigests(deps(), MONDAY_0805);
    expect(monday.some((m) => m.chat === 'console:nhom-bvdk')).toBe(false);
    expect(monday.some((m) => m.chat === 'console:nhom-cdc')).toBe(true);
    expect((await runDigests(deps(), new Date('2026-12-01T08:59:00+07:00'))).some((m) => m.chat === 'console:nhom-bvdk')).toBe(false);
    expect((await runDigests(deps(), new Date('2026-12-01T09:00:00+07:00'))).map((m) => m.chat)).toEqual(['console:nhom-bvdk']);
    expect(await t.ask('/lich mac dinh', { user: 'lanh-dao-bvdk' })).toContain('thứ Hai lúc 07:30');
    expect((await runDigests(deps(), new Date('2026-12-07T07:31:00+07:00'))).some((m) => m.chat === 'console:nhom-bvdk')).toBe(true);
  });

  it('waits for the time: the unit groups at 07:30, the leaders at 08:00, and a late start catches up', async () => {
    expect(await runDigests(deps(), new Date('2026-11-30T07:29:00+07:00'))).toEqual([]);
    const units = await runDigests(deps(), new Date('2026-11-30T07:30:00+07:00'));
    expect(units.length).toBeGreaterThan(5);
    expect(units.every((m) => m.kind === 'unit')).toBe(true);
    const leaders = await runDigests(deps(), new Date('2026-12-02T15:00:00+07:00')); // down since Monday
    expect(leaders.map((m) => m.chat)).toEqual(['console:nhom-lanh-dao-so']);
  });

  it('queues one outbox message per chat and week, however often the job runs', async () => {
    const first = await runDigests(deps(), MONDAY_0805);
    expect(await runDigests(deps(), MONDAY_0805)).toEqual([]);
    expect(await runDigests(deps(), new Date('2026-12-03T08:05:00+07:00'))).toEqual([]);
    const counts = await t.db.counts();
    expect(counts.outbox).toBe(first.length);
    expect(counts.digest_runs).toBe(first.length);
    const sent: Array<{ chat: string; message: OutgoingMessage }> = [];
    await deliverAll(t.app.store, sent);
    expect(sent.map((s) => s.chat).sort()).toEqual(first.map((m) => m.chat).sort());
    // next week is a new period
    expect((await runDigests(deps(), new Date('2026-12-07T08:05:00+07:00'))).length).toBe(first.length);
  });

  it('claims nothing when the job dies before its transaction commits, and the next run sends everything', async () => {
    const store = t.app.store;
    // a store's repositories are getters on its prototype: one is replaced on an object that inherits the rest
    const dying: Store = Object.assign(Object.create(store) as Store, {
      transaction: (work: (tx: Store) => Promise<unknown>) =>
        store.transaction((tx) =>
          work(
            Object.create(tx, {
              outbox: {
                value: {
                  ...tx.outbox,
                  enqueue: async () => {
                    throw new Error('process killed');
                  },
                },
              },
            }) as Store,
          ),
        ),
    }) as Store;
    await expect(runDigests({ ...deps(), store: dying }, MONDAY_0805)).rejects.toThrow('process killed');
    expect((await t.db.counts()).digest_runs).toBe(0);
    const second = await runDigests(deps(), MONDAY_0805);
    expect(second.length).toBeGreaterThan(5);
    expect((await t.db.counts()).outbox).toBe(second.length);
  });

  it('fits a unit with hundreds of overdue tasks into one message that points to /nhiemvu', () => {
    const task = (i: number) => ({
      occurrenceId: i,
      taskId: i,
      unitId: 1,
      unitName: 'Bệnh viện Đa khoa tỉnh',
      title: `Nhiệm vụ thứ ${i} với một tiêu đề khá dài để thử giới hạn độ dài của một tin nhắn trên điện thoại`,
      planLabel: '20/KH-SYT',
      period: '2026',
      dueDate: '2026-10-01',
      rule: { kind: 'once', date: '2026-10-01', precision: 'day', inclusive: true },
      lastReport: null,
    });
    const data = {
      unitId: 1,
      unitName: 'Bệnh viện Đa khoa tỉnh',
      focalPoints: [],
      overdue: Array.from({ length: 300 }, (_, i) => task(i + 1)),
      dueThisWeek: Array.from({ length: 50 }, (_, i) => ({ ...task(i + 400), dueDate: '2026-12-02' })),
      weekEnd: '2026-12-06',
      openCount: 350,
      reportsLastWeek: [],
      openFeedback: 0,
      slaBreaches: [],
      boxDaysLate: 0,
    } as unknown as UnitDigestData;
    const text = unitDigestText(
      { t: t.app.i18n.translator('vi'), today: '2026-11-30', calendar: vietnameseCalendar([]), platform: 'telegram', locale: 'vi' },
      data,
    );
    expect(text.length).toBeLessThan(4096);
    expect(text).toContain('Quá hạn (300):');
    expect(text).toMatch(/… và \d+ mục khác\./);
    expect(text).toContain('/nhiemvu');
    // Zalo carries 2 000 characters a message: the same digest is shortened to one message there
    const zalo = unitDigestText(
      { t: t.app.i18n.translator('vi'), today: '2026-11-30', calendar: vietnameseCalendar([]), platform: 'zalo-oa', locale: 'vi' },
      data,
    );
    expect(zalo.length).toBeLessThanOrEqual(1900);
    expect(zalo).toContain('Quá hạn (300):');
  });
});

describe('the leaders’ digest across a year boundary, and how far it looks', () => {
  // Monday 04/01/2027: the demo's work of 2026 is still largely open.
  const JANUARY = new Date('2027-01-04T08:05:00+07:00');

  it('counts the open work of last year as overdue in January, and agrees with the chart', async () => {
    t.clock.set(JANUARY);
    const text = textFor(await runDigests({ ...deps(), chart: t.app.services.leaderChart }, JANUARY, { dryRun: true }), LEADERS);
    const [onTime, late, open, overdue] = bucketsOf(text);
    const [counts] = rowsOf<{ overdue: number; overdue_this_year: number; done: number }>(
      await t.db.db.execute(sql`
        select count(*) filter (where status = 'open' and due_date < '2027-01-04')::int as overdue,
               count(*) filter (where status = 'open' and due_date >= '2027-01-01' and due_date < '2027-01-04')::int as overdue_this_year,
               count(*) filter (where status = 'done' and due_date >= '2026-01-05')::int as done
        from occurrences`),
    );
    // every open occurrence past its due date, whatever its year; a calendar year would show almost none
    expect(overdue).toBe(counts!.overdue);
    expect(counts!.overdue).toBeGreaterThan(counts!.overdue_this_year + 30);
    // the finished work of the last twelve months still counts on 4 January
    expect(onTime + late).toBe(counts!.done);
    expect(onTime).toBeGreaterThan(0);
    expect(text).toContain('Việc đến hạn từ 05/01/2026 và việc cũ còn mở:');
    expect(text).toMatch(/^• BV Phổi: \d+ việc quá hạn, lâu nhất 3\d\d ngày$/m);

    // the chart counts the same occurrences: its bars add up to the text's buckets, its last point to the overdue
    const chart = await leaderChartData(t.app.store, { today: '2027-01-04', timezone: TZ, topUnits: 1000 });
    const sum = (key: 'doneOnTime' | 'doneLate' | 'openOnTime' | 'openOverdue') =>
      chart.completion.reduce((total, unit) => total + unit[key], 0);
    expect([sum('doneOnTime'), sum('doneLate'), sum('openOnTime'), sum('openOverdue')]).toEqual([onTime, late, open, overdue]);
    expect(chart.overdueTrend.at(-1)!.overdue).toBe(overdue);
    expect(chart.since).toBe('2026-01-05');
  });

  it('lists every task period still owed however old, the units yet to report first, and those all reported after', async () => {
    t.clock.set('2026-11-24T10:00:00+07:00');
    const nv15 = 'NV15';
    expect(await t.ask(`/baocao ${nv15} 50% đã tập hợp 20 ảnh`, { user: 'dau-moi-cdc', chat: 'console:nhom-cdc' })).toContain(
      'Đã ghi nhận',
    );
    const text = textFor(await runDigests(deps(), MONDAY_0805, { dryRun: true }), LEADERS);
    const lines = text.split('\n');
    const owed = lines.findIndex((line) => line.startsWith('• [NV12] Phát động')); // due 27/02/2026
    const settled = lines.findIndex((line) => line.startsWith(`• [${nv15}] `));
    expect(owed).toBeGreaterThan(0);
    expect(lines[settled]).toMatch(/\(hạn thứ Tư, 25\/11\/2026\): đủ 1\/1 đơn vị đã báo cáo\.$/);
    // the periods with units yet to report come before the settled ones
    expect(lines.slice(owed, settled).every((line) => line.includes('chưa:'))).toBe(true);
  });

  it('fits 150 units × 15 tasks into one message under each platform’s limit, counting what it leaves out', () => {
    const unitName = (i: number) => `Trạm Y tế xã Nậm Xe thuộc Trung tâm Y tế huyện Phong Thổ số ${i}`;
    const units = Array.from({ length: 150 }, (_, i) => ({
      unitId: i + 1,
      unitName: unitName(i + 1),
      doneOnTime: 3,
      doneLate: 2,
      openOnTime: 5,
      openOverdue: 5,
      maxDaysLate: 40 + i,
    }));
    const data: LeaderDigestData = {
      since: '2025-12-01',
      units,
      mostOverdue: units.slice(0, 5),
      totals: { doneOnTime: 450, doneLate: 300, openOnTime: 750, openOverdue: 750 },
      onTimeRate: 450 / 1500,
      reporting: Array.from({ length: 15 }, (_, i) => ({
        taskId: i + 1,
        title: `Báo cáo kết quả thực hiện nhiệm vụ số ${i + 1} của kế hoạch năm về Sở Y tế qua phòng Tổ chức cán bộ`,
        period: '2026',
        dueDate: '2026-11-20',
        total: 150,
        reportedCount: 10,
        missingCount: 140,
        missing: Array.from({ length: 12 }, (_, j) => unitName(j + 20)),
      })),
      feedbackBacklog: Array.from({ length: 40 }, (_, i) => ({ unitName: unitName(i + 1), count: 2 })),
      feedbackBacklogTotal: 80,
    };
    const ctx = (platform: 'telegram' | 'zalo-oa') => ({
      t: t.app.i18n.translator('vi'),
      today: '2026-11-30',
      calendar: vietnameseCalendar([]),
      platform,
      locale: 'vi',
    });
    const telegram = leaderDigestText(ctx('telegram'), data);
    expect(telegram.length).toBeLessThanOrEqual(3900);
    expect(telegram).toMatch(/^… và \d+ nhiệm vụ khác — xem \/quahan hoặc tệp Excel của \/xuatbaocao\.$/m);
    expect(telegram).toMatch(/và \d+ đơn vị khác/);
    expect(telegram).toMatch(/^… và 14\d đơn vị khác có việc quá hạn — xem \/quahan\.$/m);
    expect(telegram).toContain('quá hạn 750 — tỷ lệ đúng hạn 30%');
    const zalo = leaderDigestText(ctx('zalo-oa'), data);
    expect(zalo.length).toBeLessThanOrEqual(1900);
    expect(zalo.split('\n')[0]).toBe('Bản tin lãnh đạo tuần 49/2026 — toàn ngành');
    expect(zalo).toContain('Chi tiết: /quahan');
  });
});

describe('/lich: a day or a time alone, and the week of a digest sent on another day', () => {
  it('changes the time and keeps the day, changes the day and keeps the time, and reads "thu 3" as Tuesday', async () => {
    const leader = { user: 'lanh-dao-bvdk' };
    expect(await t.ask('/lich 9:15', leader)).toBe('Đã lưu. Nhóm nhận bản tin tuần vào thứ Hai lúc 09:15.');
    expect(await t.ask('/lich thu 3', leader)).toBe('Đã lưu. Nhóm nhận bản tin tuần vào thứ Ba lúc 09:15.');
    expect(await t.ask('/lich chủ nhật 6 giờ chiều', leader)).toBe('Đã lưu. Nhóm nhận bản tin tuần vào Chủ nhật lúc 18:00.');
    expect(await t.ask('/lich tat', leader)).toContain('đã tắt bản tin tuần');
    // a new time turns the digest back on
    expect(await t.ask('/lich 7h', leader)).toBe('Đã lưu. Nhóm nhận bản tin tuần vào Chủ nhật lúc 07:00.');
    const before = await t.db.counts();
    expect(await t.ask('/lich 3', leader)).toContain('Cách dùng');
    expect(await t.ask('/lich thu 3 25h', leader)).toContain('Cách dùng');
    expect(await t.db.counts()).toEqual(before);
  });

  it('gives a Sunday digest the seven days from that Sunday as its week', async () => {
    expect(await t.ask('/lich cn 18h', { user: 'lanh-dao-bvdk' })).toContain('Chủ nhật lúc 18:00');
    const sunday = new Date('2026-11-29T18:05:00+07:00');
    const bvdk = textFor(await runDigests(deps(), sunday), 'console:nhom-bvdk');
    // NV16 is due on Saturday 05/12: in this Sunday's week, not only the Sunday its ISO week has left
    expect(bvdk).toContain('Đến hạn từ nay đến thứ Bảy, 05/12/2026 (');
    expect(bvdk).toMatch(
      /• \[NV16\] Xây dựng kế hoạch tuyên truyền cải cách hành chính của đơn vị — hạn 05\/12 \(thứ Bảy\) → nộp đến hết thứ Hai 07\/12/,
    );
    expect((await runDigests(deps(), new Date('2026-11-30T08:05:00+07:00'))).some((m) => m.chat === 'console:nhom-bvdk')).toBe(false);
  });
});

// Two replicas and a crash between claiming and sending need connections of their own: real PostgreSQL.
describe.runIf(inject('testDatabase').driver === 'postgres')('exactly once across replicas and crashes (PostgreSQL)', () => {
  it('gives each chat one digest when two replicas run the job at the same moment', async () => {
    const other = await openDatabase({ driver: 'postgres', url: t.db.url!, maxConnections: 5 });
    try {
      const [a, b] = await Promise.all([runDigests(deps(), MONDAY_0805), runDigests(deps(createStore(other.db)), MONDAY_0805)]);
      const chats = [...a, ...b].map((m) => m.chat);
      expect(new Set(chats).size).toBe(chats.length);
      expect(chats.length).toBe((await t.app.store.digests.targets()).length);
      const sent: Array<{ chat: string; message: OutgoingMessage }> = [];
      await Promise.all([deliverAll(t.app.store, sent), deliverAll(createStore(other.db), sent)]);
      expect(sent.map((s) => s.chat).sort()).toEqual([...chats].sort());
    } finally {
      await other.close();
    }
  });

  it('sends each digest once after a replica claimed them and died before sending', async () => {
    const crashed = await openDatabase({ driver: 'postgres', url: t.db.url!, maxConnections: 2 });
    const claimed = await runDigests(deps(createStore(crashed.db)), MONDAY_0805);
    await crashed.close(); // gone before its outbox worker ran
    expect(claimed.length).toBeGreaterThan(5);
    // the replica that takes over finds the week claimed, and its outbox worker delivers what was queued
    expect(await runDigests(deps(), new Date('2026-11-30T08:10:00+07:00'))).toEqual([]);
    const sent: Array<{ chat: string; message: OutgoingMessage }> = [];
    await deliverAll(t.app.store, sent);
    await deliverAll(t.app.store, sent);
    expect(sent.map((s) => s.chat).sort()).toEqual(claimed.map((m) => m.chat).sort());
    expect(sent.find((s) => s.chat === 'console:nhom-bvdk')?.message.text).toContain('Bản tin tuần 49/2026');
  });
});
