import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, isoWeekday, localDateOf, startOfIsoWeek } from '../../src/core/dates/local-date.js';
import { deadlineStatus } from '../../src/core/deadlines/deadline.js';
import { loadDemo } from '../../src/demo/load-demo.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ demo: false });
});
afterAll(() => t.close());

describe('demo data', () => {
  it('loads the Department, its units, one group per unit, the people and its five plans once', async () => {
    await t.db.reset();
    t.clock.set('2026-11-23T09:00:00+07:00');
    expect(await loadDemo(t.app.store, { clock: t.clock, timezone: 'Asia/Ho_Chi_Minh' })).toBe(true);
    expect(await loadDemo(t.app.store, { clock: t.clock, timezone: 'Asia/Ho_Chi_Minh' })).toBe(false);
    const counts = await t.db.counts();
    // the Sở, its five offices (Văn phòng Sở, TCCB, KH-TC, Nghiệp vụ Y, Thanh tra Sở), 7 units reporting to it, 5 communes
    expect(counts.units).toBe(18);
    expect(counts.chats).toBe(19); // 18 unit groups and the leaders' group
    expect(counts.plans).toBe(5);
    expect(counts.tasks).toBe(17);
    const tamDuong = await t.app.store.units.findByCode('TYT-BINHLU');
    expect(await t.app.store.units.ancestorIds(tamDuong!.id)).toHaveLength(3);
    expect((await t.app.store.chats.get('console:nhom-bvdk'))?.unitId).toBe((await t.app.store.units.findByCode('BVDK'))?.id);
    expect((await t.app.store.chats.get('console:nhom-lanh-dao-so'))?.isLeadersChat).toBe(true);
  });

  // Whatever day someone tries the demo, the focal point sees overdue, this week's and later deadlines.
  it.each(['2026-11-23T09:00:00+07:00', '2027-03-10T15:00:00+07:00', '2026-06-14T08:00:00+07:00', '2027-01-02T10:00:00+07:00'])(
    'on %s shows overdue, due-this-week and upcoming tasks',
    async (at) => {
      await t.db.reset();
      t.clock.set(at);
      await loadDemo(t.app.store, { clock: t.clock, timezone: 'Asia/Ho_Chi_Minh' });
      const today = localDateOf(t.clock.now(), 'Asia/Ho_Chi_Minh');
      const weekEnd = addDays(startOfIsoWeek(today), 6);
      const bvdk = await t.app.store.units.findByCode('BVDK');
      const tasks = await t.app.store.plans.openTasksForUnits([bvdk!.id]);
      const calendar = await t.app.calendar.current();
      const states = tasks.map((task) => ({ task, state: deadlineStatus({ dueDate: task.dueDate }, today, calendar).state }));
      expect(states.some(({ state }) => state.kind === 'overdue')).toBe(true);
      expect(states.some(({ task, state }) => state.kind !== 'overdue' && task.dueDate !== null && task.dueDate <= weekEnd)).toBe(true);
      expect(states.some(({ task }) => task.dueDate !== null && task.dueDate > weekEnd)).toBe(true);
      expect(states.some(({ state }) => state.kind === 'none')).toBe(true);
      // this week's deadline lands on a working day unless the week is already over
      const thisWeek = states.find(({ task, state }) => state.kind !== 'overdue' && task.dueDate && task.dueDate <= weekEnd);
      if (isoWeekday(today) <= 5) expect(isoWeekday(thisWeek!.task.dueDate!)).toBeLessThanOrEqual(5);
    },
  );

  it('names the offices plans usually name, as offices of the Sở that do not report to it', async () => {
    const offices = (await t.app.store.units.list()).filter((unit) => unit.kind === 'department_office').map((unit) => unit.name);
    expect(offices.sort()).toEqual(
      [
        'Phòng Kế hoạch - Tài chính - Sở Y tế',
        'Phòng Nghiệp vụ Y - Sở Y tế',
        'Phòng Tổ chức cán bộ - Sở Y tế',
        'Thanh tra Sở Y tế',
        'Văn phòng Sở Y tế',
      ].sort(),
    );
  });

  // A Department trying the demo sees its own province's plans of this year, said to be examples.
  it.each(['2026-11-23T09:00:00+07:00', '2028-01-02T10:00:00+07:00'])(
    'on %s, every plan is the demo Sở’s own, of the current year, labelled as an example',
    async (at) => {
      await t.db.reset();
      t.clock.set(at);
      await loadDemo(t.app.store, { clock: t.clock, timezone: 'Asia/Ho_Chi_Minh' });
      const year = Number(at.slice(0, 4));
      const list = await t.ask('/kehoach', { user: 'quan-tri', kind: 'private' });
      const lines = list.split('\n').filter((line) => line.startsWith('• '));
      expect(lines).toHaveLength(5);
      // "(ví dụ)" on the short title every list and task line carries; the full title says what it is
      for (const line of lines) expect(line).toContain('(ví dụ)');
      const plans = await t.app.store.plans.planSummaries();
      const OTHER_PROVINCES = /Hà Nội|Ha Noi|Khánh Hòa|Khánh Hoà|Đắk Nông|Đăk Nông|Thủ đô/u;
      for (const plan of plans) {
        expect(plan.issuer).toBe('Sở Y tế tỉnh Lai Châu');
        expect(plan.year).toBe(year);
        if (plan.issuedOn) expect(plan.issuedOn.startsWith(String(year))).toBe(true);
        const shown = await t.ask(`/kehoach ${plan.code}`, { user: 'quan-tri', kind: 'private' });
        const title = shown.split('\n')[0]!;
        for (const text of [title, plan.title, plan.shortTitle ?? '', plan.code ?? '']) {
          expect(text).not.toMatch(OTHER_PROVINCES);
          // no year but this one in what /kehoach shows of a plan: code, title, short title
          for (const written of text.match(/\b(?:19|20)\d{2}\b/g) ?? []) expect(Number(written)).toBe(year);
        }
      }
      expect(list).not.toMatch(OTHER_PROVINCES);
      for (const written of list.match(/\b(?:19|20)\d{2}\b/g) ?? []) expect(Number(written)).toBe(year);
      // the texts kept with the plans: no other province, no placeholder left, this year's schedule
      const result = await t.db.db.execute(sql.raw('select source_text from plans'));
      const texts = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<{ source_text: string }>;
      expect(texts).toHaveLength(5);
      for (const { source_text: text } of texts) {
        expect(text).not.toMatch(OTHER_PROVINCES);
        expect(text).not.toContain('{{');
        expect(text).toContain(`năm ${year}`);
        expect(text).toContain('Ví dụ phỏng theo kế hoạch thực tế');
      }
    },
  );

  it('keeps each seed plan’s full text and the plan’s own words for each task', async () => {
    const tasks = await t.app.store.plans.openTasksForUnits([(await t.app.store.units.findByCode('CDC'))!.id]);
    expect(tasks.length).toBeGreaterThan(5);
    expect(tasks.some((task) => task.rule.kind === 'yearly')).toBe(true);
    expect(tasks.some((task) => task.rule.kind === 'unscheduled')).toBe(true);
  });
});
