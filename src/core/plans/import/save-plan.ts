import type { WorkingCalendar } from '../../calendar/working-calendar.js';
import { type LocalDate, localDate } from '../../dates/local-date.js';
import type { DeadlineRule } from '../../deadlines/deadline-rule.js';
import { currentOccurrence, nextDueDates, type OccurrenceSlot } from '../../deadlines/occurrence.js';
import { DomainError } from '../../errors.js';
import type { Repositories, Store } from '../../store.js';
import type { Translate } from '../../text/translate.js';
import { type NewTaskAssignment, queueNewTaskNotices } from '../new-task-notices.js';
import { taskCode, taskCodeSpan } from '../../reports/task-ref.js';
import type { PlanProposal } from './propose-plan.js';

export interface SavedPlan {
  planId: number;
  code: string;
  tasks: number;
  /** the saved tasks' numbers (their NV codes), in the proposal's order */
  taskIds: number[];
  assignments: number;
}

/** What the message saying a plan was saved names: the codes its tasks are known by from now on among them. */
export const savedPlanMessage = (saved: SavedPlan) => ({
  code: saved.code,
  tasks: saved.tasks,
  assignments: saved.assignments,
  codes: taskCodeSpan(saved.taskIds),
  first: taskCode(saved.taskIds[0] ?? 0),
});

/**
 * The occurrence a newly imported task starts with: the next one still to come, so that a yearly report
 * whose day passed before the plan was entered is not overdue from its first day; a one-off date keeps its
 * own (overdue if the plan is old), and a task without a date has its undated slot.
 */
export function firstOccurrence(
  rule: DeadlineRule,
  today: LocalDate,
  calendar: WorkingCalendar,
  planYear: number | null = null,
): OccurrenceSlot {
  const from = planStart(planYear, today);
  if (from === today) return nextDueDates(rule, today, 1, calendar)[0] ?? currentOccurrence(rule, today, calendar);
  // a plan for a year still to come asks nothing of the year before it: not the report on its last quarter
  const slots = nextDueDates(rule, from, 3, calendar);
  return (
    slots.find((slot) => !/^\d{4}/.test(slot.period) || Number(slot.period.slice(0, 4)) >= planYear!) ??
    slots[0] ??
    currentOccurrence(rule, from, calendar)
  );
}

/**
 * The first day a plan's occurrences may fall on: 1 January of its year when that year is still to come (a
 * 2027 plan saved on 06/12/2026 asks nothing due in 2026), else today.
 */
export function planStart(planYear: number | null, today: LocalDate): LocalDate {
  if (planYear === null) return today;
  const start = localDate(planYear, 1, 1);
  return start > today ? start : today;
}

async function freeCode(tx: Repositories, wanted: string): Promise<string> {
  if (!(await tx.plans.codeTaken(wanted))) return wanted;
  for (let n = 2; ; n += 1) {
    const candidate = `${wanted}-${n}`;
    if (!(await tx.plans.codeTaken(candidate))) return candidate;
  }
}

/**
 * Saves a reviewed proposal in one transaction: the plan (with its text), its tasks, their assignments and
 * each assignment's first occurrence. The same plan (title and year) is not imported twice.
 */
export async function savePlanProposal(
  store: Store,
  proposal: PlanProposal,
  options: {
    sourceText: string | null;
    today: LocalDate;
    calendar: WorkingCalendar;
    actorId: number | null;
    /**
     * the translator for a group's language: each unit's group is told of its new tasks (the chat and the
     * console pass it; without it nobody is told)
     */
    translatorFor?(locale: string | null): Translate;
  },
): Promise<SavedPlan> {
  if (proposal.tasks.length === 0) throw new DomainError('plan.no_tasks', 'import-plan-no-tasks');
  return store.transaction(async (tx) => {
    const existing = await tx.plans.findSame(proposal.plan);
    if (existing) throw new DomainError('plan.exists', 'import-plan-exists', { code: existing.code ?? String(existing.id) });
    const code = await freeCode(tx, proposal.plan.code);
    const planId = await tx.plans.createPlan({ ...proposal.plan, code, sourceText: options.sourceText });
    const units = new Map((await tx.units.list()).map((u) => [u.code, u]));
    let assignments = 0;
    const taskIds: number[] = [];
    const added: NewTaskAssignment[] = [];
    for (const [position, task] of proposal.tasks.entries()) {
      const taskId = await tx.plans.createTask({
        planId,
        title: task.title,
        rule: task.rule,
        recipient: task.recipient,
        sourcePhrase: task.sourcePhrase,
        position,
      });
      taskIds.push(taskId);
      const slot = firstOccurrence(task.rule, options.today, options.calendar, proposal.plan.year);
      for (const unitCode of task.unitCodes) {
        const unit = units.get(unitCode);
        if (!unit) throw new DomainError('plan.unit_gone', 'unit-not-found', { code: unitCode });
        const assignmentId = await tx.plans.assign(taskId, unit.id);
        await tx.plans.ensureOccurrence(assignmentId, slot.period, slot.dueDate);
        added.push({ taskId, unitId: unit.id, title: task.title, dueDate: slot.dueDate, rule: task.rule });
        assignments += 1;
      }
    }
    if (options.translatorFor)
      await queueNewTaskNotices(tx, added, {
        key: `plan:${planId}`,
        calendar: options.calendar,
        translatorFor: options.translatorFor,
        planLabel: proposal.plan.symbol ?? code,
      });
    await tx.audit.record({
      actorId: options.actorId,
      action: 'plan.import',
      entity: 'plan',
      entityId: String(planId),
      data: { code, tasks: proposal.tasks.length, assignments },
    });
    return { planId, code, tasks: proposal.tasks.length, taskIds, assignments };
  });
}

/** The code of the plan already imported (same number or title, same year), if any: say so before asking. */
export async function alreadyImported(store: Store, proposal: PlanProposal): Promise<string | null> {
  const existing = await store.plans.findSame(proposal.plan);
  return existing ? (existing.code ?? String(existing.id)) : null;
}

/** Drops the tasks a reviewer struck out ("bỏ 2 5"), numbered from 1 as shown. */
export function withoutTasks(proposal: PlanProposal, numbers: readonly number[]): PlanProposal {
  const drop = new Set(numbers);
  return { ...proposal, tasks: proposal.tasks.filter((_, i) => !drop.has(i + 1)) };
}
