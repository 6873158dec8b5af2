import type { OpenTask } from '../../core/plans/plan.js';
import { taskCode } from '../../core/reports/task-ref.js';
import { type DueContext, describeDue, shorten } from './due-lines.js';

/** Lines per page of a leader's list: a phone screen or two. */
export const LEADER_PAGE_SIZE = 15;
/** Units named on one task's line; the rest are counted (the list by unit names every one). */
export const UNITS_PER_LINE = 12;

export type LeaderGrouping = 'task' | 'unit';

/** One line of a leader's list: a task with the units still owing it, or a unit with the tasks it owes. */
export interface LeaderLine {
  key: string;
  text: string;
}

/**
 * A leader's /quahan or /hanchot over many units: one line per task and due date, with the units still owing
 * it ("[NV7] Báo cáo sơ kết — quá hạn 3 ngày (hạn …) — còn 5 đơn vị: BVĐK tỉnh, CDC tỉnh, …"); or, grouped by
 * unit, one line per unit with what it owes. The order is the list's (longest overdue or soonest due first).
 */
export function leaderLines(
  ctx: DueContext,
  items: readonly OpenTask[],
  grouping: LeaderGrouping,
  /** the short names staff use ("BVĐK tỉnh"), by unit id */
  shortNames: ReadonlyMap<number, string>,
): LeaderLine[] {
  const unitLabel = (task: OpenTask) => shortNames.get(task.unitId) ?? task.unitName;
  const groups = new Map<string, OpenTask[]>();
  for (const item of items) {
    const key = grouping === 'task' ? `${item.taskId}:${item.dueDate ?? ''}` : String(item.unitId);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups].map(([key, group]) => {
    const first = group[0]!;
    if (grouping === 'task') {
      const named = group.slice(0, UNITS_PER_LINE).map(unitLabel).join(', ');
      const units =
        group.length > UNITS_PER_LINE ? ctx.t('leader-units-more', { units: named, count: group.length - UNITS_PER_LINE }) : named;
      return {
        key,
        text: ctx.t('leader-line-task', {
          code: taskCode(first.taskId),
          title: shorten(first.title, 90),
          due: describeDue(ctx, first),
          count: group.length,
          units,
        }),
      };
    }
    const tasks = group.map((task) => `[${taskCode(task.taskId)}] ${describeDue(ctx, task)}`).join('; ');
    return { key, text: ctx.t('leader-line-unit', { unit: unitLabel(first), count: group.length, tasks }) };
  });
}
