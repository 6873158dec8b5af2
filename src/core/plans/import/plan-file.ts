import { z } from 'zod';
import { isLocalDate, formatDateVi, type LocalDate, parts } from '../../dates/local-date.js';
import { type DeadlineRule, deadlineRuleSchema, NO_SUCH_DATE } from '../../deadlines/deadline-rule.js';
import type { WorkingCalendar } from '../../calendar/working-calendar.js';
import { type ExtractionOptions, extractDeadlines } from '../../deadlines/extraction/extract-deadlines.js';
import type { ExtractionWarning } from '../../deadlines/extraction/warnings.js';
import { lastDayToSubmit } from '../../deadlines/occurrence.js';
import { DEFAULT_REMINDER_LADDER, type ReminderLadder } from '../../reminders/ladder.js';
import { compactKey } from '../../text/vietnamese.js';
import { normalizeUnitCode, type Unit } from '../../units/unit.js';
import { type PlanProposal, planCodeFor, type ProposedTask } from './propose-plan.js';
import { partiesIn, resolveParties } from './responsible.js';

/**
 * A plan written as data (YAML or JSON) rather than as a document: the plan's fields and its tasks, each
 * with a rule in the DeadlineRule vocabulary or a deadline in Vietnamese words, and whom it goes to. The
 * README documents the format; `resources/plans/example-plan.yaml` is a complete example.
 */
const dateField = z.union([z.string(), z.date()]).transform((value, ctx): LocalDate => {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
  if (!isLocalDate(text)) {
    ctx.addIssue({ code: 'custom', message: 'date' });
    return z.NEVER;
  }
  return text;
});

const taskSchema = z
  .object({
    title: z.string().trim().min(1).max(300),
    rule: deadlineRuleSchema.optional(),
    deadline: z.string().trim().min(1).max(1000).optional(),
    assign: z.union([z.string().trim().min(1).max(300), z.array(z.string().trim().min(1).max(300)).min(1).max(200)]).optional(),
    recipient: z.string().trim().min(1).max(200).optional(),
    phrase: z.string().trim().max(4000).optional(),
  })
  .strict();

// When the plan's deadlines are reminded, in working days (README, "Reminders"); what is left out keeps the default.
const remindersSchema = z
  .object({
    before: z.number().int().min(0).max(30).optional(),
    on_due: z.boolean().optional(),
    escalate_after: z.union([z.number().int().min(0).max(30), z.null(), z.literal('never')]).optional(),
  })
  .strict();

function ladderOf(reminders: z.infer<typeof remindersSchema> | undefined): ReminderLadder | null {
  if (!reminders) return null;
  const after = reminders.escalate_after;
  return {
    beforeWorkingDays: reminders.before ?? DEFAULT_REMINDER_LADDER.beforeWorkingDays,
    onDueDate: reminders.on_due ?? DEFAULT_REMINDER_LADDER.onDueDate,
    afterWorkingDays: after === undefined ? DEFAULT_REMINDER_LADDER.afterWorkingDays : after === 'never' ? null : after,
  };
}

const planFileSchema = z
  .object({
    symbol: z.string().trim().max(60).nullable().optional(),
    code: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/)
      .optional(),
    title: z.string().trim().min(1).max(500),
    short: z.string().trim().max(120).optional(),
    issuer: z.string().trim().max(200).optional(),
    issued: dateField.optional(),
    year: z.number().int().min(1990).max(2100).optional(),
    reminders: remindersSchema.optional(),
    tasks: z.array(taskSchema).min(1).max(500),
  })
  .strict();

export type PlanFile = z.input<typeof planFileSchema>;

export interface PlanFileProblem {
  /** where in the file: "tasks.2.rule.month" */
  path: string;
  kind: 'missing' | 'invalid' | 'unknown_field' | 'no_such_date';
  /** the task the problem is in, by its title when it has one ("Nộp báo cáo quý") */
  task?: string;
  /** the day that is not on the calendar, as people write it: "31/02/2026", "30/02" */
  value?: string;
}

export type PlanFileResult = { ok: true; proposal: PlanProposal } | { ok: false; problems: PlanFileProblem[] };

// "31/02", "Quý 5", "tháng 13" in a task's deadline words
const INVALID_DATE_WARNINGS = new Set<ExtractionWarning['code']>(['invalid_date', 'invalid_quarter', 'invalid_month']);

const EVERY_UNIT = new Set(['units', 'all', 'tatca', 'cacdonvi']);

function assignees(
  assign: string | string[] | undefined,
  units: readonly Unit[],
): { codes: string[]; responsible: string | null; warnings: ExtractionWarning[] } {
  const entries = assign === undefined ? ['units'] : Array.isArray(assign) ? assign : [assign];
  const byCode = new Map(units.map((u) => [u.code, u]));
  const chosen = new Map<string, Unit>();
  const warnings: ExtractionWarning[] = [];
  for (const entry of entries) {
    const unit = byCode.get(normalizeUnitCode(entry));
    if (unit) {
      chosen.set(unit.code, unit);
      continue;
    }
    const parties = EVERY_UNIT.has(compactKey(entry)) ? [{ kind: 'group', group: 'reporting' } as const] : partiesIn(entry);
    if (parties.length === 0) {
      warnings.push({ code: 'unit_not_found', params: { name: entry } });
      continue;
    }
    const resolved = resolveParties(parties, units);
    resolved.units.forEach((u) => chosen.set(u.code, u));
    resolved.missing.forEach((name) => warnings.push({ code: 'unit_not_found', params: { name } }));
    resolved.fallback.forEach((name) => warnings.push({ code: 'unit_fallback', params: { name } }));
  }
  const responsible = assign === undefined ? null : entries.join(', ');
  return { codes: [...chosen.values()].sort((a, b) => a.id - b.id).map((u) => u.code), responsible, warnings };
}

/** The title of the task a problem's path points into, when it has one (the path still gives its number). */
function taskAt(data: unknown, path: ReadonlyArray<PropertyKey>): string | undefined {
  if (path[0] !== 'tasks' || typeof path[1] !== 'number') return undefined;
  const task = (data as { tasks?: unknown[] }).tasks?.[path[1]] as { title?: unknown } | undefined;
  return typeof task?.title === 'string' && task.title.trim() ? task.title.trim() : undefined;
}

/** A rule's impossible day as people write it: "31/02/2026" for a one-off date, "30/02" for a yearly one. */
function writtenDay(data: unknown, path: ReadonlyArray<PropertyKey>): string | undefined {
  const rule = path
    .slice(0, path.indexOf('rule') + 1)
    .reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], data) as
    | { due?: unknown; day?: unknown; month?: unknown }
    | undefined;
  if (typeof rule?.due === 'string') return rule.due.split('-').reverse().join('/');
  if (typeof rule?.day === 'number' && typeof rule.month === 'number')
    return `${String(rule.day).padStart(2, '0')}/${String(rule.month).padStart(2, '0')}`;
  return undefined;
}

function problemOf(data: unknown, issue: z.core.$ZodIssue): PlanFileProblem {
  const path = issue.path.join('.') || '$';
  const task = taskAt(data, issue.path);
  const withTask = task ? { task } : {};
  if (issue.code === 'unrecognized_keys')
    return { path: `${path === '$' ? '' : `${path}.`}${issue.keys.join(', ')}`, kind: 'unknown_field', ...withTask };
  if (issue.code === 'custom' && issue.message === NO_SUCH_DATE) {
    const value = writtenDay(data, issue.path);
    return { path, kind: 'no_such_date', ...withTask, ...(value ? { value } : {}) };
  }
  const missing = issue.code === 'invalid_type' && issue.input === undefined;
  return { path, kind: missing ? 'missing' : 'invalid', ...withTask };
}

/**
 * Checks a plan file and turns it into the same proposal a plan's text gives, for the same review. A day
 * that is not on the calendar, in a rule or in a task's deadline words, is a problem of the file: nothing is
 * proposed until it is corrected (a plan's text, by contrast, is shown with a warning for the reviewer).
 */
export function proposePlanFromData(
  data: unknown,
  options: { units: readonly Unit[]; referenceDate: LocalDate; calendar?: WorkingCalendar },
): PlanFileResult {
  const parsed = planFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => problemOf(data, issue)) };
  const file = parsed.data;
  const year = file.year ?? (file.issued ? parts(file.issued).year : null);
  const extraction: ExtractionOptions = {
    ...(year
      ? { year, yearSource: 'plan' as const }
      : { year: parts(options.referenceDate).year, yearSource: 'reference' as const, referenceDate: options.referenceDate }),
    issuedOn: file.issued ?? null,
    ...(options.calendar ? { calendar: options.calendar } : {}),
  };
  const tasks: ProposedTask[] = [];
  const problems: PlanFileProblem[] = [];
  for (const [index, task] of file.tasks.entries()) {
    const who = assignees(task.assign, options.units);
    let rules: DeadlineRule[];
    const warnings: ExtractionWarning[] = [...who.warnings];
    if (task.rule) rules = [task.rule];
    else if (task.deadline) {
      const extracted = extractDeadlines(task.deadline, extraction);
      for (const warning of extracted.warnings.filter((w) => INVALID_DATE_WARNINGS.has(w.code))) {
        problems.push({
          path: `tasks.${index}.deadline`,
          kind: 'no_such_date',
          task: task.title,
          value: String(warning.params.written ?? task.deadline),
        });
      }
      warnings.push(...extracted.warnings);
      const dated = extracted.rules.filter((r) => r.kind !== 'unscheduled');
      rules = dated.length > 0 ? dated : extracted.rules.slice(0, 1);
    } else rules = [];
    if (rules.length === 0) {
      if (!warnings.some((w) => w.code === 'no_deadline')) warnings.push({ code: 'no_deadline', params: {} });
      rules = [{ kind: 'unscheduled', reason: 'no_day' }];
    }
    for (const rule of rules) {
      const own = [...warnings];
      if (rule.kind === 'once' && lastDayToSubmit(rule.due, rule.inclusive) < options.referenceDate)
        own.push({ code: 'past_deadline', params: { due: formatDateVi(lastDayToSubmit(rule.due, rule.inclusive)) } });
      tasks.push({
        title:
          rules.length > 1 && rule.kind === 'yearly'
            ? `${task.title} (${String(rule.day).padStart(2, '0')}/${String(rule.month).padStart(2, '0')})`
            : task.title,
        rule,
        sourcePhrase: task.phrase ?? task.deadline ?? task.title,
        responsible: who.responsible,
        unitCodes: who.codes,
        recipient: task.recipient ?? null,
        warnings: own,
      });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const symbol = file.symbol ?? null;
  return {
    ok: true,
    proposal: {
      plan: {
        symbol,
        code: file.code?.toUpperCase() ?? planCodeFor({ symbol, title: file.title, year }),
        title: file.title,
        shortTitle: file.short ?? null,
        issuer: file.issuer ?? null,
        issuedOn: file.issued ?? null,
        year,
        reminderLadder: ladderOf(file.reminders),
      },
      tasks,
      warnings: options.units.length === 0 ? [{ code: 'no_units', params: {} }] : [],
    },
  };
}
