import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { addDays, formatDateVi, isoWeekday, type LocalDate, parts } from '../core/dates/local-date.js';
import { deadlineRuleSchema } from '../core/deadlines/deadline-rule.js';
import { ROLES } from '../core/members/roles.js';
import { UNIT_KINDS } from '../core/units/unit.js';
import { resourcesDir } from '../paths.js';

const reportSchema = z.object({
  unit: z.string(),
  percent: z.number().int().min(0).max(100),
  status: z.enum(['in_progress', 'done', 'blocked']),
  text: z.string(),
  days_ago: z.number().int().min(0).optional(),
  days_before_due: z.number().int().min(0).optional(),
});

const taskSchema = z.object({
  title: z.string(),
  phrase: z.string(),
  // a one-off rule's date is set by demo_due, so the demo file may leave `due` out
  rule: z.union([deadlineRuleSchema, z.object({ kind: z.literal('once'), inclusive: z.boolean(), precision: z.literal('day') })]),
  demo_due: z.union([z.number().int(), z.literal('this-week')]).optional(),
  assign: z.union([z.literal('units'), z.array(z.string())]),
  reports: z.array(reportSchema).default([]),
});

export const demoDataSchema = z.object({
  units: z.array(
    z.object({ code: z.string(), name: z.string(), short: z.string(), kind: z.enum(UNIT_KINDS), parent: z.string().optional() }),
  ),
  chats: z.object({ leaders: z.object({ id: z.string(), title: z.string(), unit: z.string() }) }),
  members: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      roles: z.array(z.object({ role: z.enum(ROLES), unit: z.string().optional() })),
    }),
  ),
  plans: z.array(
    z.object({
      file: z.string(),
      symbol: z.string().nullable(),
      // "KH20-{{year}}": the demo's plans are this year's (see renderDemoText)
      code: z.string().regex(/^(?:[A-Z0-9-]|\{\{year\}\})+$/),
      title: z.string(),
      short: z.string(),
      issuer: z.string(),
      /** "02-07": the day of issue in the current year (not after today); null when the plan leaves it blank */
      issued: z
        .string()
        .regex(/^\d{2}-\d{2}$/)
        .nullable(),
      tasks: z.array(taskSchema),
    }),
  ),
});

export type DemoData = z.infer<typeof demoDataSchema>;
export type DemoTask = z.infer<typeof taskSchema>;

export const DEMO_FILE = path.join(resourcesDir, 'demo', 'demo.yaml');
/** The real plans the importer was built on (its seeds); the demo shows versions of them adapted to its province. */
export const PLANS_DIR = path.join(resourcesDir, 'plans');
/** The demo's plans: the seeds adapted to the demo Department's province and to the current year. */
export const DEMO_PLANS_DIR = path.join(resourcesDir, 'demo', 'plans');

/** What a demo text's placeholders stand for: the day the demo is loaded, and the plan's day of issue. */
export interface DemoDates {
  today: LocalDate;
  issued?: LocalDate | null;
}

/**
 * A demo text (a plan, its title, a task's words) for the day the demo is loaded, so that the demo's plans
 * are this year's: {{year}}, {{year-1}}, {{year+1}}; {{issued-day}}, {{issued-month}} (the plan's day of
 * issue); {{due:N}} (the day N days from today, dd/mm/yyyy), {{due:this-week}} (see thisWeekDue), and
 * {{due-before:…}}, the day after, for "trước ngày …", whose day itself is not in time.
 */
export function renderDemoText(text: string, { today, issued = null }: DemoDates): string {
  const year = parts(today).year;
  const two = (n: number) => String(n).padStart(2, '0');
  return text.replace(/\{\{([a-z-]+)(?:([+-]\d+)|:([a-z0-9+-]+))?\}\}/g, (whole, name: string, shift?: string, arg?: string) => {
    if (name === 'year') return String(year + Number(shift ?? 0));
    if (name === 'issued-day' && issued) return two(parts(issued).day);
    if (name === 'issued-month' && issued) return two(parts(issued).month);
    if ((name === 'due' || name === 'due-before') && arg) {
      const lastDay = arg === 'this-week' ? thisWeekDue(today) : addDays(today, Number(arg));
      return formatDateVi(name === 'due' ? lastDay : addDays(lastDay, 1));
    }
    throw new Error(`unknown placeholder in a demo text: ${whole}`);
  });
}

/** The day a demo plan was issued: its day and month this year, or today if that is still to come. */
export function demoIssuedOn(issued: string | null, today: LocalDate): LocalDate | null {
  if (issued === null) return null;
  const day = `${parts(today).year}-${issued}` as LocalDate;
  return day > today ? today : day;
}

/** Friday of this week, or today from Friday on: a day that is always "this week" and a working day if possible. */
export function thisWeekDue(today: LocalDate): LocalDate {
  const weekday = isoWeekday(today);
  return weekday >= 5 ? today : addDays(today, 5 - weekday);
}

export async function readDemoData(file = DEMO_FILE): Promise<DemoData> {
  return demoDataSchema.parse(parseYaml(await readFile(file, 'utf8')));
}

/** The console group of a demo unit: "console:nhom-bvdk". */
export const demoChatId = (unitCode: string) => `nhom-${unitCode.toLowerCase()}`;
export const DEMO_DEFAULT_USER = 'dau-moi';
export const DEMO_DEFAULT_UNIT = 'BVDK';
