import { formatDateTimeVi } from '../../core/dates/local-date.js';
import type { ComplainantContact, Ticket, TicketAction } from '../../core/feedback/feedback.js';
import { redact } from '../../core/feedback/redact.js';
import type { Translate } from '../../core/text/translate.js';
import { dayWithWeekday, shorten } from './due-lines.js';

export const channelName = (t: Translate, channel: string) => t(`feedback-channel-${channel.replace(/_/g, '-')}`);
export const categoryName = (t: Translate, category: string) => t(`feedback-category-${category.replace(/_/g, '-')}`);
export const statusName = (t: Translate, status: string) => t(`feedback-status-${status.replace(/_/g, '-')}`);

/**
 * One case in one line, as a group may see it: code, category, channel, SLA date and status, and a short
 * summary with phone numbers, e-mails, ID numbers and the complainant's name hidden.
 */
export function ticketLine(t: Translate, ticket: Ticket, contact: ComplainantContact | null = null): string {
  const due = ticket.slaDue ? t('feedback-sla-due', { date: dayWithWeekday(t, ticket.slaDue) }) : t('feedback-sla-none');
  const head = [ticket.code, categoryName(t, ticket.category), channelName(t, ticket.channel), due, statusName(t, ticket.status)].join(' · ');
  return `${head}\n   «${shorten(redact(ticket.content, contact), 120)}»`;
}

/** The whole case for a handler or a leader in a private chat: content as written, the contact, every step taken. */
export function ticketDetails(t: Translate, ticket: Ticket, contact: ComplainantContact | null, actions: TicketAction[], timezone: string): string {
  const lines = [
    t('feedback-details-head', { code: ticket.code, received: formatDateTimeVi(ticket.receivedAt, timezone) }),
    `${categoryName(t, ticket.category)} · ${channelName(t, ticket.channel)} · ${t(`feedback-severity-${ticket.severity}`)} · ${statusName(t, ticket.status)}`,
    ticket.slaDue ? t('feedback-sla-due', { date: dayWithWeekday(t, ticket.slaDue) }) : t('feedback-sla-none'),
    t('feedback-details-content', { content: ticket.content }),
  ];
  if (contact) {
    const parts = [contact.name, contact.phone, contact.email, contact.idNumber].filter(Boolean).join(' · ');
    lines.push(t('feedback-details-contact', { contact: parts || '—' }));
  }
  for (const action of actions) {
    lines.push(t('feedback-details-action', { at: formatDateTimeVi(action.at, timezone), status: statusName(t, action.toStatus), note: action.note }));
  }
  return lines.join('\n');
}
