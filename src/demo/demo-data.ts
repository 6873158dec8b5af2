import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
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
      code: z.string().regex(/^[A-Z0-9-]+$/),
      title: z.string(),
      short: z.string(),
      issuer: z.string(),
      issued: z.union([z.string(), z.date()]).nullable(),
      year: z.number().int().nullable(),
      tasks: z.array(taskSchema),
    }),
  ),
});

export type DemoData = z.infer<typeof demoDataSchema>;
export type DemoTask = z.infer<typeof taskSchema>;

export const DEMO_FILE = path.join(resourcesDir, 'demo', 'demo.yaml');
export const PLANS_DIR = path.join(resourcesDir, 'plans');

export async function readDemoData(file = DEMO_FILE): Promise<DemoData> {
  return demoDataSchema.parse(parseYaml(await readFile(file, 'utf8')));
}

/** The console group of a demo unit: "console:nhom-bvdk". */
export const demoChatId = (unitCode: string) => `nhom-${unitCode.toLowerCase()}`;
export const DEMO_DEFAULT_USER = 'dau-moi';
export const DEMO_DEFAULT_UNIT = 'BVDK';
