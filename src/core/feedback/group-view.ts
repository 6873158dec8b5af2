import type { LocalDate } from '../dates/local-date.js';
import type { Store } from '../store.js';
import type { Category, Channel, ComplainantContact, Severity, Ticket, TicketStatus } from './feedback.js';
import { redact } from './redact.js';

declare const redacted: unique symbol;

/**
 * What a group may read of a case: its code, category, channel, severity, SLA date, status and a summary with
 * the complainant's name, phones, e-mails and ID numbers hidden; of a sensitive case, neither category nor summary. Only `groupViews` makes one, and it always
 * reads the case's contact first: a ticket cannot be shown in a group without it (the type says so).
 */
export interface GroupTicketView {
  readonly code: string;
  readonly unitId: number;
  /**
   * a case handled apart (tiêu cực, nhũng nhiễu): a group reads only that it exists, its code, dates and status;
   * its category and summary are null
   */
  readonly sensitive: boolean;
  /** null for a sensitive case */
  readonly category: Category | null;
  readonly channel: Channel;
  readonly severity: Severity;
  readonly slaDue: LocalDate | null;
  readonly status: TicketStatus;
  /** the content, redacted; null for a sensitive case */
  readonly summary: string | null;
  readonly [redacted]: true;
}

function view(ticket: Ticket, contacts: readonly ComplainantContact[], placeholder: string): GroupTicketView {
  return {
    code: ticket.code,
    unitId: ticket.unitId,
    sensitive: ticket.sensitive,
    category: ticket.sensitive ? null : ticket.category,
    channel: ticket.channel,
    severity: ticket.severity,
    slaDue: ticket.slaDue,
    status: ticket.status,
    summary: ticket.sensitive ? null : redact(ticket.content, { placeholder, contacts }),
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
