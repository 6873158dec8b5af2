import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { LocalDate } from '../dates/local-date.js';
import { describeRule } from '../deadlines/describe-rule.js';
import { DomainError } from '../errors.js';
import type { Actor } from '../members/member.js';
import { taskCode } from '../reports/task-ref.js';
import type { Store } from '../store.js';
import type { Translate } from '../text/translate.js';
import { foldVietnamese } from '../text/vietnamese.js';
import type { PlanProposal, ProposedTask } from './import/propose-plan.js';
import { firstOccurrence } from './import/save-plan.js';
import { mayManagePlans, rematerialize, setTaskUnits, type TaskField } from './manage-plan.js';
import { type NewTaskAssignment, queueNewTaskNotices } from './new-task-notices.js';
import type { PlanOverview, PlanTaskRecord } from './plan.js';

/**
 * Importing a corrected version of a saved plan (`cli import plan <file> --replace <code>`, "thay thế" in
 * chat): tasks are matched by their normalized title and units, and the officer sees what would be added,
 * removed and changed before anything is. Reports on the tasks that stay are kept: a matched task keeps its
 * row, its code and its occurrences.
 */
export interface PlanDiff {
  added: ProposedTask[];
  removed: PlanTaskRecord[];
  changed: Array<{ task: PlanTaskRecord; next: ProposedTask; fields: TaskField[] }>;
  unchanged: number;
}

const words = (title: string) =>
  foldVietnamese(title)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0);
const titleKey = (title: string) => words(title).join(' ');
const unitKey = (codes: readonly string[]) => [...codes].sort().join(',');

/** How alike two titles are: shared words over all words (a corrected title keeps most of its words). */
function likeness(a: string, b: string): number {
  const left = new Set(words(a));
  const right = new Set(words(b));
  const shared = [...left].filter((w) => right.has(w)).length;
  const all = new Set([...left, ...right]).size;
  return all === 0 ? 0 : shared / all;
}

const sameRule = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What replacing the saved tasks by the proposal's would do. */
export function diffPlan(saved: readonly PlanTaskRecord[], proposal: PlanProposal): PlanDiff {
  const left = new Set(saved.map((_, i) => i));
  const pairs: Array<[number, number]> = [];
  const unmatched = new Set(proposal.tasks.map((_, i) => i));
  const pass = (matches: (task: PlanTaskRecord, next: ProposedTask) => boolean) => {
    for (const j of [...unmatched]) {
      const next = proposal.tasks[j]!;
      const i = [...left].find((k) => matches(saved[k]!, next));
      if (i === undefined) continue;
      left.delete(i);
      unmatched.delete(j);
      pairs.push([i, j]);
    }
  };
  const codes = (task: PlanTaskRecord) => task.units.map((u) => u.code);
  // the same title for the same units; then the same title; then a title mostly the same for the same units
  pass((task, next) => titleKey(task.title) === titleKey(next.title) && unitKey(codes(task)) === unitKey(next.unitCodes));
  pass((task, next) => titleKey(task.title) === titleKey(next.title));
  pass((task, next) => unitKey(codes(task)) === unitKey(next.unitCodes) && likeness(task.title, next.title) >= 0.6);
  const changed: PlanDiff['changed'] = [];
  let unchanged = 0;
  for (const [i, j] of pairs) {
    const task = saved[i]!;
    const next = proposal.tasks[j]!;
    const fields: TaskField[] = [];
    if (task.title !== next.title) fields.push('title');
    if (unitKey(codes(task)) !== unitKey(next.unitCodes)) fields.push('units');
    if (!sameRule(task.rule, next.rule)) fields.push('deadline');
    if ((task.recipient ?? null) !== (next.recipient ?? null)) fields.push('recipient');
    if (fields.length === 0) unchanged += 1;
    else changed.push({ task, next, fields });
  }
  return {
    added: proposal.tasks.filter((_, j) => unmatched.has(j)),
    removed: saved.filter((_, i) => left.has(i)),
    changed,
    unchanged,
  };
}

/** The plan being replaced and what would change. */
export async function planReplacement(
  store: Store,
  plan: Pick<PlanOverview, 'id' | 'archived' | 'code'>,
  proposal: PlanProposal,
): Promise<PlanDiff> {
  if (plan.archived) throw new DomainError('plan.archived', 'plan-already-archived', { code: plan.code ?? String(plan.id) });
  return diffPlan(await store.plans.planTasks(plan.id), proposal);
}

/** The difference as the officer reads it before saying yes. */
export function describeDiff(t: Translate, code: string, diff: PlanDiff): string {
  const lines = [
    t('plan-replace-header', {
      code,
      added: diff.added.length,
      removed: diff.removed.length,
      changed: diff.changed.length,
      unchanged: diff.unchanged,
    }),
  ];
  for (const task of diff.added)
    lines.push(t('plan-replace-added', { title: task.title, units: task.unitCodes.join(', ') || '—', rule: describeRule(t, task.rule) }));
  for (const task of diff.removed) lines.push(t('plan-replace-removed', { code: taskCode(task.taskId), title: task.title }));
  for (const { task, next, fields } of diff.changed) {
    lines.push(t('plan-replace-changed', { code: taskCode(task.taskId), title: task.title }));
    for (const field of fields) {
      const [before, after] =
        field === 'title'
          ? [task.title, next.title]
          : field === 'units'
            ? [task.units.map((u) => u.code).join(', ') || '—', next.unitCodes.join(', ') || '—']
            : field === 'deadline'
              ? [describeRule(t, task.rule), describeRule(t, next.rule)]
              : [task.recipient ?? '—', next.recipient ?? '—'];
      lines.push(`   ${t('plan-replace-field', { field, before, after })}`);
    }
  }
  if (diff.removed.length > 0 || diff.changed.length > 0) lines.push(t('plan-replace-reports-kept'));
  return lines.join('\n');
}

/** Applies the replacement in one transaction; new units are told of their new tasks. */
export async function replacePlan(
  store: Store,
  plan: Pick<PlanOverview, 'id' | 'archived' | 'code' | 'year' | 'symbol'>,
  proposal: PlanProposal,
  options: {
    today: LocalDate;
    now: Date;
    calendar: WorkingCalendar;
    actor: Pick<Actor, 'grants'> | null;
    actorId: number | null;
    translatorFor(locale: string | null): Translate;
  },
): Promise<PlanDiff & { notified: number }> {
  if (!mayManagePlans(options.actor)) throw new DomainError('plan.manage_denied', 'permission-denied-plan-manager');
  return store.transaction(async (tx) => {
    const diff = await planReplacement(tx, plan, proposal);
    const units = await tx.units.list();
    const byCode = new Map(units.map((u) => [u.code, u]));
    const notices: NewTaskAssignment[] = [];
    const planYear = plan.year;
    for (const task of diff.removed) {
      await tx.plans.markTaskRemoved(task.taskId, options.now);
      await tx.plans.cancelOpen({ taskId: task.taskId });
    }
    for (const { task, next, fields } of diff.changed) {
      const position = proposal.tasks.indexOf(next);
      await tx.plans.updateTask(task.taskId, { title: next.title, rule: next.rule, recipient: next.recipient, position });
      const record = { taskId: task.taskId, planId: plan.id, title: next.title, planYear };
      if (fields.includes('deadline')) await rematerialize(tx, record, next.rule, options);
      if (fields.includes('units')) {
        const wanted = next.unitCodes.map((code) => byCode.get(code)).filter((u) => u !== undefined);
        notices.push(...(await setTaskUnits(tx, record, next.rule, wanted, options)).added);
      }
    }
    for (const next of diff.added) {
      const taskId = await tx.plans.createTask({
        planId: plan.id,
        title: next.title,
        rule: next.rule,
        recipient: next.recipient,
        sourcePhrase: next.sourcePhrase,
        position: proposal.tasks.indexOf(next),
      });
      const slot = firstOccurrence(next.rule, options.today, options.calendar, planYear);
      for (const code of next.unitCodes) {
        const unit = byCode.get(code);
        if (!unit) continue;
        const assignmentId = await tx.plans.assign(taskId, unit.id);
        await tx.plans.openSlot(assignmentId, slot.period, slot.dueDate);
        notices.push({ taskId, unitId: unit.id, title: next.title, dueDate: slot.dueDate, rule: next.rule });
      }
    }
    const notified = await queueNewTaskNotices(tx, notices, {
      key: `replace:${plan.id}:${options.now.getTime()}`,
      calendar: options.calendar,
      translatorFor: options.translatorFor,
      planLabel: plan.symbol ?? plan.code ?? undefined,
    });
    await tx.audit.record({
      actorId: options.actorId,
      action: 'plan.replace',
      entity: 'plan',
      entityId: String(plan.id),
      data: {
        code: plan.code,
        added: diff.added.map((task) => task.title),
        removed: diff.removed.map((task) => taskCode(task.taskId)),
        changed: diff.changed.map(({ task, fields }) => ({ task: taskCode(task.taskId), fields })),
      },
    });
    return { ...diff, notified };
  });
}
