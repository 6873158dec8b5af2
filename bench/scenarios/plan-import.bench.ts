import { evaluatePlanImport } from '../plans/evaluation.js';

/**
 * How well the importer reads plans it was not tuned on: recall of the tasks an officer would enter,
 * proposals that are none of them (invented or duplicated), and of the tasks found, how many have the right
 * deadline, units, and everything right (deadline, units, recipient, clean title). What it got wrong goes to
 * stderr, plan by plan.
 */
export async function planImportBenchmark(_options: { quick: boolean }) {
  const { details, ...result } = evaluatePlanImport();
  for (const plan of details) {
    process.stderr.write(`\n${plan.file}: ${plan.expected} expected, ${plan.proposed} proposed\n`);
    for (const task of plan.tasks) {
      const wrong = [
        task.found === null ? 'MISSED' : '',
        task.found && !task.deadline ? `deadline ${JSON.stringify(task.got?.rule)}` : '',
        task.found && !task.units ? `units ${task.got?.units.join(',')}` : '',
        task.found && !task.recipient ? `recipient ${task.got?.recipient}` : '',
        task.found && !task.cleanTitle ? `title "${task.found}"` : '',
      ].filter(Boolean);
      if (wrong.length > 0) process.stderr.write(`  ✗ ${task.expected}: ${wrong.join('; ')}\n`);
    }
    for (const title of plan.invented) process.stderr.write(`  + invented: ${title}\n`);
  }
  return result;
}
