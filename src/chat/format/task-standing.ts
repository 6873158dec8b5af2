import { formatDateVi, localDateOf } from '../../core/dates/local-date.js';
import type { TaskStanding } from '../../core/plans/task-standing.js';
import { taskCode } from '../../core/reports/task-ref.js';
import type { DueContext } from './due-lines.js';
import { describeDue, lastReportText, shorten } from './due-lines.js';

// A phone screen of units: the rest is in the plan's report (/xuatbaocao) and on the dashboard.
const MAX_OWING_SHOWN = 30;
const MAX_DONE_SHOWN = 40;

/**
 * Where a task stands, as a leader reads it: the units that still owe it, each with its deadline and its latest
 * report, then the units that have done it. `who` names the view when it holds nothing of the task.
 */
export function taskStandingText(
  ctx: DueContext & { chat: { timezone: string } },
  standing: TaskStanding,
  shortNames: ReadonlyMap<number, string>,
  who: string,
): string {
  const { t } = ctx;
  const code = taskCode(standing.taskId);
  const lines = [t('task-standing-head', { code, title: shorten(standing.title, 160) })];
  const name = (unitId: number, fallback: string) => shortNames.get(unitId) ?? fallback;
  if (standing.owing.length === 0 && standing.done.length === 0) return t('task-standing-not-assigned', { code, who });
  if (standing.owing.length > 0) {
    lines.push(t('task-standing-owing', { count: new Set(standing.owing.map((o) => o.unitId)).size }));
    for (const open of standing.owing.slice(0, MAX_OWING_SHOWN)) {
      const report = open.lastReport ? lastReportText(ctx, open.lastReport) : t('task-standing-no-report');
      lines.push(t('task-standing-owing-line', { unit: name(open.unitId, open.unitName), due: describeDue(ctx, open), report }));
    }
    if (standing.owing.length > MAX_OWING_SHOWN) lines.push(t('task-standing-more', { count: standing.owing.length - MAX_OWING_SHOWN }));
  }
  if (standing.done.length > 0) {
    const units = standing.done.slice(0, MAX_DONE_SHOWN).map((done) =>
      t('task-standing-done-unit', {
        unit: name(done.unitId, done.unitName),
        date: done.completedAt ? formatDateVi(localDateOf(done.completedAt, ctx.chat.timezone)) : '—',
        onTime: done.onTime === null ? 'unknown' : done.onTime ? 'yes' : 'no',
      }),
    );
    const more =
      standing.done.length > MAX_DONE_SHOWN ? [t('task-standing-done-more', { count: standing.done.length - MAX_DONE_SHOWN })] : [];
    lines.push(t('task-standing-done', { count: standing.done.length, units: [...units, ...more].join('; ') }));
  }
  return lines.join('\n');
}
