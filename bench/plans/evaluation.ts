import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { DeadlineRule } from '../../src/core/deadlines/deadline-rule.js';
import { type PlanProposal, type ProposedTask, proposePlanFromText } from '../../src/core/plans/import/propose-plan.js';
import { foldVietnamese } from '../../src/core/text/vietnamese.js';
import type { Unit, UnitKind } from '../../src/core/units/unit.js';
import { projectRoot } from '../../src/paths.js';

/**
 * Scores the plan importer against plans it was not tuned on (tests/fixtures/plans-eval): each plan's text
 * beside the tasks a careful officer would enter for it, written by hand.
 */
export const EVAL_DIR = path.join(projectRoot, 'tests/fixtures/plans-eval');
export const EVAL_TODAY = '2026-12-06';

interface ExpectedTask {
  /** folded words found in the proposed task's title or source sentence */
  key: string;
  title: string;
  /** the fields given must match (a one-off's precision may be left out) */
  rule: Partial<DeadlineRule> & { kind: DeadlineRule['kind'] };
  /** unit codes, or kinds of units: reporting, clinical, hospitals, health_centers, communes, offices */
  units: string | string[];
  /** absent: not checked; null: none expected */
  recipient?: string | null;
}

interface ExpectedPlan {
  plan: { symbol: string | null; year: number | null };
  tasks: ExpectedTask[];
}

export interface TaskScore {
  expected: string;
  found: string | null;
  deadline: boolean;
  units: boolean;
  recipient: boolean;
  cleanTitle: boolean;
  got?: { rule: DeadlineRule; units: string[]; recipient: string | null };
}

export interface PlanScore {
  file: string;
  expected: number;
  proposed: number;
  tasks: TaskScore[];
  invented: string[];
}

export function evaluationUnits(): Unit[] {
  const demo = parse(readFileSync(path.join(projectRoot, 'resources/demo/demo.yaml'), 'utf8')) as {
    units: Array<{ code: string; name: string; short: string; kind: UnitKind; parent?: string }>;
  };
  const extra = parse(readFileSync(path.join(EVAL_DIR, 'units.yaml'), 'utf8')) as { extra: typeof demo.units };
  const all = [...demo.units, ...extra.extra.filter((u) => !demo.units.some((d) => d.code === u.code))];
  const units: Unit[] = all.map((u, i) => ({
    id: i + 1,
    code: u.code,
    name: u.name,
    shortName: u.short,
    kind: u.kind,
    parentId: null,
    timezone: null,
  }));
  all.forEach((u, i) => {
    units[i]!.parentId = u.parent ? (units.find((p) => p.code === u.parent)?.id ?? null) : null;
  });
  return units;
}

function expandUnits(spec: string | string[], units: readonly Unit[]): string[] {
  const root = units.find((u) => u.kind === 'department' && u.parentId === null);
  const codes = new Set<string>();
  for (const item of Array.isArray(spec) ? spec : [spec]) {
    const ofKind = (...kinds: UnitKind[]) => units.filter((u) => kinds.includes(u.kind)).map((u) => u.code);
    const group: Record<string, string[]> = {
      reporting: units.filter((u) => u.parentId === root?.id && u.kind !== 'department_office').map((u) => u.code),
      clinical: ofKind('hospital', 'health_center'),
      hospitals: ofKind('hospital'),
      health_centers: ofKind('health_center'),
      communes: ofKind('commune_station'),
      offices: ofKind('department_office'),
    };
    for (const code of group[item] ?? [item]) codes.add(code);
  }
  return [...codes].sort();
}

const words = (text: string) =>
  new Set(
    foldVietnamese(text)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 0),
  );

function overlap(expected: string, got: string): number {
  const e = words(expected);
  const g = words(got);
  return [...e].filter((w) => g.has(w)).length / Math.max(1, e.size);
}

function ruleMatches(expected: ExpectedTask['rule'], got: DeadlineRule): boolean {
  return Object.entries(expected).every(([field, value]) => (got as unknown as Record<string, unknown>)[field] === value);
}

const recipientKey = (text: string) => [...words(text)].sort().join(' ');

function recipientMatches(expected: string | null | undefined, got: string | null): boolean {
  if (expected === undefined) return true;
  if (expected === null || got === null) return expected === got;
  return recipientKey(expected) === recipientKey(got);
}

/** An officer's title: no list marker, no trailing "hoàn thành", at most ~120 (125) characters, starting in capitals. */
export function isCleanTitle(title: string): boolean {
  if (title.length > 125) return false;
  if (/^(?:[a-zđ]|\d{1,2}(?:\.\d{1,2})*)[).]\s/iu.test(title)) return false;
  if (/^[-+•*–]/.test(title)) return false;
  if (/[,;]?\s*hoàn\s*thành\s*$/iu.test(title)) return false;
  if (/[,;:]\s*$/.test(title)) return false;
  return /^\p{Lu}|^\d/u.test(title);
}

export function scorePlan(file: string, proposal: PlanProposal, expected: ExpectedPlan, units: readonly Unit[]): PlanScore {
  const free = new Set(proposal.tasks.map((_, i) => i));
  const tasks: TaskScore[] = [];
  for (const want of expected.tasks) {
    const key = foldVietnamese(want.key);
    const candidates = [...free].filter((i) => {
      const t = proposal.tasks[i]!;
      return foldVietnamese(t.title).includes(key) || foldVietnamese(t.sourcePhrase).includes(key);
    });
    const rank = (i: number) => {
      const t = proposal.tasks[i]!;
      return (ruleMatches(want.rule, t.rule) ? 2 : 0) + (foldVietnamese(t.title).includes(key) ? 1 : 0) + overlap(want.title, t.title);
    };
    candidates.sort((a, b) => rank(b) - rank(a));
    const chosen = candidates[0];
    if (chosen === undefined) {
      tasks.push({ expected: want.title, found: null, deadline: false, units: false, recipient: false, cleanTitle: false });
      continue;
    }
    free.delete(chosen);
    const task: ProposedTask = proposal.tasks[chosen]!;
    const wantedUnits = expandUnits(want.units, units);
    tasks.push({
      expected: want.title,
      found: task.title,
      deadline: ruleMatches(want.rule, task.rule),
      units: [...task.unitCodes].sort().join() === wantedUnits.join(),
      recipient: recipientMatches(want.recipient, task.recipient),
      cleanTitle: isCleanTitle(task.title) && overlap(want.title, task.title) >= 0.5,
      got: { rule: task.rule, units: task.unitCodes, recipient: task.recipient },
    });
  }
  return {
    file,
    expected: expected.tasks.length,
    proposed: proposal.tasks.length,
    tasks,
    invented: [...free].map((i) => proposal.tasks[i]!.title),
  };
}

export interface EvaluationResult {
  plans: number;
  expected: number;
  proposed: number;
  recall: number;
  invented: number;
  deadlineAccuracy: number;
  unitAccuracy: number;
  recipientAccuracy: number;
  cleanTitles: number;
  fullyRight: number;
  details: PlanScore[];
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : Math.round((n / d) * 1000) / 1000);

/** Imports every plan of the evaluation set and scores the proposals. */
export function evaluatePlanImport(dir = EVAL_DIR): EvaluationResult {
  const units = evaluationUnits();
  const details: PlanScore[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const expected = parse(readFileSync(path.join(dir, file.replace(/\.txt$/, '.yaml')), 'utf8')) as ExpectedPlan;
    const proposal = proposePlanFromText(text, { units, referenceDate: EVAL_TODAY });
    details.push(scorePlan(file, proposal, expected, units));
  }
  const all = details.flatMap((d) => d.tasks);
  const found = all.filter((t) => t.found !== null);
  const proposed = details.reduce((n, d) => n + d.proposed, 0);
  const invented = details.reduce((n, d) => n + d.invented.length, 0);
  return {
    plans: details.length,
    expected: all.length,
    proposed,
    recall: ratio(found.length, all.length),
    invented: ratio(invented, proposed),
    deadlineAccuracy: ratio(found.filter((t) => t.deadline).length, found.length),
    unitAccuracy: ratio(found.filter((t) => t.units).length, found.length),
    recipientAccuracy: ratio(found.filter((t) => t.recipient).length, found.length),
    cleanTitles: ratio(found.filter((t) => t.cleanTitle).length, found.length),
    fullyRight: ratio(all.filter((t) => t.found && t.deadline && t.units && t.recipient && t.cleanTitle).length, all.length),
    details,
  };
}
