import type { WorkingCalendar } from '../../calendar/working-calendar.js';
import { formatDateVi } from '../../dates/local-date.js';
import { describeRule, describeWarning, warningText } from '../../deadlines/describe-rule.js';
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

const SOURCE_CHARS = 100;
const UNUSED_SHOWN = 5;

/** A sentence cut to about `max` characters at a word boundary: enough to find it in the plan. */
export function shortSentence(text: string, max = SOURCE_CHARS): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.lastIndexOf(' ', max - 1);
  return `${clean.slice(0, cut > max / 2 ? cut : max - 1).replace(/[\s,;:.…-]+$/u, '')}…`;
}

// the importer was not sure who does the task: the plan named no one, named someone elsewhere, or a unit it lacks
const DOUBTFUL_DOER = new Set(['doer_assumed', 'doer_inferred', 'unit_fallback', 'unit_not_found']);

/** The short warnings of the review list: a doubtful doer, a year assumed for a date written without one. */
function flagsOf(t: Translate, task: ProposedTask): string[] {
  const flags: string[] = [];
  if (task.warnings.some((w) => DOUBTFUL_DOER.has(w.code))) flags.push(t('import-flag-doer'));
  const year = task.warnings.find((w) => w.code === 'year_assumed');
  if (year) flags.push(t('import-flag-year', { year: String(year.params.year), source: String(year.params.source) }));
  return flags;
}

/** The instructions the importer did not use, for the reviewer to add if they are tasks. */
function describeUnused(t: Translate, proposal: PlanProposal, shown = Number.MAX_SAFE_INTEGER): string[] {
  const unused = proposal.unusedSentences ?? [];
  if (unused.length === 0) return [];
  const lines = [t('import-unused-header', { count: unused.length })];
  for (const sentence of unused.slice(0, shown)) lines.push(t('import-unused-line', { sentence: shortSentence(sentence) }));
  if (unused.length > shown) lines.push(t('import-unused-more', { count: unused.length - shown }));
  return lines;
}

/** One proposed task, as the reviewer reads it: title, deadline, units, recipient, what to check, its source. */
export function describeTask(t: Translate, task: ProposedTask, index: number, calendar?: WorkingCalendar): string[] {
  const lines = [
    t('import-task-line', { index, title: task.title }),
    `   ${t('import-task-due', { rule: describeRule(t, task.rule, calendar) })}`,
  ];
  if (task.unitCodes.length === 0) lines.push(`   ${t('import-task-units-none', { responsible: task.responsible ?? NONE })}`);
  else if (task.responsible)
    lines.push(`   ${t('import-task-responsible', { responsible: task.responsible, units: unitList(task.unitCodes) })}`);
  else lines.push(`   ${t('import-task-units-default', { units: unitList(task.unitCodes) })}`);
  lines.push(`   ${task.recipient ? t('import-task-recipient', { recipient: task.recipient }) : t('import-task-recipient-none')}`);
  for (const warning of task.warnings) lines.push(`   ${t('import-warning', { warning: warningText(t, warning) })}`);
  if (task.sourcePhrase.trim()) lines.push(`   ${t('import-task-source', { sentence: shortSentence(task.sourcePhrase) })}`);
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
  for (const warning of proposal.warnings) lines.push(t('import-warning', { warning: warningText(t, warning) }));
  return lines;
}

/** The whole proposal as plain text (the console review and the e2e tests read this). */
export function describeProposal(t: Translate, proposal: PlanProposal, calendar?: WorkingCalendar): string {
  const lines = [...describePlanHeader(t, proposal), t('import-plan-tasks', { count: proposal.tasks.length })];
  proposal.tasks.forEach((task, i) => lines.push(...describeTask(t, task, i + 1, calendar)));
  lines.push(...describeUnused(t, proposal));
  return lines.join('\n');
}

/**
 * The proposal for a chat message: three short lines per task (what, when, who; to whom and what to check;
 * the sentence it came from), cut to fit the platform's limit, then the instructions no task came from; the
 * officer can still see everything with `npm run cli -- import plan --dry-run`.
 */
export function describeProposalCompact(
  t: Translate,
  proposal: PlanProposal,
  maxChars: number,
  dropped: readonly number[] = [],
  calendar?: WorkingCalendar,
): string {
  const shown = proposal.tasks.length - dropped.length;
  const head = [...describePlanHeader(t, proposal), t('import-plan-tasks', { count: shown })];
  const live = proposal.tasks.map((task, i) => ({ task, index: i + 1 })).filter(({ index }) => !dropped.includes(index));
  // with every source sentence if the list fits; else with those of the tasks to check (a doubtful doer, an
  // assumed year); else without (still with recipient and warnings): every task first, then the detail
  const fits = (items: string[]) => [...head, ...items].join('\n').length + 80 <= maxChars;
  const withSources = live.map(({ task, index }) => compactItem(t, task, index, true, calendar));
  const toCheck = live.map(({ task, index }) => compactItem(t, task, index, flagsOf(t, task).length > 0, calendar));
  const items = fits(withSources)
    ? withSources
    : fits(toCheck)
      ? toCheck
      : live.map(({ task, index }) => compactItem(t, task, index, false, calendar));
  const lines = [...head];
  let length = head.join('\n').length;
  for (const [k, item] of items.entries()) {
    // keep room for the "… and N more" line
    if (length + item.length + 80 > maxChars) {
      lines.push(t('import-plan-more', { count: items.length - k }));
      break;
    }
    lines.push(item);
    length += item.length + 1;
  }
  // the sentences no task came from, as many as there is room for (the officer's own message stays within the limit)
  const unused = describeUnused(t, proposal, UNUSED_SHOWN);
  if (unused.length > 0) lines.push(...(unused.join('\n').length + length <= maxChars + 200 ? unused : unused.slice(0, 1)));
  return lines.join('\n');
}

/** One task of the chat list: what, when and who; to whom and what to check; the sentence it came from. */
function compactItem(t: Translate, task: ProposedTask, index: number, withSource: boolean, calendar?: WorkingCalendar): string {
  return [
    t('import-task-compact', {
      index,
      title: task.title.length > 110 ? `${task.title.slice(0, task.title.lastIndexOf(' ', 108))}…` : task.title,
      rule: describeRule(t, task.rule, calendar),
      units: task.unitCodes.length > 0 ? unitList(task.unitCodes) : NONE,
      // the other things to check, told in full by the dry run
      warnings: task.warnings.filter((w) => !DOUBTFUL_DOER.has(w.code) && w.code !== 'year_assumed').length,
    }),
    `   ${[
      task.recipient ? t('import-task-compact-recipient', { recipient: task.recipient }) : t('import-task-compact-recipient-none'),
      ...flagsOf(t, task),
    ].join(' · ')}`,
    ...(withSource && task.sourcePhrase.trim() ? [`   ${t('import-task-source', { sentence: shortSentence(task.sourcePhrase) })}`] : []),
  ].join('\n');
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
    unusedSentences: proposal.unusedSentences ?? [],
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
