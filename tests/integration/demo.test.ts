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
  it('loads the Department, its units, one group per unit, the people and the five seed plans once', async () => {
    await t.db.reset();
    t.clock.set('2026-11-23T09:00:00+07:00');
    expect(await loadDemo(t.app.store, { clock: t.clock, timezone: 'Asia/Ho_Chi_Minh' })).toBe(true);
    expect(await loadDemo(t.app.store, { clock: t.clock, timezone: 'Asia/Ho_Chi_Minh' })).toBe(false);
    const counts = await t.db.counts();
    expect(counts.units).toBe(16);
    expect(counts.chats).toBe(17); // 16 unit groups and the leaders' group
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

  it('keeps each seed plan’s full text and the plan’s own words for each task', async () => {
    const tasks = await t.app.store.plans.openTasksForUnits([(await t.app.store.units.findByCode('CDC'))!.id]);
    expect(tasks.length).toBeGreaterThan(5);
    expect(tasks.some((task) => task.rule.kind === 'yearly')).toBe(true);
    expect(tasks.some((task) => task.rule.kind === 'unscheduled')).toBe(true);
  });
});
