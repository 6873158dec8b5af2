import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { type LocalDate, formatDateVi } from '../dates/local-date.js';
import { effectiveDeadline } from '../deadlines/deadline.js';
import type { DeadlineRule } from '../deadlines/deadline-rule.js';
import { describeRule } from '../deadlines/describe-rule.js';
import type { OutboxMessage } from '../outbox/outbox.js';
import { taskCode } from '../reports/task-ref.js';
import type { Repositories } from '../store.js';
import type { Translate } from '../text/translate.js';

/** A task newly given to a unit, with the first occurrence it opened. */
export interface NewTaskAssignment {
  taskId: number;
  unitId: number;
  title: string;
  /** the stated last day of its first occurrence; null for a task with no date */
  dueDate: LocalDate | null;
  rule: DeadlineRule;
}

// a group message stays readable: the first tasks, then how many more (/nhiemvu lists them all)
const LISTED = 20;

/**
 * Tells each unit's groups of the tasks just given to it (issue 18 item 7): one message per unit and group,
 * listing its new tasks with their first (effective) deadlines and how to report on them. Queued through the
 * outbox in the caller's transaction, so that nothing is said of a change that was undone. Returns how many
 * messages were queued.
 */
export async function queueNewTaskNotices(
  tx: Repositories,
  added: readonly NewTaskAssignment[],
  options: { key: string; calendar: WorkingCalendar; translatorFor(locale: string | null): Translate; planLabel?: string },
): Promise<number> {
  const byUnit = new Map<number, NewTaskAssignment[]>();
  for (const item of added) byUnit.set(item.unitId, [...(byUnit.get(item.unitId) ?? []), item]);
  const messages: OutboxMessage[] = [];
  for (const [unitId, items] of byUnit) {
    const groups = (await tx.chats.listByUnit(unitId)).filter((chat) => chat.kind === 'group' && !chat.isLeadersChat && chat.active);
    if (groups.length === 0) continue;
    const unit = await tx.units.findById(unitId);
    const sorted = [...items].sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.taskId - b.taskId);
    for (const chat of groups) {
      const t = options.translatorFor(chat.locale);
      const lines = [
        options.planLabel
          ? t('plan-new-tasks-head-plan', { unit: unit?.name ?? '', count: items.length, plan: options.planLabel })
          : t('plan-new-tasks-head', { unit: unit?.name ?? '', count: items.length }),
        ...sorted.slice(0, LISTED).map((item) =>
          t('plan-new-tasks-line', {
            code: taskCode(item.taskId),
            title: item.title,
            due: item.dueDate ? formatDateVi(effectiveDeadline(item.dueDate, options.calendar).effective) : describeRule(t, item.rule),
          }),
        ),
      ];
      if (sorted.length > LISTED) lines.push(t('plan-new-tasks-more', { count: sorted.length - LISTED }));
      lines.push(t('plan-new-tasks-how', { code: taskCode(sorted[0]!.taskId) }));
      messages.push({ key: `new-tasks:${options.key}:${unitId}:${chat.ref}`, chat: chat.ref, text: lines.join('\n') });
    }
  }
  return messages.length === 0 ? 0 : tx.outbox.enqueue(messages);
}
