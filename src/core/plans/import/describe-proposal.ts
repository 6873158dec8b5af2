import { formatDateVi } from '../../dates/local-date.js';
import { describeRule, describeWarning } from '../../deadlines/describe-rule.js';
import type { Translate } from '../../text/translate.js';
import { foldVietnamese } from '../../text/vietnamese.js';
import { describeLadder } from '../../reminders/ladder.js';
import { readYesNo } from '../confirm-answer.js';
import type { PlanProposal, ProposedTask } from './propose-plan.js';

const MAX_CODES = 10;
const NONE = '—';

function unitList(codes: readonly string[]): string {
  if (codes.length <= MAX_CODES) return codes.join(', ');
  return `${codes.slice(0, MAX_CODES).join(', ')}… (+${codes.length - MAX_CODES})`;
}

/** One proposed task, as the reviewer reads it: title, deadline, units, recipient, what to check. */
export function describeTask(t: Translate, task: ProposedTask, index: number): string[] {
  const lines = [t('import-task-line', { index, title: task.title }), `   ${t('import-task-due', { rule: describeRule(t, task.rule) })}`];
  if (task.unitCodes.length === 0) lines.push(`   ${t('import-task-units-none', { responsible: task.responsible ?? NONE })}`);
  else if (task.responsible)
    lines.push(`   ${t('import-task-responsible', { responsible: task.responsible, units: unitList(task.unitCodes) })}`);
  else lines.push(`   ${t('import-task-units-default', { units: unitList(task.unitCodes) })}`);
  if (task.recipient) lines.push(`   ${t('import-task-recipient', { recipient: task.recipient })}`);
  for (const warning of task.warnings) lines.push(`   ${t('import-warning', { warning: describeWarning(t, warning) })}`);
  return lines;
}

export function describePlanHeader(t: Translate, proposal: PlanProposal): string[] {
  const { plan } = proposal;
  const lines = [
    t('import-plan-header', { title: plan.title }),
    t('import-plan-meta', {
      symbol: plan.symbol ?? NONE,
      code: plan.code,
      issuer: plan.issuer ?? NONE,
      issued: plan.issuedOn
        ? formatDateVi(plan.issuedOn)
        : plan.issuedMonth
          ? t('import-plan-issued-month', { month: `${plan.issuedMonth.slice(5, 7)}/${plan.issuedMonth.slice(0, 4)}` })
          : NONE,
      year: plan.year === null ? NONE : String(plan.year),
    }),
  ];
  if (plan.reminderLadder) lines.push(t('import-plan-ladder', { ladder: describeLadder(t, plan.reminderLadder) }));
  for (const warning of proposal.warnings) lines.push(t('import-warning', { warning: describeWarning(t, warning) }));
  return lines;
}

/** The whole proposal as plain text (the console review and the e2e tests read this). */
export function describeProposal(t: Translate, proposal: PlanProposal): string {
  const lines = [...describePlanHeader(t, proposal), t('import-plan-tasks', { count: proposal.tasks.length })];
  proposal.tasks.forEach((task, i) => lines.push(...describeTask(t, task, i + 1)));
  return lines.join('\n');
}

/**
 * The proposal for a chat message: one line per task, cut to fit the platform's limit; the officer can
 * still see everything with `npm run cli -- import plan --dry-run`.
 */
export function describeProposalCompact(t: Translate, proposal: PlanProposal, maxChars: number, dropped: readonly number[] = []): string {
  const shown = proposal.tasks.length - dropped.length;
  const head = [...describePlanHeader(t, proposal), t('import-plan-tasks', { count: shown })];
  const lines = [...head];
  let length = head.join('\n').length;
  for (const [i, task] of proposal.tasks.entries()) {
    // struck-out tasks keep their numbers: the others are still called by the numbers shown before
    if (dropped.includes(i + 1)) continue;
    const line = t('import-task-compact', {
      index: i + 1,
      title: task.title.length > 110 ? `${task.title.slice(0, task.title.lastIndexOf(' ', 108))}…` : task.title,
      rule: describeRule(t, task.rule),
      units: task.unitCodes.length > 0 ? unitList(task.unitCodes) : NONE,
      warnings: task.warnings.length,
    });
    // keep room for the "… and N more" line
    if (length + line.length + 80 > maxChars) {
      lines.push(t('import-plan-more', { count: proposal.tasks.slice(i).filter((_, j) => !dropped.includes(i + j + 1)).length }));
      break;
    }
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join('\n');
}

/** The proposal as JSON (`import plan --dry-run --json`): warnings as "code: message" strings. */
export function proposalJson(t: Translate, proposal: PlanProposal) {
  return {
    plan: proposal.plan,
    tasks: proposal.tasks.map((task) => ({
      title: task.title,
      rule: task.rule,
      units: task.unitCodes,
      responsible: task.responsible,
      recipient: task.recipient,
      sourcePhrase: task.sourcePhrase,
      warnings: task.warnings.map((w) => describeWarning(t, w)),
    })),
    warnings: proposal.warnings.map((w) => describeWarning(t, w)),
  };
}

/** What a reviewer answers: yes, no, or which tasks to drop ("bỏ 2 5", "bo 2,5"). */
export type ReviewAnswer = { kind: 'yes' } | { kind: 'no' } | { kind: 'drop'; numbers: number[] } | { kind: 'unclear' };

export function readReviewAnswer(text: string, taskCount: number): ReviewAnswer {
  const yesNo = readYesNo(text);
  if (yesNo) return { kind: yesNo };
  const folded = foldVietnamese(text);
  const drop = /^(?:bo|xoa|drop|remove)\s+([\d\s,;-]+)$/.exec(folded);
  if (drop) {
    const numbers = drop[1]!
      .split(/[\s,;]+/)
      .flatMap((part) => {
        const range = /^(\d+)-(\d+)$/.exec(part);
        if (range) return Array.from({ length: Math.max(0, Number(range[2]) - Number(range[1]) + 1) }, (_, i) => Number(range[1]) + i);
        return part ? [Number(part)] : [];
      })
      .filter((n) => Number.isInteger(n) && n >= 1 && n <= taskCount);
    if (numbers.length > 0) return { kind: 'drop', numbers: [...new Set(numbers)].sort((a, b) => a - b) };
  }
  return { kind: 'unclear' };
}
