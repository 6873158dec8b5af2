import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { addDays, type LocalDate } from '../dates/local-date.js';
import { currentOccurrence, nextDueDates } from '../deadlines/occurrence.js';
import { DomainError } from '../errors.js';
import type { Actor } from '../members/member.js';
import { isAllowed, permissions } from '../members/policy.js';
import type { EvidenceFile, OccurrenceDetail, OpenTask, ReportRecord, ReportStatus } from '../plans/plan.js';
import type { Store } from '../store.js';
import { daysLateOn } from '../deadlines/deadline.js';
import { taskCode } from './task-ref.js';

export interface ReportDraft {
  occurrenceId: number;
  status: ReportStatus;
  percent: number;
  text: string;
  evidence: EvidenceFile[];
}

export interface SubmittedReport {
  reportId: number;
  occurrence: OccurrenceDetail;
  closed: boolean;
  /** for a closing report: on time, or how many days late */
  lateDays: number | null;
  /** the percentage the occurrence's latest report said before this one; null when this is the first */
  previousPercent: number | null;
}

export const MAX_REPORT_TEXT = 2000;

/** Checks what a report says before anything is written: every refusal is a DomainError the user reads. */
export function validateDraft(draft: Pick<ReportDraft, 'percent' | 'text' | 'status'>): void {
  if (!Number.isInteger(draft.percent) || draft.percent < 0 || draft.percent > 100) {
    throw new DomainError('report.percent_range', 'report-percent-range', { percent: draft.percent });
  }
  if (draft.text.trim().length < 2) throw new DomainError('report.empty', 'report-empty');
  if (draft.text.length > MAX_REPORT_TEXT) throw new DomainError('report.too_long', 'report-too-long', { max: MAX_REPORT_TEXT });
  if (draft.status === 'done' && draft.percent < 100) throw new DomainError('report.done_not_full', 'report-done-not-full');
}

/** Only the unit's own focal point or deputy may report for it. */
export async function assertMayReport(store: Store, actor: Actor, unitId: number): Promise<void> {
  if (!isAllowed(actor, permissions.reporter, [unitId])) {
    const unit = await store.units.findById(unitId);
    throw new DomainError('report.forbidden', 'report-forbidden-unit', { unit: unit?.name ?? '' });
  }
}

/**
 * Once an occurrence of a recurring task is closed, its next one must exist: otherwise the task vanishes
 * from /nhiemvu and /hanchot until the daily job opens the next period (for a yearly report closed in
 * November, until January).
 */
function nextSlot(occurrence: OccurrenceDetail, calendar: WorkingCalendar) {
  if (!occurrence.dueDate || occurrence.rule.kind === 'once' || occurrence.rule.kind === 'unscheduled') return null;
  const [next] = nextDueDates(occurrence.rule, addDays(occurrence.dueDate, 1), 1, calendar);
  return next && next.period !== occurrence.period ? next : null;
}

async function openNextOccurrence(store: Store, occurrence: OccurrenceDetail, calendar: WorkingCalendar): Promise<void> {
  const next = nextSlot(occurrence, calendar);
  if (next) await store.plans.ensureOccurrence(occurrence.assignmentId, next.period, next.dueDate);
}

/**
 * The other half of openNextOccurrence: when the report that closed an occurrence is taken back, the next one
 * it opened ahead of its period goes again if nobody has reported on it, so the task is listed once, as
 * before. One the daily job would have opened by now (its period has come) stays.
 */
export async function closeEarlyNextOccurrence(
  store: Store,
  occurrence: OccurrenceDetail,
  calendar: WorkingCalendar,
  today: LocalDate,
): Promise<void> {
  const next = nextSlot(occurrence, calendar);
  if (next && next.period !== currentOccurrence(occurrence.rule, today, calendar).period) {
    await store.plans.removeUntouchedOccurrence(occurrence.assignmentId, next.period);
  }
}

interface SubmitInput {
  actor: Actor;
  draft: ReportDraft;
  sourceMessageId: string | null;
  /** the chat the report came from: a photo that cannot be downloaded is reported there */
  chat?: string | null;
  /**
   * The open occurrence as this same transaction read it a moment ago (the one-line /baocao found it in the
   * unit's open list): not read a second time.
   */
  open?: OpenTask;
  now: Date;
  today: LocalDate;
  calendar: WorkingCalendar;
}

const detailOf = (open: OpenTask): OccurrenceDetail => ({
  occurrenceId: open.occurrenceId,
  assignmentId: open.assignmentId,
  taskId: open.taskId,
  unitId: open.unitId,
  title: open.title,
  planLabel: open.planLabel,
  period: open.period,
  dueDate: open.dueDate,
  status: 'open',
  rule: open.rule,
});

/**
 * Stores a report (/baocao). A report marked done closes the occurrence, records whether it came by the
 * due date and opens the task's next occurrence. `sourceMessageId` ties it to the platform message, so a
 * redelivery cannot store it twice.
 */
export async function submitReport(store: Store, input: SubmitInput): Promise<SubmittedReport> {
  const { actor, draft } = input;
  validateDraft(draft);
  return store.transaction(async (tx) => {
    const occurrence =
      input.open?.occurrenceId === draft.occurrenceId ? detailOf(input.open) : await tx.plans.findOccurrence(draft.occurrenceId);
    if (!occurrence) throw new DomainError('report.unknown_task', 'report-unknown-task', { code: '' });
    await assertMayReport(tx, actor, occurrence.unitId);
    if (occurrence.status !== 'open') throw new DomainError('report.closed', 'report-closed', { title: occurrence.title });
    const closes = draft.status === 'done';
    const lateDays = closes ? daysLateOn(occurrence.dueDate, input.today, input.calendar) : null;
    const { id: reportId, previousPercent } = await tx.reports.add(
      {
        occurrenceId: occurrence.occurrenceId,
        reporterId: actor.memberId,
        percent: draft.percent,
        status: draft.status,
        text: draft.text.trim(),
        evidence: draft.evidence,
        sourceMessageId: input.sourceMessageId,
        at: input.now,
        onTime: closes ? lateDays === null || lateDays === 0 : null,
      },
      // written with the report, in the same statement
      {
        actorId: actor.memberId,
        action: 'report.submit',
        entity: 'occurrence',
        entityId: String(occurrence.occurrenceId),
        data: { status: draft.status, percent: draft.percent },
      },
    );
    // The platform's links expire (Zalo) or work for this bot alone (Telegram): the files are fetched and kept,
    // by a worker after the commit, so that a slow download never holds the report back.
    await tx.evidence.track(draft.evidence, {
      chat: input.chat ?? null,
      taskCode: taskCode(occurrence.taskId),
      reporterId: actor.memberId,
      at: input.now,
    });
    if (closes) await openNextOccurrence(tx, occurrence, input.calendar);
    return { reportId, occurrence, closed: closes, lateDays, previousPercent };
  });
}

/**
 * "/baocao rut NV7" when the sender's own last report is not about NV7: if the last report on NV7 of a unit
 * they report for is someone else's, that is what they meant to take back, and only its sender may.
 */
async function assertNotSomeoneElses(store: Store, actor: Actor, taskId: number): Promise<void> {
  const unitIds = new Set(
    actor.grants.filter((g) => (g.role === 'focal_point' || g.role === 'deputy') && g.unitId !== null).map((g) => g.unitId!),
  );
  for (const unitId of unitIds) {
    const occurrenceId = await store.plans.latestOccurrenceOf(taskId, unitId);
    const latest = occurrenceId === null ? null : await store.reports.latestOn(occurrenceId);
    if (latest && latest.reporterId !== actor.memberId) {
      throw new DomainError('report.withdraw_someone_else', 'report-withdraw-someone-else', { code: taskCode(taskId) });
    }
  }
}

/** The person's last report, if it may still be taken back or corrected, with the occurrence it is on. */
export async function correctableReport(
  store: Store,
  input: { actor: Actor; now: Date; windowMinutes: number; taskId?: number; reportId?: number },
): Promise<{ report: ReportRecord; occurrence: OccurrenceDetail }> {
  const last = await store.reports.lastActiveBy(input.actor.memberId);
  if (input.reportId !== undefined && last?.id !== input.reportId) {
    // confirmed a moment ago, but taken back or followed by a newer report meanwhile: never another one
    throw new DomainError('report.withdraw_stale', 'report-withdraw-stale');
  }
  if (!last) {
    if (input.taskId !== undefined) await assertNotSomeoneElses(store, input.actor, input.taskId);
    throw new DomainError('report.nothing_to_withdraw', 'report-nothing-to-withdraw');
  }
  if (input.taskId !== undefined) {
    // "/baocao rut NV7": only the sender's last report, and only when it is about that task; never another
    const on = await store.plans.findOccurrence(last.occurrenceId);
    if (on && on.taskId !== input.taskId) {
      await assertNotSomeoneElses(store, input.actor, input.taskId);
      throw new DomainError('report.withdraw_other_task', 'report-withdraw-other-task', {
        asked: taskCode(input.taskId),
        code: taskCode(on.taskId),
        title: on.title.length > 80 ? `${on.title.slice(0, 79)}…` : on.title,
      });
    }
  }
  const ageMinutes = (input.now.getTime() - last.createdAt.getTime()) / 60_000;
  if (ageMinutes > input.windowMinutes) {
    throw new DomainError('report.window_closed', 'report-window-closed', { minutes: input.windowMinutes });
  }
  const occurrence = await store.plans.findOccurrence(last.occurrenceId);
  if (!occurrence) throw new DomainError('report.nothing_to_withdraw', 'report-nothing-to-withdraw');
  return { report: last, occurrence };
}

/**
 * Takes back the person's last report within the correction window (/baocao rut): the report stays in the
 * record as withdrawn, and an occurrence it closed opens again.
 */
export async function withdrawLastReport(
  store: Store,
  input: {
    actor: Actor;
    now: Date;
    windowMinutes: number;
    today: LocalDate;
    calendar: WorkingCalendar;
    taskId?: number;
    reportId?: number;
  },
): Promise<OccurrenceDetail> {
  return store.transaction(async (tx) => {
    const { report, occurrence } = await correctableReport(tx, input);
    await tx.reports.withdraw(report.id, input.now);
    if (report.status === 'done' && (await tx.plans.findOccurrence(occurrence.occurrenceId))?.status === 'open') {
      await closeEarlyNextOccurrence(tx, occurrence, input.calendar, input.today);
    }
    await tx.audit.record({
      actorId: input.actor.memberId,
      action: 'report.withdraw',
      entity: 'occurrence',
      entityId: String(report.occurrenceId),
      data: { reportId: report.id },
    });
    return occurrence;
  });
}

/**
 * Replaces the person's last report with a corrected one (/baocao sua), in one transaction: the old report is
 * withdrawn and the new one stored, or neither. Nothing is touched before this point, so a correction that
 * is cancelled leaves the original as it was. The window was checked when the correction began; here the
 * report must still be the person's last one (not withdrawn meanwhile, nothing newer sent).
 */
export async function correctReport(store: Store, input: SubmitInput & { replaces: number }): Promise<SubmittedReport> {
  validateDraft(input.draft);
  return store.transaction(async (tx) => {
    const last = await tx.reports.lastActiveBy(input.actor.memberId);
    if (!last || last.id !== input.replaces || last.occurrenceId !== input.draft.occurrenceId) {
      throw new DomainError('report.correction_stale', 'report-correction-stale');
    }
    await tx.reports.withdraw(last.id, input.now);
    const submitted = await submitReport(tx, input);
    if (last.status === 'done' && !submitted.closed) await closeEarlyNextOccurrence(tx, submitted.occurrence, input.calendar, input.today);
    await tx.audit.record({
      actorId: input.actor.memberId,
      action: 'report.correct',
      entity: 'occurrence',
      entityId: String(submitted.occurrence.occurrenceId),
      data: { replaced: last.id, reportId: submitted.reportId },
    });
    return submitted;
  });
}
