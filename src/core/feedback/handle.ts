import { type LocalDate } from '../dates/local-date.js';
import { DomainError } from '../errors.js';
import type { Actor } from '../members/member.js';
import { isAllowed, permissions } from '../members/policy.js';
import type { Store } from '../store.js';
import { isClosed, type Ticket, type TicketStatus } from './feedback.js';

export interface HandlingInput {
  actor: Actor;
  code: string;
  /** null: a note on the case, which starts its handling if nobody had */
  toStatus: TicketStatus | null;
  note: string;
  now: Date;
  today: LocalDate;
  /** the unit of the group the command is typed in; null in a private chat or a group bound to none */
  chatUnitId: number | null;
}

export async function findTicket(store: Store, code: string): Promise<Ticket> {
  const ticket = await store.feedback.findByCode(code);
  if (!ticket) throw new DomainError('feedback.unknown', 'feedback-unknown-code', { code: code.slice(0, 20) });
  return ticket;
}

export async function assertMayHandle(store: Store, actor: Actor, ticket: Ticket): Promise<void> {
  if (!isAllowed(actor, permissions.feedbackHandler, await store.units.ancestorIds(ticket.unitId))) {
    throw new DomainError('feedback.forbidden', 'feedback-forbidden-handle', { code: ticket.code });
  }
}

/**
 * A unit's group deals with its own cases and those of the units below it: another unit's case is neither shown
 * nor changed there, where people of the wrong unit would read it. A private chat, a group bound to no unit and
 * the Department's own group (above every unit) are not limited.
 */
export async function assertCaseOfThisChat(store: Store, ticket: Ticket, chatUnitId: number | null): Promise<void> {
  if (chatUnitId === null) return;
  if ((await store.units.ancestorIds(ticket.unitId)).includes(chatUnitId)) return;
  const unit = await store.units.findById(ticket.unitId);
  throw new DomainError('feedback.other_unit', 'feedback-other-unit-chat', { code: ticket.code, unit: unit?.name ?? '' });
}

/**
 * Records what was done about a case (/xuly) and moves it along: tiếp nhận → đang xử lý → đã xử lý /
 * chuyển cơ quan khác / không thuộc thẩm quyền. A closed case can only be reopened. Closing records whether it
 * was settled by its SLA date. Every step is kept, and audited.
 */
export async function recordHandling(
  store: Store,
  input: HandlingInput,
): Promise<{ ticket: Ticket; from: TicketStatus; to: TicketStatus }> {
  const ticket = await findTicket(store, input.code);
  await assertMayHandle(store, input.actor, ticket);
  await assertCaseOfThisChat(store, ticket, input.chatUnitId);
  if (ticket.status === 'linked') throw new DomainError('feedback.linked', 'feedback-linked', { code: ticket.code });
  const note = input.note.trim();
  if (note.length < 3) throw new DomainError('feedback.note_missing', 'feedback-note-missing');

  const reopening = input.toStatus === 'received';
  let to: TicketStatus;
  if (isClosed(ticket.status)) {
    if (!reopening) throw new DomainError('feedback.closed', 'feedback-already-closed', { code: ticket.code });
    to = 'in_progress';
  } else if (reopening) {
    throw new DomainError('feedback.not_closed', 'feedback-not-closed', { code: ticket.code });
  } else {
    to = input.toStatus ?? (ticket.status === 'received' ? 'in_progress' : ticket.status);
  }
  const closing = isClosed(to)
    ? { resolvedAt: input.now, closedOnTime: ticket.slaDue === null ? null : input.today <= ticket.slaDue }
    : { resolvedAt: null, closedOnTime: null };

  await store.transaction(async (tx) => {
    await tx.feedback.recordAction(
      { ticketId: ticket.id, actorId: input.actor.memberId, fromStatus: ticket.status, toStatus: to, note, at: input.now },
      closing,
    );
    await tx.audit.record({
      actorId: input.actor.memberId,
      action: reopening ? 'feedback.reopen' : 'feedback.handle',
      entity: 'feedback',
      entityId: ticket.code,
      data: { from: ticket.status, to },
    });
  });
  return { ticket: { ...ticket, status: to, ...closing }, from: ticket.status, to };
}
