import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { App } from '../app.js';
import { describeProposal, describeProposalCompact, proposalJson, readReviewAnswer } from '../core/plans/import/describe-proposal.js';
import { proposePlanFromData } from '../core/plans/import/plan-file.js';
import { type PlanProposal, proposePlanFromText } from '../core/plans/import/propose-plan.js';
import { applyReviewEdit, readReviewEdit } from '../core/plans/import/review-proposal.js';
import { alreadyImported, savedPlanMessage, savePlanProposal, withoutTasks } from '../core/plans/import/save-plan.js';
import type { LocalDate } from '../core/dates/local-date.js';
import { readYesNo } from '../core/plans/confirm-answer.js';
import { findPlan } from '../core/plans/manage-plan.js';
import { describeDiff, planReplacement, replacePlan } from '../core/plans/replace-plan.js';
import { planHandle } from '../core/reports/report-plan.js';
import type { Translate } from '../core/text/translate.js';
import { err, out, referenceDate, withCliApp } from './session.js';

const TEXT_FILES = new Set(['.txt', '.text', '.md']);
const DATA_FILES = new Set(['.yaml', '.yml', '.json']);

async function readProposal(
  app: App,
  t: Translate,
  file: string,
  reference: string,
): Promise<{ proposal: PlanProposal; sourceText: string | null } | null> {
  const extension = path.extname(file).toLowerCase();
  if (!TEXT_FILES.has(extension) && !DATA_FILES.has(extension)) {
    err(t('import-plan-file-kind'));
    process.exitCode = 2;
    return null;
  }
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch {
    err(t('import-file-unreadable', { file }));
    process.exitCode = 1;
    return null;
  }
  const units = await app.store.units.list();
  // "10 ngày làm việc kể từ ngày ký" counts the Department's working days
  const calendar = await app.calendar.current();
  if (TEXT_FILES.has(extension)) {
    if (!content.trim()) {
      err(t('import-plan-empty'));
      process.exitCode = 1;
      return null;
    }
    return { proposal: proposePlanFromText(content, { units, referenceDate: reference, calendar }), sourceText: content };
  }
  let data: unknown;
  try {
    data = parseYaml(content);
  } catch (error) {
    const line = error instanceof YAMLParseError ? (error.linePos?.[0].line ?? 0) : 0;
    err(t('import-file-syntax', { file, line }));
    process.exitCode = 1;
    return null;
  }
  const result = proposePlanFromData(data, { units, referenceDate: reference, calendar });
  if (!result.ok) {
    err(
      [
        t('import-plan-file-invalid'),
        ...result.problems.map((p) =>
          t('import-plan-file-problem', { path: p.path, kind: p.kind, task: p.task ?? 'none', value: p.value ?? '' }),
        ),
      ].join('\n'),
    );
    process.exitCode = 1;
    return null;
  }
  return { proposal: result.proposal, sourceText: null };
}

/**
 * Asks on standard input until the reviewer says yes or no; "bỏ 2 5" strikes tasks (numbered as first
 * shown) and asks again.
 */
async function review(t: Translate, first: PlanProposal, options: Parameters<typeof applyReviewEdit>[2]): Promise<PlanProposal | null> {
  const lines = createInterface({ input: process.stdin, terminal: false });
  let proposal = first;
  const dropped = new Set<number>();
  const remaining = () => proposal.tasks.length - dropped.size;
  out(t('import-plan-confirm', { count: remaining() }));
  out(t('plan-review-help'));
  try {
    for await (const line of lines) {
      if (!line.trim()) continue;
      const answer = readReviewAnswer(line, proposal.tasks.length);
      if (answer.kind === 'yes') return withoutTasks(proposal, [...dropped]);
      if (answer.kind === 'no') {
        out(t('import-plan-cancelled'));
        return null;
      }
      if (answer.kind === 'drop') {
        answer.numbers.forEach((n) => dropped.add(n));
        out(t('import-plan-dropped', { dropped: [...dropped].sort((a, b) => a - b).join(', '), count: remaining() }));
        if (remaining() === 0) {
          out(t('import-plan-cancelled'));
          return null;
        }
        // the list as it now stands, numbers kept, as after any other change
        out(describeProposalCompact(t, proposal, Number.MAX_SAFE_INTEGER, [...dropped], options.calendar));
      } else {
        // "sửa 3 …", "giao 3 cho …", "hạn 3 …": the list again after the change, with the same numbers
        const edit = readReviewEdit(line);
        const result = edit ? applyReviewEdit({ proposal, dropped: [...dropped] }, edit, options) : null;
        if (!result) out(t('import-plan-answer-unclear', { count: proposal.tasks.length }));
        else if ('error' in result) out(t(result.error, { count: proposal.tasks.length }));
        else {
          proposal = result.proposal;
          result.dropped.forEach((n) => dropped.add(n));
          out(t('plan-review-edited'));
          out(describeProposalCompact(t, proposal, Number.MAX_SAFE_INTEGER, [...dropped], options.calendar));
        }
      }
      out(t('import-plan-confirm', { count: remaining() }));
    }
  } finally {
    lines.close();
  }
  out(t('import-plan-no-answer'));
  return null;
}

/** One line from standard input, or null at its end. */
async function oneAnswer(): Promise<string | null> {
  const lines = createInterface({ input: process.stdin, terminal: false });
  try {
    for await (const line of lines) if (line.trim()) return line;
    return null;
  } finally {
    lines.close();
  }
}

/**
 * `--replace <plan code>`: what replacing the saved plan by the file would add, remove and change; applied
 * after a yes on standard input or with --yes, never with --dry-run. Reports on tasks that stay are kept.
 */
async function replace(
  app: App,
  t: Translate,
  proposal: PlanProposal,
  code: string,
  options: { reference: LocalDate; dryRun: boolean; yes: boolean },
): Promise<void> {
  const calendar = await app.calendar.current();
  const plan = await findPlan(app.store, code, { today: options.reference, calendar });
  out(describeDiff(t, planHandle(plan), await planReplacement(app.store, plan, proposal)));
  if (options.dryRun) {
    out(t('plan-cli-dry-run'));
    return;
  }
  if (!options.yes) {
    out(t('plan-replace-confirm'));
    const answer = await oneAnswer();
    if (answer === null || readYesNo(answer) !== 'yes') {
      out(t(answer === null ? 'import-plan-no-answer' : 'import-plan-cancelled'));
      return;
    }
  }
  const done = await replacePlan(app.store, plan, proposal, {
    today: options.reference,
    now: app.clock.now(),
    calendar,
    actor: null,
    actorId: null,
    translatorFor: (locale) => app.i18n.translator(app.i18n.resolve(locale ?? app.config.defaultLocale)),
  });
  out(
    t('plan-replace-done', {
      code: planHandle(plan),
      added: done.added.length,
      removed: done.removed.length,
      changed: done.changed.length,
      notified: done.notified,
    }),
  );
}

/**
 * `import plan <file> [--dry-run] [--json] [--yes] [--reference-date YYYY-MM-DD]`: proposes the plan's
 * tasks and saves them once the officer agrees on standard input (or with --yes). --dry-run only shows.
 */
export async function importPlanCommand(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      yes: { type: 'boolean', default: false },
      'reference-date': { type: 'string' },
      replace: { type: 'string' },
    },
    allowPositionals: true,
  });
  await withCliApp(async (app, t) => {
    const [file] = positionals;
    if (!file || positionals.length > 1) {
      err(t('import-usage'));
      process.exitCode = 2;
      return;
    }
    const reference = referenceDate(values['reference-date'], app.config, app.clock.now(), t);
    if (!reference) return;
    const read = await readProposal(app, t, file, reference);
    if (!read) return;
    if (values.json) out(JSON.stringify(proposalJson(t, read.proposal)));
    else out(describeProposal(t, read.proposal, await app.calendar.current()));
    if (values.replace !== undefined) {
      await replace(app, t, read.proposal, values.replace, { reference, dryRun: values['dry-run'], yes: values.yes });
      return;
    }
    if (values['dry-run']) return;
    const existing = await alreadyImported(app.store, read.proposal);
    if (existing) {
      err(t('import-plan-exists', { code: existing }));
      process.exitCode = 1;
      return;
    }
    const accepted = values.yes
      ? read.proposal
      : await review(t, read.proposal, {
          units: await app.store.units.list(),
          referenceDate: reference,
          calendar: await app.calendar.current(),
        });
    if (!accepted) return;
    const saved = await savePlanProposal(app.store, accepted, {
      sourceText: read.sourceText,
      today: reference,
      calendar: await app.calendar.current(),
      actorId: null,
      translatorFor: (locale) => app.i18n.translator(app.i18n.resolve(locale ?? app.config.defaultLocale)),
    });
    out(t('import-plan-saved', savedPlanMessage(saved)));
  });
}
