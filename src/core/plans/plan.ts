import type { LocalDate } from '../dates/local-date.js';
import type { DeadlineRule } from '../deadlines/deadline-rule.js';

export interface NewPlan {
  symbol: string | null;
  code: string | null;
  title: string;
  shortTitle: string | null;
  issuer: string | null;
  issuedOn: LocalDate | null;
  year: number | null;
  sourceText: string | null;
}

export interface NewTask {
  planId: number;
  title: string;
  rule: DeadlineRule;
  recipient: string | null;
  sourcePhrase: string | null;
  position: number;
}

/** A task as a unit sees it: its current occurrence and the last report on it. */
export interface OpenTask {
  occurrenceId: number;
  taskId: number;
  unitId: number;
  title: string;
  /** how a list names the plan: its number, else its short title, else its title */
  planLabel: string;
  period: string;
  dueDate: LocalDate | null;
  rule: DeadlineRule;
  lastReport: { percent: number; status: string; at: Date } | null;
}

export interface PlansRepository {
  createPlan(plan: NewPlan): Promise<number>;
  createTask(task: NewTask): Promise<number>;
  assign(taskId: number, unitId: number): Promise<number>;
  /** Creates the occurrence for a period unless it exists; returns its id either way. */
  ensureOccurrence(assignmentId: number, period: string, dueDate: LocalDate | null): Promise<number>;
  /** Open occurrences of the units' tasks, soonest due first, undated last. */
  openTasksForUnits(unitIds: readonly number[]): Promise<OpenTask[]>;
  countPlans(): Promise<number>;
  /** whether a plan already uses this code (codes are unique) */
  codeTaken(code: string): Promise<boolean>;
  /**
   * A plan that is this one: the same number in the same year, or the same title in the same year. Used to
   * refuse importing a plan twice.
   */
  findSame(plan: { symbol: string | null; title: string; year: number | null }): Promise<{ id: number; code: string | null } | null>;
}

export interface NewReport {
  occurrenceId: number;
  reporterId: number | null;
  percent: number;
  status: 'in_progress' | 'done' | 'blocked';
  text: string | null;
  sourceMessageId: string | null;
  at?: Date;
}

export interface ReportsRepository {
  /** Stores a report; a report whose status is done closes its occurrence in the same write. */
  add(report: NewReport): Promise<number>;
}
