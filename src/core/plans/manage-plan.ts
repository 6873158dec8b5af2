import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { type LocalDate, parts } from '../dates/local-date.js';
import { overdueBefore } from '../deadlines/deadline.js';
import type { DeadlineRule } from '../deadlines/deadline-rule.js';
import { extractDeadlines } from '../deadlines/extraction/extract-deadlines.js';
import { lastDayToSubmit } from '../deadlines/occurrence.js';
import { DomainError } from '../errors.js';
import { ownView } from '../dashboard/view-scope.js';
import type { Actor } from '../members/member.js';
import type { Unit } from '../units/unit.js';
import { isAllowed, permissions } from '../members/policy.js';
import { findPlanByReference, planHandle } from '../reports/report-plan.js';
import type { Repositories, Store } from '../store.js';
import type { Translate } from '../text/translate.js';
import { foldVietnamese } from '../text/vietnamese.js';
import { unitsNamed } from './import/review-proposal.js';
import { firstOccurrence } from './import/save-plan.js';
import { type NewTaskAssignment, queueNewTaskNotices } from './new-task-notices.js';
import type { PlanOverview, PlanTaskRecord, TaskRecord } from './plan.js';

/**
 * Correcting a plan after it was saved (issue 18 item 6): list and show plans, change a task's title, units,
 * deadline or recipient, remove a task, archive a plan. Reading follows the members' visibility; changing is
 * the administrators' (the roles have no Department office role), every change audited, nothing changed on
 * bad input.
 */

const MAX_TITLE = 125;

/** Who may change a saved plan: `null` is the operator at the console, who runs the installation. */
export function mayManagePlans(actor: Pick<Actor, 'grants'> | null): boolean {
  return actor === null || isAllowed(actor, permissions.planManager, null);
}

function assertManager(actor: Pick<Actor, 'grants'> | null): void {
  if (!mayManagePlans(actor)) throw new DomainError('plan.manage_denied', 'permission-denied-plan-manager');
}

/** "NV7", "nv 7", "#7", "7": the task's number; null when the text is none. */
export function readTaskNumber(written: string): number | null {
  const m = /^\[?(?:nv|nhiem vu|#)?\s*(\d{1,9})\]?$/.exec(foldVietnamese(written.trim()).toLowerCase());
  return m ? Number(m[1]) : null;
}

/**
 * The units whose open and overdue occurrences a person's plan list counts: every unit for a Department-wide
 * role (null), else the units they hold a role in and those below them, as every other read counts them.
 */
export function planCountUnits(grants: Actor['grants'], units: readonly Unit[]): number[] | null {
  const view = ownView(grants, units);
  return view.wholeDepartment ? null : view.units.map((unit) => unit.id);
}

/** The plans a list shows: archived ones only when asked for every plan (`/kehoach tatca`). */
export async function listPlans(
  store: Store,
  options: { today: LocalDate; calendar: WorkingCalendar; all: boolean; unitIds?: readonly number[] | null },
): Promise<PlanOverview[]> {
  const plans = await store.plans.planOverviews(overdueBefore(options.today, options.calendar), options.unitIds ?? null);
  return options.all ? plans : plans.filter((plan) => !plan.archived);
}

/** A plan by its code, number or words of its title ("KH215-2027", "215/KH-SYT", "đường dây nóng"). */
export async function findPlan(
  store: Store,
  written: string,
  options: { today: LocalDate; calendar: WorkingCalendar; unitIds?: readonly number[] | null },
): Promise<PlanOverview> {
  const plans = await store.plans.planOverviews(overdueBefore(options.today, options.calendar), options.unitIds ?? null);
  const live = plans.filter((plan) => !plan.archived);
  try {
    return findPlanByReference(live, written, parts(options.today).year) as PlanOverview;
  } catch {
    // an archived plan is still found by its own code
    return findPlanByReference(plans, written, parts(options.today).year) as PlanOverview;
  }
}

export interface PlanDetail {
  plan: PlanOverview;
  tasks: PlanTaskRecord[];
}

export async function showPlan(
  store: Store,
  written: string,
  options: { today: LocalDate; calendar: WorkingCalendar; unitIds?: readonly number[] | null },
): Promise<PlanDetail> {
  const plan = await findPlan(store, written, options);
  return { plan, tasks: await store.plans.planTasks(plan.id) };
}

export type TaskField = 'title' | 'units' | 'deadline' | 'recipient';

// what people type after the task's number: "ten", "tên", "donvi", "đơn vị", "han", "hạn", "nguoinhan", "người nhận"
const FIELD_WORDS: ReadonlyArray<[TaskField, readonly string[]]> = [
  ['title', ['ten', 'ten moi', 'tieu de', 'title']],
  ['units', ['donvi', 'don vi', 'giao', 'giao cho', 'units']],
  ['deadline', ['han', 'thoi han', 'han chot', 'deadline']],
  ['recipient', ['nguoinhan', 'nguoi nhan', 'noi nhan', 'nhan', 'recipient']],
];

/** Reads "ten <tên mới>", "đơn vị <…>", "hạn <…>", "người nhận <…>": the field and the value as typed. */
export function readTaskChange(text: string): { field: TaskField; value: string } | null {
  const words = text.normalize('NFC').trim().split(/\s+/);
  for (let used = Math.min(3, words.length - 1); used >= 1; used -= 1) {
    const key = foldVietnamese(words.slice(0, used).join(' ')).toLowerCase();
    const field = FIELD_WORDS.find(([, phrases]) => phrases.includes(key))?.[0];
    if (field) {
      const value = words.slice(used).join(' ').trim();
      return value ? { field, value } : null;
    }
  }
  return null;
}

export interface TaskChangeResult {
  taskId: number;
  planId: number;
  field: TaskField;
  /** the task's plan, named: task numbers run across plans, so the answer says whose task was changed */
  planHandle: string;
  /** the units given the task by the change, told through their groups */
  notified: number;
  /** a one-off deadline set to a last day already past (the person is told: it is overdue at once) */
  pastDue: LocalDate | null;
}

export interface ChangeOptions {
  today: LocalDate;
  now: Date;
  calendar: WorkingCalendar;
  actor: Pick<Actor, 'grants'> | null;
  actorId: number | null;
  /** the translator for a group's language, for the message telling a unit of its new task */
  translatorFor(locale: string | null): Translate;
  /** the plan the task must belong to (the console names it) */
  planId?: number;
}

/** The plan a task belongs to, named as the person would type it (task numbers run across plans). */
export const taskPlanHandle = (task: TaskRecord) => planHandle({ code: task.planCode, symbol: task.planSymbol, id: task.planId });

export async function liveTask(tx: Repositories, taskNumber: number, planId: number | undefined): Promise<TaskRecord> {
  const task = await tx.plans.findTask(taskNumber);
  if (!task || task.removed || (planId !== undefined && task.planId !== planId))
    throw new DomainError('plan.task_unknown', 'plan-task-unknown', { task: `NV${taskNumber}` });
  if (task.planArchived) throw new DomainError('plan.archived', 'plan-archived-unchanged', { task: `NV${taskNumber}` });
  return task;
}

const cap = (text: string) => {
  const clean = text.replace(/\s+/g, ' ').trim();
  const short = clean.length > MAX_TITLE ? `${clean.slice(0, clean.lastIndexOf(' ', MAX_TITLE - 1))}…` : clean;
  return short ? short[0]!.toLocaleUpperCase('vi') + short.slice(1) : short;
};

/** The rule a deadline phrase gives, read as the importer reads it: in the plan's year, from the plan's signing. */
function ruleOf(
  phrase: string,
  task: Pick<TaskRecord, 'planYear' | 'planIssuedOn'>,
  options: Pick<ChangeOptions, 'today' | 'calendar'>,
): DeadlineRule | null {
  const { planYear, planIssuedOn } = task;
  const read = extractDeadlines(phrase, {
    ...(planYear === null
      ? { year: parts(options.today).year, yearSource: 'reference', referenceDate: options.today }
      : { year: planYear, yearSource: 'plan' }),
    issuedOn: planIssuedOn,
    calendar: options.calendar,
  });
  return read.rules[0] ?? null;
}

/**
 * Opens again each current unit's occurrence under a new rule, from the plan's start: open occurrences
 * nobody reported on are dropped, those with reports cancelled (their reports kept), closed ones kept.
 */
export async function rematerialize(
  tx: Repositories,
  task: Pick<TaskRecord, 'taskId' | 'planId' | 'planYear'>,
  rule: DeadlineRule,
  options: Pick<ChangeOptions, 'today' | 'calendar'>,
): Promise<void> {
  const slot = firstOccurrence(rule, options.today, options.calendar, task.planYear);
  for (const open of await tx.plans.openOccurrencesOfTask(task.taskId)) {
    if (open.period === slot.period) continue;
    if (open.reported) await tx.plans.cancelOpen({ assignmentId: open.assignmentId });
    else await tx.plans.removeUntouchedOccurrence(open.assignmentId, open.period);
  }
  const units = (await tx.plans.planTasks(task.planId)).find((t) => t.taskId === task.taskId)?.units ?? [];
  for (const unit of units) {
    const assignmentId = await tx.plans.assign(task.taskId, unit.unitId);
    await tx.plans.openSlot(assignmentId, slot.period, slot.dueDate);
  }
}

/**
 * Gives a task to exactly these units: a new unit gets an assignment and its first occurrence (returned, to be
 * told), a unit no longer named stops (its open occurrences cancelled, its reports kept).
 */
export async function setTaskUnits(
  tx: Repositories,
  task: Pick<TaskRecord, 'taskId' | 'planId' | 'title' | 'planYear'>,
  rule: DeadlineRule,
  wanted: ReadonlyArray<{ id: number; code: string }>,
  options: Pick<ChangeOptions, 'today' | 'calendar' | 'now'>,
): Promise<{ added: NewTaskAssignment[]; before: string[] }> {
  const current = (await tx.plans.planTasks(task.planId)).find((t) => t.taskId === task.taskId)?.units ?? [];
  const slot = firstOccurrence(rule, options.today, options.calendar, task.planYear);
  const added: NewTaskAssignment[] = [];
  for (const unit of wanted) {
    if (current.some((c) => c.unitId === unit.id)) continue;
    const assignmentId = await tx.plans.assign(task.taskId, unit.id);
    await tx.plans.openSlot(assignmentId, slot.period, slot.dueDate);
    added.push({ taskId: task.taskId, unitId: unit.id, title: task.title, dueDate: slot.dueDate, rule });
  }
  for (const unit of current) {
    if (wanted.some((w) => w.id === unit.unitId)) continue;
    const assignmentId = await tx.plans.endAssignment(task.taskId, unit.unitId, options.now);
    if (assignmentId !== null) await tx.plans.cancelOpen({ assignmentId });
  }
  return { added, before: current.map((u) => u.code) };
}

/** Changes one field of a saved task (`/kehoach sua NV7 han …`, `cli plan task … --deadline …`). */
export async function changeTask(
  store: Store,
  input: { taskNumber: number; field: TaskField; value: string },
  options: ChangeOptions,
): Promise<TaskChangeResult> {
  assertManager(options.actor);
  const value = input.value.replace(/\s+/g, ' ').trim();
  if (!value) throw new DomainError('plan.edit_empty', 'plan-edit-empty');
  const allUnits = input.field === 'units' ? await store.units.list() : [];
  return store.transaction(async (tx) => {
    const task = await liveTask(tx, input.taskNumber, options.planId);
    let notified = 0;
    let pastDue: LocalDate | null = null;
    const data: Record<string, unknown> = { task: `NV${task.taskId}`, field: input.field };
    switch (input.field) {
      case 'title': {
        const title = cap(value);
        await tx.plans.updateTask(task.taskId, { title });
        Object.assign(data, { before: task.title, after: title });
        break;
      }
      case 'recipient': {
        await tx.plans.updateTask(task.taskId, { recipient: value });
        Object.assign(data, { before: task.recipient, after: value });
        break;
      }
      case 'deadline': {
        const rule = ruleOf(value, task, options);
        if (!rule) throw new DomainError('plan.deadline_unread', 'plan-edit-deadline-unread', { phrase: value });
        await tx.plans.updateTask(task.taskId, { rule });
        await rematerialize(tx, task, rule, options);
        const last = rule.kind === 'once' ? lastDayToSubmit(rule.due, rule.inclusive) : null;
        if (last !== null && last < options.today) pastDue = last;
        Object.assign(data, { before: task.rule, after: rule, phrase: value });
        break;
      }
      case 'units': {
        const codes = unitsNamed(value, allUnits);
        if (codes.length === 0) throw new DomainError('plan.unit_unknown', 'plan-edit-unit-unknown', { who: value });
        const wanted = allUnits.filter((u) => codes.includes(u.code));
        const { added, before } = await setTaskUnits(tx, task, task.rule, wanted, options);
        notified = await queueNewTaskNotices(tx, added, {
          key: `task:${task.taskId}:${options.now.getTime()}`,
          calendar: options.calendar,
          translatorFor: options.translatorFor,
        });
        Object.assign(data, { before, after: wanted.map((u) => u.code) });
        break;
      }
    }
    await tx.audit.record({ actorId: options.actorId, action: 'plan.task.change', entity: 'task', entityId: String(task.taskId), data });
    return {
      taskId: task.taskId,
      planId: task.planId,
      planHandle: taskPlanHandle(task),
      field: input.field,
      notified,
      pastDue,
    };
  });
}

/** The task a removal would remove, to ask for confirmation first; errors as changeTask. */
export async function taskToRemove(store: Store, taskNumber: number, planId?: number): Promise<TaskRecord> {
  return liveTask(store, taskNumber, planId);
}

/** Removes a task: its open occurrences cancelled (no more reminders), its reports kept. */
export async function removeTask(
  store: Store,
  taskNumber: number,
  options: Omit<ChangeOptions, 'translatorFor' | 'calendar' | 'today'>,
): Promise<{ taskId: number; title: string; cancelled: number }> {
  assertManager(options.actor);
  return store.transaction(async (tx) => {
    const task = await liveTask(tx, taskNumber, options.planId);
    await tx.plans.markTaskRemoved(task.taskId, options.now);
    const cancelled = await tx.plans.cancelOpen({ taskId: task.taskId });
    await tx.audit.record({
      actorId: options.actorId,
      action: 'plan.task.remove',
      entity: 'task',
      entityId: String(task.taskId),
      data: { task: `NV${task.taskId}`, title: task.title, cancelled },
    });
    return { taskId: task.taskId, title: task.title, cancelled };
  });
}

/** Archives a plan: hidden from lists, its open occurrences cancelled (reminders stop), nothing new opened. */
export async function archivePlan(
  store: Store,
  plan: PlanOverview,
  options: { now: Date; actor: Pick<Actor, 'grants'> | null; actorId: number | null },
): Promise<{ cancelled: number }> {
  assertManager(options.actor);
  if (plan.archived) throw new DomainError('plan.archived', 'plan-already-archived', { code: plan.code ?? String(plan.id) });
  return store.transaction(async (tx) => {
    await tx.plans.markPlanArchived(plan.id, options.now);
    const cancelled = await tx.plans.cancelOpen({ planId: plan.id });
    await tx.audit.record({
      actorId: options.actorId,
      action: 'plan.archive',
      entity: 'plan',
      entityId: String(plan.id),
      data: { code: plan.code, cancelled },
    });
    return { cancelled };
  });
}
