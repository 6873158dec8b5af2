import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { LocalDate } from '../dates/local-date.js';
import { DomainError } from '../errors.js';
import type { Actor } from '../members/member.js';
import { hasRole, isAllowed, permissions } from '../members/policy.js';
import type { OccurrenceDetail } from '../plans/plan.js';
import type { Store } from '../store.js';
import { closeEarlyNextOccurrence } from './submit-report.js';
import { taskCode } from './task-ref.js';

/** The person who closed an occurrence may reopen it this many days after closing it; leaders at any time. */
export const REOPEN_WINDOW_DAYS = 7;
/** A reason shorter than this says nothing ("x", "ok"): it is asked for again. */
const MIN_REASON = 3;
export const MAX_REOPEN_REASON = 500;

export type ReopenVerdict = 'allowed' | 'window_passed' | 'forbidden';

/**
 * Who may reopen a closed occurrence: the unit's leader (or a leader of a unit above it), a Department leader
 * or an administrator at any time; the person whose report closed it within REOPEN_WINDOW_DAYS of closing.
 */
export function reopenVerdict(
  actor: Pick<Actor, 'grants' | 'memberId'>,
  input: { unitScope: readonly number[]; closedBy: number | null; closedAt: Date | null; now: Date },
): ReopenVerdict {
  if (isAllowed(actor, permissions.leader, null) || hasRole(actor, 'unit_leader', input.unitScope)) return 'allowed';
  if (input.closedBy === null || input.closedBy !== actor.memberId) return 'forbidden';
  if (!isAllowed(actor, permissions.reporter, [input.unitScope[0]!])) return 'forbidden';
  if (input.closedAt === null) return 'allowed';
  const days = (input.now.getTime() - input.closedAt.getTime()) / 86_400_000;
  return days <= REOPEN_WINDOW_DAYS ? 'allowed' : 'window_passed';
}

export interface ReopenInput {
  actor: Actor;
  taskId: number;
  unitId: number;
  /** the unit and every unit above it (a leader of a unit above may reopen) */
  unitScope: readonly number[];
  reason: string;
  now: Date;
  today: LocalDate;
  calendar: WorkingCalendar;
}

/**
 * Opens again the occurrence of a task a unit closed last (/baocao molai NV7 <lý do>): it comes back to
 * /nhiemvu, the reports on it stay in the record, a next occurrence opened ahead of its period by the closing
 * goes again if nobody reported on it, and the reopening is audited with its reason. Every refusal is a
 * DomainError and changes nothing.
 */
export async function reopenOccurrence(store: Store, input: ReopenInput): Promise<OccurrenceDetail> {
  const reason = input.reason.trim();
  const code = taskCode(input.taskId);
  if (reason.length < MIN_REASON) throw new DomainError('report.reopen_reason', 'report-reopen-reason', { code });
  if (reason.length > MAX_REOPEN_REASON)
    throw new DomainError('report.reopen_reason_long', 'report-reopen-reason-long', { max: MAX_REOPEN_REASON });
  return store.transaction(async (tx) => {
    const closed = await tx.plans.lastClosedOccurrence(input.taskId, input.unitId);
    if (!closed) {
      const any = await tx.plans.latestOccurrenceOf(input.taskId, input.unitId);
      throw any === null
        ? new DomainError('report.reopen_unknown', 'report-reopen-unknown', { code })
        : new DomainError('report.reopen_not_closed', 'report-reopen-not-closed', { code });
    }
    const occurrence = await tx.plans.findOccurrence(closed.occurrenceId);
    if (!occurrence) throw new DomainError('report.reopen_unknown', 'report-reopen-unknown', { code });
    const closing = await tx.reports.latestOn(occurrence.occurrenceId);
    const closedBy = closing && closing.status === 'done' ? closing.reporterId : null;
    const verdict = reopenVerdict(input.actor, { unitScope: input.unitScope, closedBy, closedAt: closed.completedAt, now: input.now });
    if (verdict === 'window_passed') {
      throw new DomainError('report.reopen_window', 'report-reopen-window', { code, days: REOPEN_WINDOW_DAYS });
    }
    if (verdict === 'forbidden')
      throw new DomainError('report.reopen_forbidden', 'report-reopen-forbidden', { code, days: REOPEN_WINDOW_DAYS });
    if (!(await tx.plans.reopenOccurrence(occurrence.occurrenceId))) {
      throw new DomainError('report.reopen_not_closed', 'report-reopen-not-closed', { code });
    }
    await closeEarlyNextOccurrence(tx, occurrence, input.calendar, input.today);
    await tx.audit.record({
      actorId: input.actor.memberId,
      action: 'occurrence.reopen',
      entity: 'occurrence',
      entityId: String(occurrence.occurrenceId),
      data: { reason, closedBy, closedAt: closed.completedAt?.toISOString() ?? null },
    });
    return { ...occurrence, status: 'open' };
  });
}
