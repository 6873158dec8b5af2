import type { LocalDate } from '../dates/local-date.js';
import type { DeadlineRule } from '../deadlines/deadline-rule.js';
import type { ReminderLadder } from './ladder.js';
import type { ReminderStage } from './reminder-stage.js';

/** An open, dated occurrence the reminder job looks at. */
export interface ReminderCandidate {
  occurrenceId: number;
  taskId: number;
  unitId: number;
  unitName: string;
  title: string;
  planLabel: string;
  dueDate: LocalDate;
  rule: DeadlineRule;
  /** the plan's own ladder; null: the default */
  ladder: ReminderLadder | null;
}

export interface RemindersRepository {
  /** Open occurrences due within [dueFrom, dueTo]. */
  candidates(window: { dueFrom: LocalDate; dueTo: LocalDate }): Promise<ReminderCandidate[]>;
  /** Records steps as done; returns only those that were not done before. */
  markSent(
    steps: ReadonlyArray<{ occurrenceId: number; stage: ReminderStage }>,
    on: LocalDate,
  ): Promise<Array<{ occurrenceId: number; stage: ReminderStage }>>;
}
