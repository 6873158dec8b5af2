import type { LocalDate } from '../dates/local-date.js';
import type { Store } from '../store.js';
import type { Category, Channel, ComplainantContact, Severity, Ticket, TicketStatus } from './feedback.js';
import { redact } from './redact.js';

declare const redacted: unique symbol;

/**
 * What a group may read of a case: its code, category, channel, severity, SLA date, status and a summary with
 * the complainant's name, phones, e-mails and ID numbers hidden. Only `groupViews` makes one, and it always
 * reads the case's contact first: a ticket cannot be shown in a group without it (the type says so).
 */
export interface GroupTicketView {
  readonly code: string;
  readonly unitId: number;
  readonly category: Category;
  readonly channel: Channel;
  readonly severity: Severity;
  readonly slaDue: LocalDate | null;
  readonly status: TicketStatus;
  /** the content, redacted */
  readonly summary: string;
  readonly [redacted]: true;
}

function view(ticket: Ticket, contacts: readonly ComplainantContact[], placeholder: string): GroupTicketView {
  return {
    code: ticket.code,
    unitId: ticket.unitId,
    category: ticket.category,
    channel: ticket.channel,
    severity: ticket.severity,
    slaDue: ticket.slaDue,
    status: ticket.status,
    summary: redact(ticket.content, { placeholder, contacts }),
  } as GroupTicketView;
}

/**
 * The group's view of some cases, in their order. `placeholder` is what stands in for a hidden part, in the
 * reader's language.
 */
export async function groupViews(
  store: Pick<Store, 'feedback'>,
  tickets: readonly Ticket[],
  placeholder: string,
): Promise<GroupTicketView[]> {
  const contacts = await store.feedback.contactsOf(tickets.map((ticket) => ticket.id));
  return tickets.map((ticket) => view(ticket, contacts.get(ticket.id) ?? [], placeholder));
}
