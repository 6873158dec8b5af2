import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { localDateOf } from '../../src/core/dates/local-date.js';
import { materializeOccurrences } from '../../src/core/plans/materialize.js';
import { DEFAULT_REMINDER_LADDER, planLadder, setPlanLadder } from '../../src/core/reminders/ladder.js';
import { runReminders } from '../../src/jobs/reminders.job.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
const deps = () => ({ store: t.app.store, i18n: t.app.i18n, calendar: t.app.calendar, timezone: 'Asia/Ho_Chi_Minh' });

beforeAll(async () => {
  t = await startTestApp({ demo: false });
});
afterAll(() => t.close());
beforeEach(async () => {
  // The demo as loaded on Monday 23/11/2026.
  t.clock.set('2026-11-23T09:00:00+07:00');
  await t.resetDemo();
});

const at = (iso: string) => new Date(iso);
// Task reminders only: complaint-box reminders have their own tests.
const to = (messages: Array<{ chat: string; key: string; text: string }>, chat: string) =>
  messages.filter((m) => m.chat === chat && m.key.startsWith('reminder:')).map((m) => m.text);
const tasksOnly = (messages: Array<{ key: string }>) => messages.filter((m) => m.key.startsWith('reminder:'));

describe('reminders and escalation', () => {
  it('reminds the focal point in the unit’s group three working days before', async () => {
    const messages = await runReminders(deps(), at('2026-12-09T08:00:00+07:00'));
    const bvdk = to(messages, 'console:nhom-bvdk');
    expect(bvdk).toHaveLength(1);
    expect(bvdk[0]).toContain('Nhắc hạn, @dau-moi: các nhiệm vụ sau sắp đến hạn.');
    expect(bvdk[0]).toContain('Báo cáo tổng kết năm thực hiện kế hoạch — hạn thứ Hai, 14/12/2026 (còn 5 ngày)');
    expect((await t.db.counts()).outbox).toBe(messages.length);
  });

  it('reminds each facility once to open its complaint box until one is recorded, then on its weekly date', async () => {
    const first = (await runReminders(deps(), at('2026-11-24T08:00:00+07:00'))).filter((m) => m.key.startsWith('box:'));
    expect(first.find((m) => m.chat === 'console:nhom-bvdk')?.text).toContain('chưa có biên bản mở hòm thư');
    expect(first.some((m) => m.chat === 'console:nhom-syt-tccb')).toBe(false); // an office has no box
    expect((await runReminders(deps(), at('2026-11-25T08:00:00+07:00'))).filter((m) => m.key.startsWith('box:'))).toEqual([]);
    t.clock.set('2026-11-25T10:00:00+07:00');
    expect(await t.ask('/homthu 2 Nguyễn Văn A, Trần Thị B')).toContain('Đã ghi biên bản mở hòm thư ngày 25/11/2026: 2 thư');
    expect(
      (await runReminders(deps(), at('2026-12-01T08:00:00+07:00'))).filter(
        (m) => m.chat === 'console:nhom-bvdk' && m.key.startsWith('box:'),
      ),
    ).toEqual([]);
    const due = (await runReminders(deps(), at('2026-12-02T08:00:00+07:00'))).filter(
      (m) => m.chat === 'console:nhom-bvdk' && m.key.startsWith('box:'),
    );
    expect(due[0]?.text).toContain('Đến lịch mở hòm thư góp ý (lần trước: 25/11/2026)');
  });

  it('gives each step once, however often the job runs', async () => {
    const first = tasksOnly(await runReminders(deps(), at('2026-12-09T08:00:00+07:00')));
    expect(first.length).toBeGreaterThan(0);
    expect(tasksOnly(await runReminders(deps(), at('2026-12-09T15:00:00+07:00')))).toEqual([]);
    expect(tasksOnly(await runReminders(deps(), at('2026-12-10T08:00:00+07:00')))).toEqual([]);
  });

  it('calls on the deputy while the focal point is on leave', async () => {
    await t.ask('/nghiphep đến 31/12');
    const messages = await runReminders(deps(), at('2026-12-09T08:00:00+07:00'));
    expect(to(messages, 'console:nhom-bvdk')[0]).toContain('Nhắc hạn, @pho-dau-moi:');
  });

  it('tells the unit leader on the day, and the leaders’ group the working day after', async () => {
    const onTheDay = await runReminders(deps(), at('2026-12-14T08:00:00+07:00'));
    const due = to(onTheDay, 'console:nhom-bvdk').join('\n');
    expect(due).toContain('Hôm nay là hạn chót, @lanh-dao-bvdk, @dau-moi:');
    const after = await runReminders(deps(), at('2026-12-15T08:00:00+07:00'));
    const leaders = to(after, 'console:nhom-lanh-dao-so').join('\n');
    expect(leaders).toContain('Báo cáo lãnh đạo Sở:');
    expect(leaders).toMatch(
      /Báo cáo tổng kết năm thực hiện kế hoạch — quá hạn 1 ngày \(hạn thứ Hai, 14\/12\/2026\): BVĐK tỉnh, .*CDC tỉnh/,
    );
  });

  it('keeps an escalation until the Department has a leaders’ group, then gives it there', async () => {
    const leadersGroup = 'console:nhom-lanh-dao-so';
    // A Department that has not set up its leaders' group yet (the demo's is made an ordinary group)
    expect(await t.ask('/dangky SYT-TCCB', { user: 'quan-tri', chat: leadersGroup })).toContain('Chuyển nhóm này sang');
    expect(await t.ask('có', { user: 'quan-tri', chat: leadersGroup })).toContain('Đã gắn nhóm này');
    const after = await runReminders(deps(), at('2026-12-15T08:00:00+07:00'));
    expect(after.filter((m) => m.key.startsWith('reminder:') && m.text.includes('Báo cáo lãnh đạo Sở'))).toEqual([]);
    expect(await t.ask('/dangky lãnh đạo', { user: 'quan-tri', chat: leadersGroup })).toContain('Chuyển nhóm này sang');
    expect(await t.ask('có', { user: 'quan-tri', chat: leadersGroup })).toContain('Đã đặt nhóm này làm nhóm lãnh đạo của Sở Y tế');
    const later = await runReminders(deps(), at('2026-12-16T08:00:00+07:00'));
    expect(to(later, leadersGroup).join('\n')).toMatch(/Báo cáo tổng kết năm thực hiện kế hoạch — quá hạn 2 ngày/);
  });

  it('leaves out what was reported done, and says nothing on a weekend', async () => {
    await t.ask('/baocao tong ket nam hoan thanh da gui bao cao');
    const messages = await runReminders(deps(), at('2026-12-09T08:00:00+07:00'));
    expect(to(messages, 'console:nhom-bvdk').join('\n')).not.toContain('Báo cáo tổng kết năm');
    expect(to(messages, 'console:nhom-cdc').join('\n')).toContain('Báo cáo tổng kết năm');
    expect(tasksOnly(await runReminders(deps(), at('2026-12-12T08:00:00+07:00')))).toEqual([]); // Saturday
  });

  it('escalates what is long overdue once, grouped by task with the late units', async () => {
    const messages = await runReminders(deps(), at('2026-11-24T08:00:00+07:00'));
    const leaders = to(messages, 'console:nhom-lanh-dao-so');
    expect(leaders).toHaveLength(1);
    expect(leaders[0]).toContain('quá hạn 15 ngày (hạn thứ Hai, 09/11/2026): BVĐK tỉnh, BV YDCT-PHCN');
  });

  it('follows the plan’s own ladder: earlier reminders, no escalation, back to the default', async () => {
    // by default, five working days before is too early
    expect(to(await runReminders(deps(), at('2026-12-07T08:00:00+07:00'), { dryRun: true }), 'console:nhom-bvdk').join('\n')).not.toContain(
      'Báo cáo tổng kết năm',
    );
    const set = await setPlanLadder(t.app.store, {
      planCode: 'danvan-2026',
      change: { beforeWorkingDays: 5, afterWorkingDays: null },
      actorId: null,
    });
    expect(set).toMatchObject({
      code: 'DANVAN-2026',
      own: true,
      ladder: { beforeWorkingDays: 5, onDueDate: true, afterWorkingDays: null },
    });
    expect(to(await runReminders(deps(), at('2026-12-07T08:00:00+07:00')), 'console:nhom-bvdk').join('\n')).toContain(
      'Báo cáo tổng kết năm thực hiện kế hoạch — hạn thứ Hai, 14/12/2026 (còn 7 ngày)',
    );
    // the unit leader is still told on the day; the Department leaders never
    expect(to(await runReminders(deps(), at('2026-12-14T08:00:00+07:00')), 'console:nhom-bvdk').join('\n')).toContain(
      'Hôm nay là hạn chót, @lanh-dao-bvdk',
    );
    expect(to(await runReminders(deps(), at('2026-12-15T08:00:00+07:00')), 'console:nhom-lanh-dao-so').join('\n')).not.toContain(
      'Báo cáo tổng kết năm',
    );
    expect(await setPlanLadder(t.app.store, { planCode: 'DANVAN-2026', change: { reset: true }, actorId: null })).toMatchObject({
      own: false,
      ladder: DEFAULT_REMINDER_LADDER,
    });
    expect((await planLadder(t.app.store, 'DANVAN-2026')).own).toBe(false);
    await expect(
      setPlanLadder(t.app.store, { planCode: 'KHONG-CO', change: { beforeWorkingDays: 2 }, actorId: null }),
    ).rejects.toMatchObject({ i18nKey: 'ladder-plan-not-found' });
    await expect(
      setPlanLadder(t.app.store, { planCode: 'DANVAN-2026', change: { beforeWorkingDays: 99 }, actorId: null }),
    ).rejects.toMatchObject({ i18nKey: 'ladder-out-of-range' });
  });

  it('a dry run shows the reminders without keeping them', async () => {
    const dry = await runReminders(deps(), at('2026-12-09T08:00:00+07:00'), { dryRun: true });
    expect(dry.some((m) => m.key.startsWith('box:'))).toBe(true);
    expect(dry.length).toBeGreaterThan(0);
    expect((await t.db.counts()).outbox).toBe(0);
    expect(await runReminders(deps(), at('2026-12-09T08:00:00+07:00'))).toHaveLength(dry.length);
  });

  it('opens the next period of a recurring task when the year turns', async () => {
    const before = (await t.db.counts()).occurrences ?? 0;
    expect(await materializeOccurrences(t.app.store, localDateOf(at('2026-12-31T08:00:00+07:00'), 'Asia/Ho_Chi_Minh'))).toBe(0);
    const created = await materializeOccurrences(t.app.store, '2027-01-04');
    expect(created).toBeGreaterThan(10);
    expect((await t.db.counts()).occurrences).toBe(before + created);
    expect(await materializeOccurrences(t.app.store, '2027-01-04')).toBe(0);
  });
});
