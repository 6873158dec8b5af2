import type { OpenTask } from '../plans/plan.js';
import { compactKey } from '../text/vietnamese.js';
import { titleWords } from './report-line.js';

/** The code people type for a task: "NV12". */
export const taskCode = (taskId: number) => `NV${taskId}`;

/**
 * The codes of tasks saved together, in their order: "NV18–NV22" when they follow one another, else each one
 * ("NV18, NV19, NV21"). A plan's review numbers its tasks 1, 2, 3; once saved they are known by these codes.
 */
export function taskCodeSpan(taskIds: readonly number[]): string {
  const first = taskIds[0];
  if (first === undefined) return '';
  const consecutive = taskIds.every((id, i) => id === first + i);
  return consecutive && taskIds.length > 2 ? `${taskCode(first)}–${taskCode(taskIds.at(-1)!)}` : taskIds.map(taskCode).join(', ');
}

/** The task code in what was typed when that is all it holds with its prefix ("NV3", "nv 3"), else null. */
export function typedTaskCode(text: string): string | null {
  const code = /^nv(\d{1,9})[,:;]*$/.exec(compactKey(text));
  return code ? taskCode(Number(code[1])) : null;
}

export type TaskMatch = { kind: 'one'; task: OpenTask } | { kind: 'several'; tasks: OpenTask[] } | { kind: 'none' };

/**
 * Finds the open task a report is about: by its code ("NV12", "nv 12", "12"), else by the words of its title
 * typed with or without diacritics ("so ket 6 thang"). When the code names a task with several open
 * occurrences (last year's is still open), the oldest comes first.
 */
export function matchTask(open: readonly OpenTask[], words: readonly string[]): TaskMatch {
  // "NV5:", "nv5," as people write a code before what they did
  const typed = compactKey(words.join(' ')).replace(/[,:;]+$/, '');
  if (!typed) return { kind: 'none' };
  const code = /^(?:nv)?(\d{1,9})$/.exec(typed);
  if (code) {
    const byCode = open.filter((task) => task.taskId === Number(code[1]));
    return byCode[0] ? { kind: 'one', task: byCode[0] } : { kind: 'none' };
  }
  const wanted = titleWords(words.join(' '));
  if (wanted.length === 0) return { kind: 'none' };
  const scored = open
    .map((task) => {
      const title = titleWords(task.title);
      // Each typed word counts when a title word starts with it ("tong" for "tổng", "6" for "6").
      const hits = wanted.filter((word) => title.some((t) => t.startsWith(word))).length;
      return { task, score: hits / wanted.length };
    })
    .filter((entry) => entry.score >= 0.75)
    .sort((a, b) => b.score - a.score);
  if (scored.length === 0) return { kind: 'none' };
  const best = scored.filter((entry) => entry.score === scored[0]!.score).map((entry) => entry.task);
  const distinct = [...new Map(best.map((task) => [task.taskId, task])).values()];
  return distinct.length === 1 ? { kind: 'one', task: distinct[0]! } : { kind: 'several', tasks: distinct };
}
