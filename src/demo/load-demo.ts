import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Clock } from '../core/clock.js';
import { addDays, instantAt, type LocalDate, localDateOf, parts } from '../core/dates/local-date.js';
import type { DeadlineRule } from '../core/deadlines/deadline-rule.js';
import { currentOccurrence } from '../core/deadlines/occurrence.js';
import type { Store } from '../core/store.js';
import type { Unit } from '../core/units/unit.js';
import {
  DEMO_PLANS_DIR,
  type DemoData,
  type DemoTask,
  demoChatId,
  demoIssuedOn,
  readDemoData,
  renderDemoText,
  thisWeekDue,
} from './demo-data.js';

export const DEMO_ROOT_UNIT = 'SYT';

// Units that receive a task assigned to "units": the ones that report to the Department.
const REPORTING_KINDS = new Set(['hospital', 'cdc', 'health_center']);

/** The task's rule with a one-off date placed around today, so the demo always has every kind of deadline. */
function demoRule(task: DemoTask, today: LocalDate): DeadlineRule {
  if (task.rule.kind !== 'once' || task.demo_due === undefined) return task.rule as DeadlineRule;
  const lastDay = task.demo_due === 'this-week' ? thisWeekDue(today) : addDays(today, task.demo_due);
  // "trước ngày X" has X − 1 as its last day, so X sits one day after the day we want to show.
  return { kind: 'once', due: task.rule.inclusive ? lastDay : addDays(lastDay, 1), inclusive: task.rule.inclusive, precision: 'day' };
}

async function loadUnits(tx: Store, data: DemoData): Promise<Map<string, Unit>> {
  const units = new Map<string, Unit>();
  for (const entry of data.units) {
    const unit = await tx.units.insert({
      code: entry.code,
      name: entry.name,
      shortName: entry.short,
      kind: entry.kind,
      parentCode: entry.parent ?? null,
    });
    units.set(unit.code, unit);
    await tx.chats.upsert({
      ref: `console:${demoChatId(unit.code)}`,
      platform: 'console',
      kind: 'group',
      title: `Nhóm ${entry.short}`,
      unitId: unit.id,
      isLeadersChat: false,
      locale: null,
      timezone: null,
    });
  }
  const leaders = data.chats.leaders;
  await tx.chats.upsert({
    ref: `console:${leaders.id}`,
    platform: 'console',
    kind: 'group',
    title: leaders.title,
    unitId: units.get(leaders.unit)?.id ?? null,
    isLeadersChat: true,
    locale: null,
    timezone: null,
  });
  return units;
}

async function loadMembers(tx: Store, data: DemoData, units: Map<string, Unit>, now: Date): Promise<Map<string, number>> {
  const byUnit = new Map<string, number>(); // unit code → its first focal point, who files the demo reports
  for (const entry of data.members) {
    const actor = await tx.members.resolveActor({ platform: 'console', id: entry.id, displayName: entry.name, username: entry.id }, now);
    for (const grant of entry.roles) {
      const unitId = grant.unit ? (units.get(grant.unit)?.id ?? null) : null;
      await tx.members.grant(actor.memberId, { role: grant.role, unitId }, null);
      if (grant.role === 'focal_point' && grant.unit && !byUnit.has(grant.unit)) byUnit.set(grant.unit, actor.memberId);
    }
  }
  return byUnit;
}

async function loadPlans(
  tx: Store,
  data: DemoData,
  units: Map<string, Unit>,
  reporters: Map<string, number>,
  { now, today, timezone }: { now: Date; today: LocalDate; timezone: string },
) {
  const reportingUnits = [...units.values()].filter((unit) => REPORTING_KINDS.has(unit.kind));
  for (const plan of data.plans) {
    // every demo plan is this year's plan of the demo's province (adapted from a real plan, and says so)
    const issuedOn = demoIssuedOn(plan.issued, today);
    const render = (text: string) => renderDemoText(text, { today, issued: issuedOn });
    const planId = await tx.plans.createPlan({
      symbol: plan.symbol,
      code: render(plan.code),
      title: render(plan.title),
      shortTitle: render(plan.short),
      issuer: plan.issuer,
      issuedOn,
      year: parts(today).year,
      sourceText: render(await readFile(path.join(DEMO_PLANS_DIR, plan.file), 'utf8')),
    });
    for (const [position, task] of plan.tasks.entries()) {
      const rule = demoRule(task, today);
      const taskId = await tx.plans.createTask({
        planId,
        title: render(task.title),
        rule,
        recipient: null,
        sourcePhrase: render(task.phrase),
        position,
      });
      const assignees = task.assign === 'units' ? reportingUnits : task.assign.map((code) => units.get(code)).filter((u): u is Unit => !!u);
      const slot = currentOccurrence(rule, today);
      const assigned: Array<{ unit: Unit; assignmentId: number }> = [];
      for (const unit of assignees) assigned.push({ unit, assignmentId: await tx.plans.assign(taskId, unit.id) });
      // every unit's occurrence in one statement; its id read back only where the demo files a report
      await tx.plans.ensureOccurrences(assigned.map(({ assignmentId }) => ({ assignmentId, period: slot.period, dueDate: slot.dueDate })));
      for (const { unit, assignmentId } of assigned) {
        const reports = task.reports.filter((r) => r.unit === unit.code);
        if (reports.length === 0) continue;
        const occurrenceId = await tx.plans.ensureOccurrence(assignmentId, slot.period, slot.dueDate);
        for (const report of reports) {
          const day =
            report.days_ago !== undefined
              ? addDays(today, -report.days_ago)
              : slot.dueDate
                ? addDays(slot.dueDate, -(report.days_before_due ?? 0))
                : today;
          const at = instantAt(day, '09:30', timezone);
          // A report "3 days before a due date" still in the future has not happened yet.
          if (at.getTime() > now.getTime()) continue;
          await tx.reports.add({
            occurrenceId,
            reporterId: reporters.get(unit.code) ?? null,
            percent: report.percent,
            status: report.status,
            text: report.text,
            sourceMessageId: null,
            at,
          });
        }
      }
    }
  }
}

/**
 * Loads the demo Department (units, chats, people, its five plans, adapted from the seed plans) unless it is already there.
 * Returns false when nothing was loaded.
 */
export async function loadDemo(store: Store, { clock, timezone }: { clock: Clock; timezone: string }): Promise<boolean> {
  if (await store.units.findByCode(DEMO_ROOT_UNIT)) return false;
  const data = await readDemoData();
  const now = clock.now();
  const today = localDateOf(now, timezone);
  await store.transaction(async (tx) => {
    const units = await loadUnits(tx, data);
    const reporters = await loadMembers(tx, data, units, now);
    await loadPlans(tx, data, units, reporters, { now, today, timezone });
  });
  return true;
}
