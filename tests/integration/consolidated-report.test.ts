import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ConsolidatedReport, type ConsolidatedRow, buildConsolidatedReport } from '../../src/core/reports/consolidated-report.js';
import { leaderChartData } from '../../src/core/reports/leader-chart-data.js';
import { planGrid } from '../../src/core/reports/plan-grid.js';
import { reportPeriod } from '../../src/core/reports/report-period.js';
import { parseReportRequest } from '../../src/core/reports/report-request.js';
import { totalsOf } from '../../src/core/reports/status-bucket.js';
import { BUTTON_CAPABILITIES, startTestApp, type TestApp } from '../support/test-app.js';

// Monday 23/11/2026 in Việt Nam. The demo dates KH20-2026's one-off tasks around this day: NV1 was due
// 13/11 (CDC finished it on 11/11, BVDK reported 70%), NV2 is due 13/12, NV3 28/11, NV5 on Friday 27/11.
const AT = '2026-11-23T09:00:00+07:00';
const TODAY = '2026-11-23';
const TZ = 'Asia/Ho_Chi_Minh';
const YEAR_2026 = reportPeriod('year', 2026);
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ at: AT });
});
afterAll(() => t.close());
beforeEach(async () => {
  t.clock.set(AT);
  await t.resetDemo({ timezone: TZ });
});

const build = async (input: { planCode?: string | null; planId?: number; period?: ReturnType<typeof reportPeriod> }) =>
  buildConsolidatedReport(t.app.store, {
    period: YEAR_2026,
    today: TODAY,
    timezone: TZ,
    calendar: await t.app.calendar.current(),
    ...input,
  });

function rowOf(report: ConsolidatedReport, unitCode: string, titleStart: string): ConsolidatedRow {
  const section = report.units.find((s) => s.unit.code === unitCode);
  const row = section?.rows.find((r) => r.title.startsWith(titleStart));
  if (!row) throw new Error(`no row "${titleStart}" for ${unitCode}`);
  return row;
}

describe('buildConsolidatedReport on the demo', () => {
  it('gives KH20-2026 for 2026: the plan, the Department, the units in tree order, one row per task × unit, totals', async () => {
    const report = await build({ planCode: 'KH20-2026' });
    expect(report.plan).toMatchObject({
      symbol: '20/KH-SYT',
      code: 'KH20-2026',
      year: 2026,
      issuedOn: '2026-02-07',
      issuer: 'Sở Y tế tỉnh Lai Châu',
    });
    expect(report.period).toEqual({ length: 'year', year: 2026, number: 1, from: '2026-01-01', to: '2026-12-31' });
    expect(report.department).toMatchObject({ code: 'SYT', name: 'Sở Y tế tỉnh Lai Châu' });
    // the demo's one Department leader, who signs the Word draft unless REPORT_SIGNER_NAME says otherwise
    expect(report.departmentLeader).toBe('Lò Văn Thắng');
    expect(report.units.map((s) => s.unit.code)).toEqual(['SYT-KHTC', 'BVDK', 'BVYHCT', 'BVPHOI', 'CDC', 'TTYT-TD', 'TTYT-PT', 'TTYT-SH']);
    expect(report.taskCount).toBe(5);

    const bvdk = report.units.find((s) => s.unit.code === 'BVDK')!;
    expect(bvdk.rows.map((r) => [r.dueDate, r.bucket])).toEqual([
      ['2026-11-13', 'open_overdue'],
      ['2026-12-13', 'open_on_time'],
      ['2026-11-27', 'open_on_time'],
    ]);
    const overdue = bvdk.rows[0]!;
    expect(overdue.taskCode).toBe(`NV${overdue.taskId}`);
    expect(overdue).toMatchObject({
      daysLate: 10,
      evidenceCount: 0,
      latestReport: { percent: 70, status: 'in_progress', on: '2026-11-17' },
    });

    expect(rowOf(report, 'CDC', 'Rà soát')).toMatchObject({ bucket: 'done_on_time', completedOn: '2026-11-11', daysLate: null });
    expect(rowOf(report, 'CDC', 'Xây dựng kế hoạch truyền thông')).toMatchObject({ bucket: 'open_on_time', dueDate: '2026-11-28' });
    expect(rowOf(report, 'SYT-KHTC', 'Hướng dẫn')).toMatchObject({ bucket: 'no_deadline', dueDate: null, period: 'ongoing' });

    expect(report.totals).toEqual({
      doneOnTime: 1,
      doneLate: 0,
      openOnTime: 14,
      openOverdue: 6,
      noDeadline: 1,
      total: 22,
      onTimeRate: 1 / 7,
    });
    expect(report.units.find((s) => s.unit.code === 'CDC')!.totals).toMatchObject({
      doneOnTime: 1,
      openOnTime: 2,
      total: 3,
      onTimeRate: 1,
    });
    expect(report.units.find((s) => s.unit.code === 'SYT-KHTC')!.totals).toMatchObject({ noDeadline: 1, total: 1, onTimeRate: null });
  });

  it('counts a last day on a Sunday as the law does: it ends with Monday, late from Tuesday (Đ.148 k.5)', async () => {
    // BVĐK's row whose last day is Sunday 13/12/2026 can be handed in up to the end of Monday 14/12.
    // Before the change: overdue 1 day on Saturday 12/12, 4 days on Tuesday 15/12.
    const calendar = await t.app.calendar.current();
    const on = (today: string) =>
      buildConsolidatedReport(t.app.store, { planCode: 'KH20-2026', period: YEAR_2026, today, timezone: TZ, calendar });
    const row = async (today: string) =>
      (await on(today)).units.find((s) => s.unit.code === 'BVDK')!.rows.find((r) => r.dueDate === '2026-12-13')!;
    expect(await row('2026-12-11')).toMatchObject({ bucket: 'open_on_time', daysLate: null, daysLeft: 3 });
    expect(await row('2026-12-12')).toMatchObject({ bucket: 'open_on_time', daysLate: null, daysLeft: 2 });
    expect(await row('2026-12-14')).toMatchObject({ bucket: 'open_on_time', daysLate: null, daysLeft: 0 });
    expect(await row('2026-12-15')).toMatchObject({ bucket: 'open_overdue', daysLate: 1, daysLeft: null });
    expect(await row('2026-12-18')).toMatchObject({ bucket: 'open_overdue', daysLate: 4 });
    expect((await row('2026-12-12')).deadline).toEqual({ stated: '2026-12-13', effective: '2026-12-14', reason: { kind: 'weekend' } });
  });

  it('follows the reports sent with /baocao: a late completion, progress with evidence, and not a withdrawn report', async () => {
    const before = await build({ planCode: 'KH20-2026' });
    const nv1 = rowOf(before, 'BVDK', 'Rà soát').taskCode;
    const nv2 = rowOf(before, 'BVDK', 'Thành lập Tổ công tác').taskCode;
    const nv5 = rowOf(before, 'BVDK', 'Sơ kết').taskCode;

    expect(await t.ask(`/baocao ${nv1} hoàn thành Đã ban hành quy chế hoạt động của Ban Chỉ đạo`)).toContain('hoàn thành trễ 10 ngày');
    const withFiles = await t.say(`/baocao ${nv5} 50% đang tổng hợp số liệu các khoa`, {
      attachments: [
        { kind: 'photo', fileId: 'photo-1', name: null },
        { kind: 'document', fileId: 'doc-1', name: 'so-lieu.xlsx' },
      ],
      capabilities: BUTTON_CAPABILITIES,
      botUsername: null,
    });
    expect(withFiles.reply?.text).toContain('Đã ghi nhận');
    expect(await t.ask(`/baocao ${nv2} 30% đã dự thảo quyết định thành lập tổ`)).toContain('Đã ghi nhận');
    t.clock.advance(60_000);
    expect(await t.ask(`/baocao ${nv2} 60% đã trình ký quyết định`)).toContain('Đã ghi nhận');
    expect(await t.ask('/baocao rut')).toContain('Rút lại báo cáo gần nhất của bạn');
    expect(await t.ask('có')).toContain('Đã rút lại báo cáo');

    const after = await build({ planCode: 'KH20-2026' });
    expect(rowOf(after, 'BVDK', 'Rà soát')).toMatchObject({
      bucket: 'done_late',
      completedOn: TODAY,
      daysLate: 10,
      latestReport: { percent: 100, status: 'done', text: 'Đã ban hành quy chế hoạt động của Ban Chỉ đạo', on: TODAY },
    });
    expect(rowOf(after, 'BVDK', 'Sơ kết')).toMatchObject({
      bucket: 'open_on_time',
      evidenceCount: 2,
      latestReport: { percent: 50, text: 'đang tổng hợp số liệu các khoa' },
    });
    // the files themselves, for the spreadsheet to say what and where they are
    expect(rowOf(after, 'BVDK', 'Sơ kết').evidence).toEqual([
      expect.objectContaining({ platform: 'console', kind: 'photo', fileId: 'photo-1' }),
      expect.objectContaining({ platform: 'console', kind: 'document', fileId: 'doc-1', name: 'so-lieu.xlsx' }),
    ]);
    expect(rowOf(after, 'BVDK', 'Rà soát').evidence).toEqual([]);
    expect(rowOf(after, 'BVDK', 'Thành lập Tổ công tác').latestReport).toMatchObject({
      percent: 30,
      text: 'đã dự thảo quyết định thành lập tổ',
    });
    expect(after.units.find((s) => s.unit.code === 'BVDK')!.totals).toMatchObject({
      doneLate: 1,
      openOnTime: 2,
      openOverdue: 0,
      onTimeRate: 0,
    });
    // the late completion is done, but not on time: 1 on time of 1 + 1 late + 5 overdue
    expect(after.totals).toMatchObject({ doneOnTime: 1, doneLate: 1, openOverdue: 5, onTimeRate: 1 / 7 });
  });

  it('keeps the occurrences due in the period and the undated ones', async () => {
    const december = await build({ planCode: 'KH20-2026', period: reportPeriod('month', 2026, 12) });
    expect(new Set(december.units.flatMap((s) => s.rows.map((r) => r.dueDate)))).toEqual(new Set(['2026-12-13', null]));
    expect(december.totals).toMatchObject({ openOnTime: 6, noDeadline: 1, total: 7 });

    // QTUX-2026 in the first quarter: the drive of 27 February (three units finished it on the day) and the undated tasks
    const q1 = await build({ planCode: 'QTUX-2026', period: reportPeriod('quarter', 2026, 1) });
    const dated = q1.units.flatMap((s) => s.rows).filter((r) => r.dueDate !== null);
    expect(new Set(dated.map((r) => r.dueDate))).toEqual(new Set(['2026-02-27']));
    expect(dated.filter((r) => r.bucket === 'done_on_time').length).toBe(3);
    expect(q1.totals).toMatchObject({ doneOnTime: 3, openOverdue: 4, noDeadline: 8, onTimeRate: 3 / 7 });
    expect(q1.units[0]!.unit.code).toBe('SYT-TCCB');

    const empty = await build({ planCode: 'KH20-2026', period: reportPeriod('month', 2026, 3) });
    expect(empty.totals).toMatchObject({ total: 1, noDeadline: 1 });
  });

  it.each(['KH20-2026', 'kh20-2026', 'kh20 2026', '20/KH-SYT', '20/kh-syt'])('finds KH20-2026 when typed "%s"', async (typed) => {
    expect((await build({ planCode: typed })).plan.code).toBe('KH20-2026');
  });

  it('reads what a leader types after /xuatbaocao', async () => {
    const request = parseReportRequest(['qtux-2026', 'quý', 'IV/2026'], TODAY);
    const report = await buildConsolidatedReport(t.app.store, {
      planCode: request.planRef,
      period: request.period,
      today: TODAY,
      timezone: TZ,
      calendar: await t.app.calendar.current(),
    });
    expect(report.plan.code).toBe('QTUX-2026');
    expect(report.period).toMatchObject({ from: '2026-10-01', to: '2026-12-31' });
    expect(rowOf(report, 'BVDK', 'Báo cáo sơ kết, tổng kết')).toMatchObject({ dueDate: '2026-11-19', bucket: 'open_overdue', daysLate: 4 });
  });

  it('refuses an unknown plan, and asks which plan when several have open work', async () => {
    await expect(build({ planCode: 'KH99-2099' })).rejects.toMatchObject({
      code: 'consolidated.unknown_plan',
      i18nKey: 'consolidated-unknown-plan',
      params: { written: 'KH99-2099', plans: 'KH20-2026, DANVAN-2026, CT30-2026, QTUX-2026, CCHC-2026' },
    });
    await expect(build({ planId: 9999 })).rejects.toMatchObject({ i18nKey: 'consolidated-unknown-plan' });
    await expect(build({})).rejects.toMatchObject({
      code: 'consolidated.plan_required',
      params: { plans: 'KH20-2026, DANVAN-2026, CT30-2026, QTUX-2026, CCHC-2026' },
    });
  });

  it('settles a number used by two plans with the year asked for', async () => {
    await t.app.store.plans.createPlan({
      symbol: '20/KH-SYT',
      code: 'KH20-2027',
      title: 'Kế hoạch khác năm 2027',
      shortTitle: null,
      issuer: null,
      issuedOn: null,
      year: 2027,
      sourceText: null,
    });
    expect((await build({ planCode: '20/KH-SYT' })).plan.code).toBe('KH20-2026');
    expect((await build({ planCode: '20/KH-SYT', period: reportPeriod('year', 2027) })).plan.code).toBe('KH20-2027');
    await expect(build({ planCode: '20/KH-SYT', period: reportPeriod('year', 2025) })).rejects.toMatchObject({
      code: 'consolidated.ambiguous_plan',
      params: { plans: 'KH20-2026, KH20-2027' },
    });
  });
  it('reads a large Department a slice of units at a time and still lists every unit once, in tree order', async () => {
    const store = t.app.store;
    const plan = (await store.plans.planHeads()).find((head) => head.code === 'KH20-2026')!;
    const open = await store.plans.openOccurrences({ unitIds: null });
    const task = open.find((occurrence) => occurrence.planLabel === plan.symbol)!.taskId;
    // 60 more health centres under the Department: with the demo's units, several slices
    const added: string[] = [];
    for (let n = 1; n <= 60; n += 1) {
      const code = `TTYT-X${String(n).padStart(2, '0')}`;
      const unit = await store.units.insert({ code, name: `Trung tâm Y tế số ${n}`, kind: 'health_center', parentCode: 'SYT' });
      const assignment = await store.plans.assign(task, unit.id);
      await store.plans.ensureOccurrence(assignment, '2026', '2026-12-15');
      added.push(code);
    }
    const report = await build({ planId: plan.id });
    const codes = report.units.map((section) => section.unit.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual(expect.arrayContaining([...added, 'BVDK', 'CDC', 'TTYT-SH']));
    // tree order: a unit's children follow it, and the new centres come in their own order
    expect(codes.filter((code) => code.startsWith('TTYT-X'))).toEqual(added);
    for (const code of added) expect(report.units.find((section) => section.unit.code === code)!.rows).toHaveLength(1);
    expect(report.totals.total).toBe(report.units.reduce((sum, section) => sum + section.rows.length, 0));
  });
});

describe('buildConsolidatedReport without a plan named', () => {
  it('takes the only plan with open work, and asks when none has any', async () => {
    await t.db.reset();
    const store = t.app.store;
    const root = await store.units.insert({ code: 'SYT', name: 'Sở Y tế tỉnh Điện Biên', kind: 'department' });
    const hospital = await store.units.insert({ code: 'BV', name: 'Bệnh viện tỉnh', kind: 'hospital', parentCode: 'SYT' });
    const plan = (code: string) =>
      store.plans.createPlan({
        symbol: null,
        code,
        title: `Kế hoạch ${code}`,
        shortTitle: null,
        issuer: null,
        issuedOn: null,
        year: 2026,
        sourceText: null,
      });
    const quiet = await plan('XONG-2026');
    const busy = await plan('DANGLAM-2026');
    for (const [planId, due] of [
      [quiet, '2026-03-01'],
      [busy, '2026-12-01'],
    ] as const) {
      const taskId = await store.plans.createTask({
        planId,
        title: 'Báo cáo',
        rule: { kind: 'once', due, inclusive: true, precision: 'day' },
        recipient: null,
        sourcePhrase: null,
        position: 0,
      });
      const occurrenceId = await store.plans.ensureOccurrence(await store.plans.assign(taskId, hospital.id), 'once', due);
      if (planId === quiet)
        await store.reports.add({
          occurrenceId,
          reporterId: null,
          percent: 100,
          status: 'done',
          text: 'xong',
          sourceMessageId: null,
          onTime: true,
        });
    }
    const report = await build({});
    expect(report.plan.code).toBe('DANGLAM-2026');
    expect(report.department?.id).toBe(root.id);
    expect(report.departmentLeader).toBeNull(); // nobody holds the role: the Word draft leaves a line for the name
    expect(report.units.map((s) => s.unit.code)).toEqual(['BV']);

    const [occurrence] = await store.plans.openOccurrences({ unitIds: [hospital.id] });
    await store.reports.add({
      occurrenceId: occurrence!.occurrenceId,
      reporterId: null,
      percent: 100,
      status: 'done',
      text: 'xong',
      sourceMessageId: null,
      onTime: true,
    });
    await expect(build({})).rejects.toMatchObject({ code: 'consolidated.plan_required', params: { plans: 'XONG-2026, DANGLAM-2026' } });
  });

  it('says there is nothing to report on in an empty database', async () => {
    await t.db.reset();
    await expect(build({})).rejects.toMatchObject({ code: 'consolidated.no_plans', i18nKey: 'consolidated-no-plans' });
  });
});

describe('leaderChartData', () => {
  it('a Sunday last day ends with Monday (Đ.148 k.5): on time on Saturday and Monday, overdue on Tuesday; bars and trend agree', async () => {
    // BVĐK's task whose last day is Sunday 13/12
    const calendar = await t.app.calendar.current();
    const bvdk = (data: Awaited<ReturnType<typeof leaderChartData>>) => data.completion.find((u) => u.unit === 'BVĐK tỉnh')!;
    const on = (today: string) => leaderChartData(t.app.store, { today, timezone: TZ, topUnits: 50, calendar });
    const [saturday, monday, tuesday] = await Promise.all([on('2026-12-12'), on('2026-12-14'), on('2026-12-15')]);
    expect(bvdk(monday).openOverdue).toBe(bvdk(saturday).openOverdue);
    // the Sunday one and the one due on Monday itself
    expect(bvdk(tuesday).openOverdue).toBe(bvdk(monday).openOverdue + 2);
    for (const data of [saturday, monday, tuesday]) {
      const bars = data.completion.reduce((sum, unit) => sum + unit.openOverdue, 0);
      expect(data.overdueTrend.at(-1)!.overdue).toBe(bars);
    }
  });

  it('counts completion per unit, the most overdue first, and the overdue trend of the last weeks', async () => {
    const data = await leaderChartData(t.app.store, { today: TODAY, timezone: TZ, weeks: 8, topUnits: 12 });
    expect(data.asOf).toBe(TODAY);
    // twelve months back, as the leaders' digest counts
    expect(data.since).toBe('2025-11-24');
    expect(data.overdueTrend.map((p) => p.weekLabel)).toEqual(['05/10', '12/10', '19/10', '26/10', '02/11', '09/11', '16/11', '23/11']);
    // 09/11: the 6-month review (due 14/06) and the Physicians' Day drive (27/02), four units each; by 16/11
    // KH20's NV1 (13/11) and CT30 (09/11) have joined them; by today QTUX's report (19/11) and DANVAN's plan (20/11).
    expect(data.overdueTrend.map((p) => p.overdue)).toEqual([8, 8, 8, 8, 8, 8, 20, 34]);
    expect(data.completion.map((u) => u.unit)).toEqual([
      'BV Phổi',
      'TTYT Phong Thổ',
      'TTYT Sìn Hồ',
      'BV YDCT-PHCN',
      'TTYT Tam Đường',
      'BVĐK tỉnh',
      'CDC tỉnh',
    ]);
    expect(data.completion.find((u) => u.unit === 'CDC tỉnh')).toMatchObject({ doneOnTime: 4, doneLate: 0, openOnTime: 5, openOverdue: 2 });
    // every open overdue occurrence is in a unit's bar, so the bars add up to today's point of the trend
    expect(data.completion.reduce((sum, u) => sum + u.openOverdue, 0)).toBe(34);
    expect(data.otherUnits).toBe(0);
  });

  it('keeps a completion after a past week out of that week, and shows the top units only', async () => {
    const report = await build({ planCode: 'KH20-2026' });
    const nv1 = rowOf(report, 'BVDK', 'Rà soát').taskCode;
    expect(await t.ask(`/baocao ${nv1} hoàn thành Đã ban hành quy chế`)).toContain('trễ 10 ngày');
    const data = await leaderChartData(t.app.store, { today: TODAY, timezone: TZ, weeks: 3, topUnits: 3 });
    // still overdue at the end of 16/11, no longer today
    expect(data.overdueTrend.map((p) => [p.weekEnding, p.overdue])).toEqual([
      ['2026-11-09', 8],
      ['2026-11-16', 20],
      ['2026-11-23', 33],
    ]);
    expect(data.completion).toHaveLength(3);
    expect(data.otherUnits).toBe(4);
    const all = await leaderChartData(t.app.store, { today: TODAY, timezone: TZ });
    expect(all.completion.find((u) => u.unit === 'BVĐK tỉnh')).toMatchObject({ doneOnTime: 2, doneLate: 1, openOverdue: 3 });
  });
});

describe('the plan grid counts as the consolidated report does', () => {
  // The grid shows 40 units a page and counts its totals in the database (planGridFacts); the report reads
  // every row. Both must give each unit, each task and the plan the same buckets, on any day.
  const sameTotals = async (today: string, period = YEAR_2026) => {
    const calendar = await t.app.calendar.current();
    const input = { period, today, timezone: TZ, calendar };
    const report = await buildConsolidatedReport(t.app.store, { planCode: 'KH20-2026', ...input });
    const grid = await planGrid(t.app.store, { planCode: 'KH20-2026', ...input, unitIds: null, unitKind: null, overdueOnly: false });
    expect(grid.totals).toEqual(report.totals);
    expect(grid.rows.map((row) => [row.unit.code, row.totals])).toEqual(report.units.map((s) => [s.unit.code, s.totals]));
    const rows = report.units.flatMap((s) => s.rows);
    expect(grid.tasks.map((task) => [task.taskCode, task.totals])).toEqual(
      [...new Set(rows.map((row) => row.taskCode))].sort().map((code) => [code, totalsOf(rows.filter((row) => row.taskCode === code))]),
    );
    // each cell is the report's row for it, its state without the report's text and files (on the cell's own page)
    const stateOf = (r: ConsolidatedRow) => ({ ...r, latestReport: null, evidenceCount: 0, evidence: [] });
    for (const row of grid.rows)
      for (const [taskId, cell] of row.cells)
        expect(cell).toEqual(
          report.units
            .find((s) => s.unit.id === row.unit.id)!
            .rows.filter((r) => r.taskId === taskId)
            .map(stateOf),
        );
    const overdue = await planGrid(t.app.store, { planCode: 'KH20-2026', ...input, unitIds: null, unitKind: null, overdueOnly: true });
    const late = report.units.filter((s) => s.totals.openOverdue > 0);
    expect(overdue.rows.map((row) => row.unit.code)).toEqual(late.map((s) => s.unit.code));
    expect(overdue.totals).toEqual(totalsOf(late.flatMap((s) => s.rows)));
    return grid;
  };

  it('on the days around a Sunday last day, after reports on time, late and on a Saturday', async () => {
    const before = await build({ planCode: 'KH20-2026' });
    const nv1 = rowOf(before, 'BVDK', 'Rà soát').taskCode;
    const nv2 = rowOf(before, 'BVDK', 'Thành lập Tổ công tác').taskCode;
    expect(await t.ask(`/baocao ${nv1} hoàn thành đã ban hành quy chế`)).toContain('hoàn thành trễ 10 ngày');
    // Saturday 12/12 for the last day Sunday 13/12: on time
    t.clock.set('2026-12-12T10:00:00+07:00');
    expect(await t.ask(`/baocao ${nv2} xong đã có quyết định thành lập tổ`)).toContain('Đã ghi nhận');
    for (const today of ['2026-11-23', '2026-12-12', '2026-12-14', '2026-12-15', '2027-01-04']) await sameTotals(today);
    const grid = await sameTotals('2026-12-15', reportPeriod('quarter', 2026, 4));
    expect(grid.totals.openOverdue).toBeGreaterThan(0);
  });
});
