import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { localDateOf } from '../dates/local-date.js';
import { DomainError } from '../errors.js';
import type { Actor } from '../members/member.js';
import type { Store } from '../store.js';
import { type Category, isClosed, type Reclassification, type Severity, type Ticket } from './feedback.js';
import { assertCaseOfThisChat, assertMayHandle, findTicket } from './handle.js';
import { assertMayLog } from './intake.js';
import { type SlaPolicy, slaDueDate, slaWorkingDays } from './sla.js';

export interface ReclassifyInput {
  actor: Actor;
  code: string;
  category?: Category;
  severity?: Severity;
  now: Date;
  timezone: string;
  calendar: WorkingCalendar;
  policy: SlaPolicy;
  /** the unit of the group the command is typed in; null in a private chat or a group bound to none */
  chatUnitId: number | null;
}

/**
 * Corrects a case's category or severity (a one-line intake guesses the first and assumes the second): the SLA
 * date is counted again from the day it was received, praise is acknowledged (or, no longer praise, opened
 * again), a closed case's on-time mark follows the new date, and the reminders start over. Audited.
 */
export async function reclassifyTicket(store: Store, input: ReclassifyInput): Promise<{ before: Ticket; after: Ticket }> {
  const ticket = await findTicket(store, input.code);
  await assertMayLog(store, input.actor, ticket.unitId);
  await assertCaseOfThisChat(store, ticket, input.chatUnitId);
  if (ticket.status === 'linked') throw new DomainError('feedback.linked', 'feedback-linked', { code: ticket.code });
  const category = input.category ?? ticket.category;
  // a sensitive case (tiêu cực, nhũng nhiễu, or marked so) is always urgent and stays sensitive
  const sensitive = ticket.sensitive || category === 'misconduct';
  const severity = sensitive ? 'urgent' : (input.severity ?? ticket.severity);
  if (category === ticket.category && severity === ticket.severity && sensitive === ticket.sensitive)
    throw new DomainError('feedback.unchanged', 'feedback-reclassify-unchanged', { code: ticket.code });

  const received = localDateOf(ticket.receivedAt, input.timezone);
  const slaDue = slaDueDate(received, slaWorkingDays(input.policy, ticket.channel, severity, category), input.calendar);
  let change: Omit<Reclassification, 'sensitive'>;
  if (category === 'praise' && !isClosed(ticket.status)) {
    change = { category, severity, slaDue, status: 'acknowledged', resolvedAt: input.now, closedOnTime: null };
  } else if (ticket.status === 'acknowledged' && category !== 'praise') {
    change = { category, severity, slaDue, status: 'received', resolvedAt: null, closedOnTime: null };
  } else if (isClosed(ticket.status) && ticket.resolvedAt) {
    const closedOn = localDateOf(ticket.resolvedAt, input.timezone);
    change = {
      category,
      severity,
      slaDue,
      status: ticket.status,
      resolvedAt: ticket.resolvedAt,
      closedOnTime: slaDue === null ? null : closedOn <= slaDue,
    };
  } else {
    change = { category, severity, slaDue, status: ticket.status, resolvedAt: ticket.resolvedAt, closedOnTime: ticket.closedOnTime };
  }

  await store.transaction(async (tx) => {
    await tx.feedback.reclassify(ticket.id, { ...change, sensitive });
    if (slaDue !== ticket.slaDue) await tx.feedback.clearReminders(ticket.id);
    await tx.audit.record({
      actorId: input.actor.memberId,
      action: 'feedback.reclassify',
      entity: 'feedback',
      entityId: ticket.code,
      data: {
        from: { category: ticket.category, severity: ticket.severity, slaDue: ticket.slaDue, status: ticket.status },
        to: { category, severity, slaDue, status: change.status, sensitive },
      },
    });
  });
  return { before: ticket, after: { ...ticket, ...change, sensitive } };
}

/**
 * A handler marks a case sensitive (/xuly PA-… nhaycam): from then on every group sees only its code and that
 * it is handled apart; it becomes urgent (its SLA date stays, not to make it overdue after the fact). It cannot
 * be unmarked. Audited.
 */
export async function markTicketSensitive(
  store: Store,
  input: { actor: Actor; code: string; chatUnitId: number | null },
): Promise<{ ticket: Ticket; changed: boolean }> {
  const ticket = await findTicket(store, input.code);
  await assertMayHandle(store, input.actor, ticket);
  await assertCaseOfThisChat(store, ticket, input.chatUnitId);
  if (ticket.sensitive) return { ticket, changed: false };
  await store.transaction(async (tx) => {
    await tx.feedback.markSensitive(ticket.id);
    await tx.audit.record({
      actorId: input.actor.memberId,
      action: 'feedback.sensitive',
      entity: 'feedback',
      entityId: ticket.code,
      data: { category: ticket.category, severity: ticket.severity },
    });
  });
  return { ticket: { ...ticket, sensitive: true, severity: 'urgent' }, changed: true };
}
