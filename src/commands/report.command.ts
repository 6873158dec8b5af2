import { z } from 'zod';
import type { ConversationState } from '../core/conversations/conversation.js';
import { formatDateTimeVi, formatDateVi, type LocalDate } from '../core/dates/local-date.js';
import { effectiveDeadline } from '../core/deadlines/deadline.js';
import { describeShift } from '../core/deadlines/describe-deadline.js';
import { DomainError, isDomainError } from '../core/errors.js';
import { permissions } from '../core/members/policy.js';
import type { EvidenceFile, OpenTask, ReportStatus } from '../core/plans/plan.js';
import { isSkipAnswer, readYesNo } from '../core/plans/confirm-answer.js';
import { readPercentInText, readStatusInText, readTaskNumber, reportContentIn } from '../core/intents/values.js';
import { parsePercent, parseReportLine, parseStatus, percentForStatus, statusForPercent } from '../core/reports/report-line.js';
import {
  assertMayReport,
  correctableReport,
  correctReport,
  MAX_REPORT_TEXT,
  submitReport,
  validateDraft,
  withdrawLastReport,
} from '../core/reports/submit-report.js';
import { reopenOccurrence } from '../core/reports/reopen-occurrence.js';
import { matchTask, taskCode, typedTaskCode } from '../core/reports/task-ref.js';
import { compactKey } from '../core/text/vietnamese.js';
import type { Unit } from '../core/units/unit.js';
import { echoToUnitGroups } from './unit-groups.js';
import { defineCommand, type Choice, type CommandContext, type Reply } from './command.js';
import { describeDue, shorten } from '../chat/format/due-lines.js';

// A report can be taken back or corrected this long after it was sent.
export const REPORT_CORRECTION_MINUTES = 30;
const MAX_TASK_CHOICES = 10;

const WITHDRAW_WORDS = ['rut', 'rutlai', 'thuhoi', 'xoa', 'withdraw'];
const CORRECT_WORDS = ['sua', 'suachua', 'chinhsua', 'sualai', 'correct'];
const SKIP_WORDS = ['boqua', 'khong', 'khongco', 'skip', 'xong', 'tiep', 'tieptuc'];
const REOPEN_WORDS = ['molai', 'reopen'];
/** "NV7", "nv7:", "7" leading the words of a report: a guess at its task, checked against the line's own reading */
const LEADING_TASK_CODE = /^\s*(?:nv)?(\d{1,9})(?=[\s:.,]|$)/i;

/** "/baocao molai NV7 …", "/baocao mở lại NV7 …": the words after the sub-command, or null when it is not one. */
function reopenArgs(words: readonly string[]): string[] | null {
  const first = compactKey(words[0] ?? '');
  if (REOPEN_WORDS.includes(first)) return words.slice(1);
  if (first === 'mo' && compactKey(words[1] ?? '') === 'lai') return words.slice(2);
  return null;
}

interface Draft {
  unitId: number;
  occurrenceId?: number;
  /** a correction (/baocao sua): the report this one replaces once confirmed; until then it stays as it is */
  replaces?: number;
  status?: ReportStatus;
  percent?: number | null;
  text?: string;
  evidence: EvidenceFile[];
  /** "xong" on an ongoing duty ("thường xuyên"): a check-in for the period (the default) or the duty's end */
  ongoing?: 'period' | 'end';
}

const statusLabel = (ctx: Pick<CommandContext, 't'>, status: ReportStatus) => ctx.t(`report-status-${status.replace('_', '-')}`);

const statusChoices = (ctx: CommandContext): Choice[] =>
  (['not_started', 'in_progress', 'done', 'blocked'] as const).map((status) => ({ label: statusLabel(ctx, status), value: status }));

const taskChoice = (ctx: CommandContext, task: OpenTask): Choice => ({
  label: `[${taskCode(task.taskId)}] ${shorten(task.title, 60)} — ${describeDue(ctx, task)}`,
  value: String(task.occurrenceId),
});

/** The unit a report is for: the group's unit, or in a private chat the one unit the person reports for. */
async function reportingUnit(ctx: CommandContext): Promise<Unit> {
  if (ctx.chat.kind === 'group') {
    if (!ctx.chat.unit) throw new DomainError('chat.not_bound', 'chat-not-bound', { command: '/baocao' });
    return ctx.chat.unit;
  }
  const unitIds = [
    ...new Set(
      ctx.actor.grants.filter((g) => (g.role === 'focal_point' || g.role === 'deputy') && g.unitId !== null).map((g) => g.unitId!),
    ),
  ];
  if (unitIds.length !== 1) throw new DomainError('report.which_unit', 'report-which-unit');
  const unit = await ctx.store.units.findById(unitIds[0]!);
  if (!unit) throw new DomainError('report.which_unit', 'report-which-unit');
  return unit;
}

function sourceOf(ctx: CommandContext): string {
  return `${ctx.chat.ref}:${ctx.message.id}`;
}

function evidenceOf(ctx: CommandContext): EvidenceFile[] {
  return ctx.message.attachments.map((file) => ({ platform: ctx.actor.user.platform, ...file }));
}

/**
 * The percent a report stores. "Vướng" (blocked) says nothing of how far the work has come, so it keeps the
 * last report's figure rather than dropping a task at 60% back to 0%.
 */
async function percentOf(ctx: CommandContext, draft: Required<Pick<Draft, 'occurrenceId' | 'status'>> & Draft): Promise<number> {
  if (draft.status === 'blocked' && (draft.percent === null || draft.percent === undefined)) {
    const last = await ctx.store.reports.latestOn(draft.occurrenceId);
    // a "done" report being corrected to blocked is not 100% done
    if (last && last.status !== 'done') return last.percent;
  }
  return percentForStatus(draft.status, draft.percent ?? null);
}

/**
 * " (hạn 14/12/2026)", or both days when the last day is a day off: " (hạn 05/12 (thứ Bảy) → nộp đến hết thứ
 * Hai 07/12)", the words /nhiemvu uses (describeShift).
 */
function dueClause(ctx: Pick<CommandContext, 't' | 'calendar'>, stated: LocalDate): string {
  const shift = describeShift(ctx.t, effectiveDeadline(stated, ctx.calendar));
  return shift ? ctx.t('report-due-clause-shifted', { shift }) : ctx.t('report-due-clause', { date: formatDateVi(stated) });
}

async function submit(
  ctx: CommandContext,
  draft: Required<Pick<Draft, 'occurrenceId' | 'status' | 'text'>> & Draft,
  open?: OpenTask,
): Promise<Reply> {
  const percent = await percentOf(ctx, draft);
  const input = {
    open,
    actor: ctx.actor,
    draft: { occurrenceId: draft.occurrenceId, status: draft.status, percent, text: draft.text, evidence: draft.evidence },
    sourceMessageId: sourceOf(ctx),
    chat: ctx.chat.ref,
    now: ctx.now,
    today: ctx.today,
    calendar: ctx.calendar,
  };
  const result =
    draft.replaces === undefined
      ? await submitReport(ctx.store, input)
      : await correctReport(ctx.store, { ...input, replaces: draft.replaces });
  await ctx.flow.end();
  ctx.services.refusedReports?.clear(ctx.actor.memberId);
  const unit = await ctx.store.units.findById(result.occurrence.unitId);
  // in the reader's language, and in each of the unit's groups' own
  const saved = (t: CommandContext['t']) =>
    t(draft.replaces === undefined ? 'report-saved' : 'report-corrected', {
      unit: unit?.shortName ?? unit?.name ?? '',
      code: taskCode(result.occurrence.taskId),
      title: shorten(result.occurrence.title, 80),
      // which period the report went to: after closing one, a recurring task's report goes to the next
      due: result.occurrence.dueDate ? dueClause({ t, calendar: ctx.calendar }, result.occurrence.dueDate) : '',
      status: statusLabel({ t }, draft.status),
      percent,
      timing: !result.closed ? '' : result.lateDays ? t('report-late', { days: result.lateDays }) : t('report-on-time'),
      files: draft.evidence.length,
    });
  const text = saved(ctx.t);
  const notices = await echoToUnitGroups(ctx, result.occurrence.unitId, 'report-sent-in-private', saved);
  // 80% then 8%: a slip of the finger as often as a step back, and leaders read the latest figure
  const lower =
    draft.replaces === undefined && result.previousPercent !== null && percent < result.previousPercent
      ? `\n${ctx.t('report-percent-lower', { previous: result.previousPercent, percent, minutes: REPORT_CORRECTION_MINUTES })}`
      : '';
  return { text: text + lower, ...(notices.length > 0 ? { notices } : {}) };
}

/** "khoảng 85% rồi ạ", "được tám mươi phần trăm", "chắc 85 rồi": the percentage in an answer to "how many percent?". */
function percentInSentence(text: string): { percent: number; used: number } | null {
  const said = readPercentInText(text);
  if (said !== null) return { percent: said, used: 0 };
  // the one whole number in a short answer, the question having asked for a percentage
  const numbers = text.match(/(?<![\d/.,-])\d{1,3}(?![\d/.,])/g) ?? [];
  return numbers.length === 1 && text.length <= 40 ? { percent: Number(numbers[0]), used: 0 } : null;
}

async function askTask(ctx: CommandContext, draft: Draft, tasks: OpenTask[]): Promise<Reply> {
  const choices = tasks.slice(0, MAX_TASK_CHOICES).map((task) => taskChoice(ctx, task));
  await ctx.flow.ask('task', { ...draft }, choices);
  // the note comes before the list on every platform, so it says what the list below is
  const text =
    tasks.length > MAX_TASK_CHOICES
      ? ctx.t('report-ask-task-more', { shown: MAX_TASK_CHOICES, count: tasks.length - MAX_TASK_CHOICES })
      : ctx.t('report-ask-task');
  return { text, choices };
}

async function askStatus(ctx: CommandContext, draft: Draft, task: { taskId: number; title: string }): Promise<Reply> {
  await ctx.flow.ask('status', { ...draft }, statusChoices(ctx));
  return { text: ctx.t('report-ask-status', { code: taskCode(task.taskId), title: shorten(task.title, 80) }), choices: statusChoices(ctx) };
}

async function askText(ctx: CommandContext, draft: Draft): Promise<Reply> {
  await ctx.flow.ask('text', { ...draft });
  return { text: ctx.t('report-ask-text') };
}

async function askEvidence(ctx: CommandContext, draft: Draft): Promise<Reply> {
  const choices = [{ label: ctx.t('report-skip-evidence'), value: 'skip' }];
  await ctx.flow.ask('evidence', { ...draft }, choices);
  return { text: ctx.t('report-ask-evidence'), choices };
}

const confirmChoices = (ctx: CommandContext): Choice[] => [
  { label: ctx.t('report-confirm-send'), value: 'send' },
  { label: ctx.t('report-confirm-cancel'), value: 'cancel' },
];

async function askConfirm(ctx: CommandContext, draft: Draft): Promise<Reply> {
  const occurrence = await ctx.store.plans.findOccurrence(draft.occurrenceId!);
  await ctx.flow.ask('confirm', { ...draft }, confirmChoices(ctx));
  const percent = await percentOf(ctx, draft as Required<Pick<Draft, 'occurrenceId' | 'status'>> & Draft);
  const summary = ctx.t('report-summary', {
    code: taskCode(occurrence?.taskId ?? 0),
    title: shorten(occurrence?.title ?? '', 80),
    status: statusLabel(ctx, draft.status!),
    percent,
    text: draft.text ?? '',
    files: draft.evidence.length,
  });
  const replacing = draft.replaces === undefined ? '' : `\n${ctx.t('report-correct-replaces')}`;
  return { text: `${summary}${replacing}`, choices: confirmChoices(ctx) };
}

const ongoingChoices = (ctx: CommandContext): Choice[] => [
  { label: ctx.t('report-ongoing-choice-period'), value: 'period' },
  { label: ctx.t('report-ongoing-choice-end'), value: 'end' },
];

async function askOngoingEnd(ctx: CommandContext, draft: Draft, task: { taskId: number; title: string }): Promise<Reply> {
  await ctx.flow.ask('ongoing', { ...draft }, ongoingChoices(ctx));
  return {
    text: ctx.t('report-ongoing-ask', { code: taskCode(task.taskId), title: shorten(task.title, 80) }),
    choices: ongoingChoices(ctx),
  };
}

/** After the task is known: asks for whatever the report still lacks, or stores it when nothing is missing. */
async function continueWith(
  ctx: CommandContext,
  draft: Draft,
  task: { taskId: number; title: string },
  /** `open`: the occurrence as the unit's open list gave it, in this message's transaction */
  options: { confirm: boolean; open?: OpenTask },
): Promise<Reply> {
  if (!draft.status) return askStatus(ctx, draft, task);
  if (draft.status === 'in_progress' && (draft.percent === null || draft.percent === undefined)) {
    await ctx.flow.ask('percent', { ...draft });
    return { text: ctx.t('report-ask-percent') };
  }
  if (!draft.text) return askText(ctx, draft);
  validateDraft({ status: draft.status, percent: percentForStatus(draft.status, draft.percent ?? null), text: draft.text });
  if (draft.status === 'done' && draft.ongoing === undefined) {
    // an ongoing duty does not end with one report: ask, and by default record the period's work
    const occurrence =
      options.open?.occurrenceId === draft.occurrenceId ? options.open : await ctx.store.plans.findOccurrence(draft.occurrenceId!);
    if (occurrence?.period === 'ongoing') return askOngoingEnd(ctx, draft, task);
  }
  if (draft.ongoing === 'period') {
    const text = ctx.t('report-ongoing-check-in', { text: draft.text });
    return submit(ctx, { ...draft, status: 'in_progress', percent: 100, text, occurrenceId: draft.occurrenceId! });
  }
  if (options.confirm) return askConfirm(ctx, draft);
  return submit(ctx, draft as Required<Pick<Draft, 'occurrenceId' | 'status' | 'text'>> & Draft, options.open);
}

async function startReport(ctx: CommandContext): Promise<Reply> {
  const unit = await reportingUnit(ctx);
  await assertMayReport(ctx.store, ctx.actor, unit.id);
  const line = parseReportLine(ctx.argsText);
  // A task code needs only that task's occurrences (read with the message's first statement when the code
  // leads the line, see readAhead); words of a title need the whole open list.
  const code = line.taskWords.length === 1 ? /^(?:nv)?(\d{1,9})$/i.exec(line.taskWords[0]!) : null;
  const ahead = ctx.readAhead.openTask;
  const open =
    code && ahead?.taskId === Number(code[1]) && ahead.unitId === unit.id
      ? ahead.occurrences
      : await ctx.store.plans.openOccurrences({
          unitIds: [unit.id],
          ...(code ? { taskIds: [Number(code[1])], withoutLastReport: true } : {}),
        });
  if (open.length === 0 && !code) return { text: ctx.t('report-nothing-open', { unit: unit.name }) };

  if (line.percent !== null) validateDraft({ status: line.status ?? statusForPercent(line.percent), percent: line.percent, text: 'ok' });
  const draft: Draft = {
    unitId: unit.id,
    status: line.status ?? (line.percent !== null ? statusForPercent(line.percent) : undefined),
    percent: line.percent,
    text: line.text || undefined,
    evidence: evidenceOf(ctx),
  };
  if (line.taskWords.length === 0) {
    if (draft.status || draft.text) throw new DomainError('report.task_missing', 'report-task-missing');
    return askTask(ctx, draft, open);
  }
  const match = matchTask(open, line.taskWords);
  if (match.kind === 'none') {
    // "nv3:" is named as the code it is ("NV3"); words of a title as typed
    const typed = line.taskWords.join(' ');
    throw new DomainError('report.unknown_task', 'report-unknown-task', { code: typedTaskCode(typed) ?? shorten(typed, 40) });
  }
  if (match.kind === 'several')
    return askTask(
      ctx,
      draft,
      match.tasks.map((t) => open.find((o) => o.taskId === t.taskId)!),
    );
  draft.occurrenceId = match.task.occurrenceId;
  // Everything on one line: store it at once. Anything missing: ask, and confirm before storing.
  const complete = Boolean(draft.status && draft.text && (draft.status !== 'in_progress' || draft.percent !== null));
  return continueWith(ctx, draft, match.task, { confirm: !complete, open: match.task });
}

async function resumeReport(ctx: CommandContext, state: ConversationState, input: { text: string; choice: string | null }): Promise<Reply> {
  const draft = state.data as unknown as Draft;
  const occurrence = draft.occurrenceId ? await ctx.store.plans.findOccurrence(draft.occurrenceId) : null;
  const task = occurrence ? { taskId: occurrence.taskId, title: occurrence.title } : null;
  // "nv 16 đang làm…" typed while NV7's status or content is asked: news of another task, never NV7's answer
  const named = input.choice ? null : readTaskNumber(input.text);
  if (task && named !== null && named !== task.taskId && ['status', 'percent', 'text'].includes(state.step)) {
    await ctx.flow.ask(state.step, state.data, state.choices);
    const told = ctx.t('report-answer-names-other-task', { asked: taskCode(task.taskId), named: taskCode(named) });
    // and the question again, as it was asked (once, however often the other task is named)
    const question = state.question?.startsWith(`${told}\n`) ? state.question.slice(told.length + 1) : state.question;
    return { text: question ? `${told}\n${question}` : told, ...(state.choices ? { choices: state.choices } : {}) };
  }
  switch (state.step) {
    case 'task': {
      const picked = input.choice ? Number(input.choice) : NaN;
      const open = await ctx.store.plans.openOccurrences({ unitIds: [draft.unitId] });
      const typed = matchTask(open, input.text.split(/\s+/));
      const chosen = open.find((o) => o.occurrenceId === picked) ?? (typed.kind === 'one' ? typed.task : undefined);
      if (!chosen) {
        await ctx.flow.ask('task', state.data, state.choices);
        // a code typed that is not one of this unit's open tasks is told so, not met with "which one?"
        const code = input.choice ? null : typedTaskCode(input.text);
        return { text: code ? ctx.t('report-ask-task-not-open', { code }) : ctx.t('report-ask-task-again'), choices: state.choices };
      }
      return continueWith(ctx, { ...draft, occurrenceId: chosen.occurrenceId }, chosen, { confirm: true });
    }
    case 'status': {
      const words = input.text.split(/\s+/).filter(Boolean);
      // A bare number picks a numbered choice, and one beyond the choices ("80") is a percentage; a percentage
      // carries its sign otherwise ("60%", "60 phần trăm").
      // …or said in a sentence: "khoảng 85% rồi ạ", "được tám mươi phần trăm", "đang vướng kinh phí"
      const bare = !input.choice && /^\d{1,3}$/.test(input.text.trim()) ? parsePercent(words, { bare: true }) : null;
      const inSentence = input.choice ? null : readPercentInText(input.text);
      const percent = input.choice
        ? null
        : (bare ?? parsePercent(words) ?? (inSentence === null ? null : { percent: inSentence, used: 0 }));
      const stated =
        (input.choice as ReportStatus | null) ?? parseStatus(words)?.status ?? (percent ? statusForPercent(percent.percent) : null);
      // A sentence says what was done, and perhaps its status (readStatusInText does not guess one when a step is
      // done and the work goes on): the words are kept as the content either way.
      const status = stated ?? readStatusInText(input.text);
      // (what is more than a figure, a status and filler: "khoảng 85% rồi ạ" is no content, the content is asked)
      const told = input.choice || bare || draft.text ? null : reportContentIn(input.text);
      const kept = told !== null && told.length <= MAX_REPORT_TEXT;
      const next = kept ? { ...draft, text: told } : draft;
      if (!status || !task) {
        await ctx.flow.ask('status', { ...next }, statusChoices(ctx));
        return { text: ctx.t(kept ? 'report-text-kept-ask-status' : 'report-ask-status-again'), choices: statusChoices(ctx) };
      }
      if (percent) validateDraft({ status, percent: percent.percent, text: 'ok' });
      return continueWith(ctx, { ...next, status, percent: percent?.percent ?? null }, task, { confirm: true });
    }
    case 'percent': {
      const read = task ? (parsePercent(input.text.trim().split(/\s+/), { bare: true }) ?? percentInSentence(input.text)) : null;
      if (!read || !task) {
        // words instead of a figure ("đã họp triển khai, đang chờ số liệu"): what was done, kept as the content
        const words = input.text.trim();
        if (task && !draft.text && words.length >= 10 && /\p{L}{2}/u.test(words) && words.length <= MAX_REPORT_TEXT) {
          await ctx.flow.ask('percent', { ...draft, text: words });
          return { text: ctx.t('report-text-kept-ask-percent') };
        }
        await ctx.flow.ask('percent', state.data);
        return { text: ctx.t('report-ask-percent') };
      }
      const percent = read.percent;
      validateDraft({ status: draft.status ?? 'in_progress', percent, text: 'ok' });
      return continueWith(ctx, { ...draft, percent, status: statusForPercent(percent) === 'done' ? 'done' : draft.status }, task, {
        confirm: true,
      });
    }
    case 'text': {
      const text = input.text.trim();
      if (text.length < 2 || !task) {
        // A photo or file without words is kept as the evidence it is meant to be; the words are still asked for.
        const sent = evidenceOf(ctx);
        await ctx.flow.ask('text', sent.length > 0 ? { ...draft, evidence: [...draft.evidence, ...sent] } : state.data);
        if (sent.length > 0) return { text: ctx.t('report-evidence-kept-ask-text', { files: sent.length }) };
        return { text: ctx.t(text.length === 0 ? 'report-ask-text-again' : 'report-empty') };
      }
      if (text.length > MAX_REPORT_TEXT) throw new DomainError('report.too_long', 'report-too-long', { max: MAX_REPORT_TEXT });
      const files = [...draft.evidence, ...evidenceOf(ctx)];
      const next = { ...draft, text, evidence: files };
      // A photo sent with its caption as the content already is the evidence.
      return files.length > 0 ? askConfirm(ctx, next) : askEvidence(ctx, next);
    }
    case 'evidence': {
      const files = evidenceOf(ctx);
      if (files.length > 0) return askConfirm(ctx, { ...draft, evidence: [...draft.evidence, ...files] });
      // "bỏ qua", "không có", and "ok gửi đi" (no evidence, on to sending) all go on without a file
      if (
        input.choice === 'skip' ||
        SKIP_WORDS.includes(compactKey(input.text)) ||
        isSkipAnswer(input.text) ||
        readYesNo(input.text) !== null
      )
        return askConfirm(ctx, draft);
      const choices = [{ label: ctx.t('report-skip-evidence'), value: 'skip' }];
      await ctx.flow.ask('evidence', state.data, choices);
      return { text: ctx.t('report-ask-evidence'), choices };
    }
    case 'ongoing': {
      if (!task) {
        await ctx.flow.end();
        return { text: ctx.t('report-cancelled') };
      }
      // only a clear "it has ended" closes the duty; anything else records the period's work
      const ended =
        input.choice === 'end' || (input.choice === null && (readYesNo(input.text) === 'yes' || /ket ?thuc/.test(compactKey(input.text))));
      return continueWith(ctx, { ...draft, ongoing: ended ? 'end' : 'period' }, task, { confirm: false });
    }
    case 'withdraw': {
      const answer = input.choice ?? readYesNo(input.text);
      if (answer === 'no') {
        await ctx.flow.end();
        return { text: ctx.t('report-withdraw-kept') };
      }
      if (answer !== 'yes') {
        await ctx.flow.ask('withdraw', state.data, withdrawChoices(ctx));
        return { text: ctx.t('report-withdraw-unclear'), choices: withdrawChoices(ctx) };
      }
      await ctx.flow.end();
      return withdraw(ctx, { reportId: Number(state.data.reportId) });
    }
    case 'confirm': {
      const answer = input.choice === 'send' ? 'yes' : input.choice === 'cancel' ? 'no' : readYesNo(input.text);
      if (answer === 'no') {
        await ctx.flow.end();
        return { text: ctx.t(draft.replaces === undefined ? 'report-cancelled' : 'report-correction-cancelled') };
      }
      if (answer !== 'yes' || !draft.occurrenceId || !draft.status || !draft.text) {
        await ctx.flow.ask('confirm', state.data, confirmChoices(ctx));
        return { text: ctx.t('report-confirm-unclear'), choices: confirmChoices(ctx) };
      }
      return submit(ctx, draft as Required<Pick<Draft, 'occurrenceId' | 'status' | 'text'>> & Draft);
    }
    default:
      await ctx.flow.end();
      return { text: ctx.t('report-cancelled') };
  }
}

const isCodeOf = (word: string | undefined, taskId: number) => word !== undefined && compactKey(word) === compactKey(taskCode(taskId));

/**
 * "/baocao sua": correct the last report. Alone, the correction is guided from the status; with the new
 * status, percent or content on the same line ("/baocao sua 90% đã xong phần khảo sát", "/baocao sua NV5 90%
 * …", "/baocao sua đã gửi công văn số 15"), it is stored at once. Either way the original stays until the
 * correction is stored, and then both change together. Words naming another task before a status or percent
 * ("/baocao sửa chữa trang thiết bị 50% …") are an ordinary report: null.
 */
async function startCorrection(ctx: CommandContext, rest: readonly string[]): Promise<Reply | null> {
  let line = parseReportLine(rest.join(' '));
  const statusGiven = line.status !== null || line.percent !== null;
  if (statusGiven && line.taskWords.length > 0 && !/^(?:nv)?\d{1,9}$/.test(compactKey(line.taskWords.join(' ')))) return null;
  const { report, occurrence } = await correctableReport(ctx.store, {
    actor: ctx.actor,
    now: ctx.now,
    windowMinutes: REPORT_CORRECTION_MINUTES,
  });
  if (line.taskWords.length > 0) {
    if (isCodeOf(line.taskWords[0], occurrence.taskId)) line = { ...line, taskWords: line.taskWords.slice(1) };
    // only the last report can be corrected: another task's code is a mistake worth naming
    if (statusGiven && line.taskWords.length > 0) {
      throw new DomainError('report.correct_other_task', 'report-correct-other-task', {
        code: taskCode(occurrence.taskId),
        title: shorten(occurrence.title, 80),
      });
    }
    // no status or percent: whatever follows is the new content
    if (!statusGiven) line = { ...line, text: line.taskWords.join(' '), taskWords: [] };
  }
  const draft: Draft = {
    unitId: occurrence.unitId,
    occurrenceId: occurrence.occurrenceId,
    replaces: report.id,
    status: line.status ?? (line.percent !== null ? statusForPercent(line.percent) : undefined),
    percent: line.percent,
    text: line.text || undefined,
    // the files sent with the report stay with its correction, and any sent now are added
    evidence: [...report.evidence, ...evidenceOf(ctx)],
  };
  if (line.percent !== null) validateDraft({ status: draft.status!, percent: line.percent, text: 'ok' });
  const task = { taskId: occurrence.taskId, title: occurrence.title };
  if (!draft.status && !draft.text) {
    const intro = ctx.t('report-correct-intro', {
      status: statusLabel(ctx, report.status),
      percent: report.percent,
      text: shorten(report.text ?? '', 120),
    });
    const ask = await askStatus(ctx, draft, task);
    return { ...ask, text: `${intro}\n${ask.text}` };
  }
  if (!draft.status) {
    // only new content: the status and percent stay as they were
    draft.status = report.status;
    draft.percent = report.percent;
  }
  if (!draft.text) draft.text = report.text ?? undefined;
  const complete = Boolean(
    draft.status && draft.text && (draft.status !== 'in_progress' || (draft.percent !== null && draft.percent !== undefined)),
  );
  return continueWith(ctx, draft, task, { confirm: !complete });
}

/** Runs a report; a refusal (nothing stored) is remembered, so that "/baocao rut" right after it takes nothing back. */
async function noteRefusal(ctx: CommandContext, work: () => Promise<Reply>): Promise<Reply> {
  try {
    return await work();
  } catch (error) {
    if (isDomainError(error)) ctx.services.refusedReports?.note(ctx.actor.memberId, { at: ctx.now, key: error.i18nKey });
    throw error;
  }
}

const withdrawChoices = (ctx: CommandContext): Choice[] => [
  { label: ctx.t('report-withdraw-yes'), value: 'yes' },
  { label: ctx.t('report-withdraw-no'), value: 'no' },
];

/** Takes back the sender's last report: the one they confirmed (reportId), or their last one about a task. */
async function withdraw(ctx: CommandContext, which: { taskId?: number; reportId?: number }): Promise<Reply> {
  const occurrence = await withdrawLastReport(ctx.store, {
    ...which,
    actor: ctx.actor,
    now: ctx.now,
    windowMinutes: REPORT_CORRECTION_MINUTES,
    today: ctx.today,
    calendar: ctx.calendar,
  });
  ctx.services.refusedReports?.clear(ctx.actor.memberId);
  return { text: ctx.t('report-withdrawn', { code: taskCode(occurrence.taskId), title: shorten(occurrence.title, 80) }) };
}

/**
 * "/baocao rut" without a task: says which report it would take back (the sender's last one: task, when it
 * was sent, its status) and asks first. Right after a /baocao that was refused, says that nothing was stored
 * then, rather than offering an older report the person did not mean.
 */
async function askWithdraw(ctx: CommandContext): Promise<Reply> {
  const refused = ctx.services.refusedReports?.last(ctx.actor.memberId) ?? null;
  const { report, occurrence } = await correctableReport(ctx.store, {
    actor: ctx.actor,
    now: ctx.now,
    windowMinutes: REPORT_CORRECTION_MINUTES,
  }).catch((error: unknown) => {
    if (refused && isDomainError(error)) throw new DomainError('report.withdraw_after_refusal', 'report-withdraw-after-refusal-none');
    throw error;
  });
  const facts = {
    code: taskCode(occurrence.taskId),
    title: shorten(occurrence.title, 80),
    at: formatDateTimeVi(report.createdAt, ctx.chat.timezone),
    status: statusLabel(ctx, report.status),
    percent: report.percent,
  };
  if (refused) return { text: ctx.t('report-withdraw-after-refusal', facts) };
  const choices = withdrawChoices(ctx);
  await ctx.flow.ask('withdraw', { reportId: report.id }, choices);
  return { text: ctx.t('report-withdraw-confirm', facts), choices };
}

/** The unit whose task is reopened: the group's, or in a private chat the one unit the person answers for. */
async function reopeningUnit(ctx: CommandContext): Promise<{ unit: Unit; scope: number[] }> {
  if (ctx.chat.kind === 'group') {
    if (!ctx.chat.unit) throw new DomainError('chat.not_bound', 'chat-not-bound', { command: '/baocao' });
    return { unit: ctx.chat.unit, scope: ctx.chat.unitScope ?? [ctx.chat.unit.id] };
  }
  const unitIds = [
    ...new Set(
      ctx.actor.grants
        .filter((g) => (g.role === 'focal_point' || g.role === 'deputy' || g.role === 'unit_leader') && g.unitId !== null)
        .map((g) => g.unitId!),
    ),
  ];
  const unit = unitIds.length === 1 ? await ctx.store.units.findById(unitIds[0]!) : null;
  if (!unit) throw new DomainError('report.reopen_which_unit', 'report-reopen-which-unit');
  return { unit, scope: [unit.id] };
}

/**
 * "/baocao molai NV7 <lý do>": opens again the unit's last closed occurrence of NV7 (who may is decided in
 * core/reports/reopen-occurrence). The unit's groups are told in one line.
 */
async function reopen(ctx: CommandContext, words: readonly string[]): Promise<Reply> {
  const code = /^(?:nv)?(\d{1,9})$/.exec(compactKey(words[0] ?? ''));
  if (!code) throw new DomainError('report.reopen_usage', 'report-reopen-usage');
  const { unit, scope } = await reopeningUnit(ctx);
  const reason = words.slice(1).join(' ');
  const occurrence = await reopenOccurrence(ctx.store, {
    actor: ctx.actor,
    taskId: Number(code[1]),
    unitId: unit.id,
    unitScope: scope,
    reason,
    now: ctx.now,
    today: ctx.today,
    calendar: ctx.calendar,
  });
  const args = (t: CommandContext['t']) => ({
    code: taskCode(occurrence.taskId),
    title: shorten(occurrence.title, 80),
    unit: unit.shortName ?? unit.name,
    reason: shorten(reason.trim(), 200),
    name: ctx.actor.user.displayName,
    due: occurrence.dueDate ? dueClause({ t, calendar: ctx.calendar }, occurrence.dueDate) : '',
  });
  const text = ctx.t('report-reopened', args(ctx.t));
  if (ctx.chat.kind === 'group') return { text };
  const groups = (await ctx.store.chats.listByUnit(unit.id)).filter((chat) => chat.kind === 'group' && !chat.isLeadersChat);
  // each group in its own language
  const notices = groups.map((chat) => {
    const t = ctx.translate(chat.locale);
    return { chat: chat.ref, text: t('report-reopened-group', args(t)) };
  });
  return { text, ...(notices.length > 0 ? { notices } : {}) };
}

/**
 * /baocao: the focal point reports progress. Guided (task → status or percent → content → evidence →
 * confirm), or on one line: "/baocao NV12 80% đã tập huấn 120 người". "/baocao rut" takes the last report
 * back and "/baocao sua" corrects it, within a short window.
 */
export const reportCommand = defineCommand({
  name: 'baocao',
  aliases: ['report', 'bc'],
  descriptionKey: 'cmd-baocao-description',
  usageKey: 'cmd-baocao-usage',
  scope: 'any',
  permission: permissions.reporter,
  args: z.array(z.string()).max(400),
  // "/baocao NV7 …" in a group: the task's occurrences in the group's unit, read with the message's first statement
  readAhead: (argsText) => {
    const code = LEADING_TASK_CODE.exec(argsText);
    return code ? { openTask: Number(code[1]) } : null;
  },
  permissionFor: (words) => (reopenArgs(words) ? permissions.reopen : null),
  async run(ctx, words) {
    const reopening = reopenArgs(words);
    if (reopening) return reopen(ctx, reopening);
    const first = compactKey(words[0] ?? '');
    // "/baocao rut", "/baocao rut NV7", "/baocao rút lại NV7"
    const rest = first === 'rut' && compactKey(words[1] ?? '') === 'lai' ? words.slice(2) : words.slice(1);
    const named = rest.length === 1 ? /^(?:nv)?(\d{1,9})$/.exec(compactKey(rest[0]!)) : null;
    if (WITHDRAW_WORDS.includes(first) && named) return withdraw(ctx, { taskId: Number(named[1]) });
    if (WITHDRAW_WORDS.includes(first) && rest.length === 0) return askWithdraw(ctx);
    return noteRefusal(ctx, async () => {
      if (CORRECT_WORDS.includes(first)) {
        const correction = await startCorrection(ctx, words.slice(1));
        if (correction) return correction;
      }
      return startReport(ctx);
    });
  },
  resume: (ctx, state, input) =>
    state.step === 'withdraw' ? resumeReport(ctx, state, input) : noteRefusal(ctx, () => resumeReport(ctx, state, input)),
});
