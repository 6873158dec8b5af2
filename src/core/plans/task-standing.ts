import type { LocalDate } from '../dates/local-date.js';
import type { Store } from '../store.js';
import type { OpenTask } from './plan.js';

/** A unit's last occurrence of a task, closed by a report marked done. */
export interface DoneOccurrence {
  unitId: number;
  unitName: string;
  period: string;
  dueDate: LocalDate | null;
  completedAt: Date | null;
  onTime: boolean | null;
}

/** Where one task stands across the units in view: who still owes it, who has done it. */
export interface TaskStanding {
  taskId: number;
  title: string;
  /** the open occurrences in view, soonest due first, each with its latest report */
  owing: OpenTask[];
  /** the units in view with nothing of the task open, by the last occurrence they closed */
  done: DoneOccurrence[];
}

/**
 * "NV5 tình hình thế nào", "đơn vị nào chưa báo cáo NV5", /nhiemvu NV5: the task's open occurrences in the units
 * in view (null: every unit) with their latest reports, and the units that have closed it. Null when there is no
 * such task, or it was removed from its plan.
 */
export async function taskStanding(
  store: Store,
  input: { taskId: number; unitIds: readonly number[] | null },
): Promise<TaskStanding | null> {
  const task = await store.plans.findTask(input.taskId);
  if (!task || task.removed || task.planArchived) return null;
  const owing = await store.plans.openOccurrences({ unitIds: input.unitIds, taskIds: [input.taskId] });
  const closed = await store.plans.doneOccurrencesOfTask(input.taskId, input.unitIds);
  // a unit that closed last quarter's and owes this quarter's still owes it
  const stillOwing = new Set(owing.map((occurrence) => occurrence.unitId));
  return { taskId: input.taskId, title: task.title, owing, done: closed.filter((done) => !stillOwing.has(done.unitId)) };
}
