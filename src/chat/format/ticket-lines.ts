import { formatDateTimeVi, formatDateVi, localDateOf } from '../../core/dates/local-date.js';
import type { ComplainantContact, Ticket, TicketAction } from '../../core/feedback/feedback.js';
import { type GroupTicketView, groupViews } from '../../core/feedback/group-view.js';
import type { Store } from '../../core/store.js';
import type { Translate } from '../../core/text/translate.js';
import { dayWithWeekday, shorten } from './due-lines.js';

export const channelName = (t: Translate, channel: string) => t(`feedback-channel-${channel.replace(/_/g, '-')}`);
export const categoryName = (t: Translate, category: string) => t(`feedback-category-${category.replace(/_/g, '-')}`);
export const statusName = (t: Translate, status: string) => t(`feedback-status-${status.replace(/_/g, '-')}`);

/** "20/11/2026 14:30", or "20/11/2026" when only the day is known (a box letter): no time is invented. */
const receivedLabel = (ticket: Pick<Ticket, 'receivedAt' | 'receivedTimeKnown'>, timezone: string) =>
  ticket.receivedTimeKnown ? formatDateTimeVi(ticket.receivedAt, timezone) : formatDateVi(localDateOf(ticket.receivedAt, timezone));

/** One case in one line, from what a group may see of it; `unit` names the unit where cases of several are listed. */
function ticketLine(t: Translate, ticket: GroupTicketView, unit: string | null): string {
  const due = ticket.slaDue ? t('feedback-sla-due', { date: dayWithWeekday(t, ticket.slaDue) }) : t('feedback-sla-none');
  // a sensitive case: that it exists and where it stands, nothing of what it is about
  if (ticket.sensitive || ticket.category === null || ticket.summary === null)
    return [ticket.code, ...(unit ? [unit] : []), t('feedback-sensitive-label'), due, statusName(t, ticket.status)].join(' · ');
  const severity = ticket.severity === 'urgent' ? [t('feedback-severity-urgent')] : [];
  const head = [
    ticket.code,
    ...(unit ? [unit] : []),
    categoryName(t, ticket.category),
    ...severity,
    channelName(t, ticket.channel),
    due,
    statusName(t, ticket.status),
  ].join(' · ');
  return `${head}\n   «${shorten(ticket.summary, 120)}»`;
}

/**
 * Cases as a group may see them, one per line: code, category, channel, SLA date, status and a short summary
 * with the complainants' names, phones, e-mails and ID numbers hidden. The one way a ticket is rendered for
 * anyone but its handlers and leaders in private: it reads the contacts itself, so none can be forgotten.
 */
export async function ticketLines(
  t: Translate,
  store: Pick<Store, 'feedback'>,
  tickets: readonly Ticket[],
  options: { unitName?: (unitId: number) => string } = {},
): Promise<string[]> {
  const views = await groupViews(store, tickets, t('feedback-redacted'));
  return views.map((view) => ticketLine(t, view, options.unitName?.(view.unitId) ?? null));
}

export async function ticketLineFor(t: Translate, store: Pick<Store, 'feedback'>, ticket: Ticket): Promise<string> {
  return (await ticketLines(t, store, [ticket]))[0]!;
}

/** The whole case for a handler or a leader in a private chat: content as written, the contact, every step taken. */
export function ticketDetails(
  t: Translate,
  ticket: Ticket,
  contact: ComplainantContact | null,
  actions: TicketAction[],
  timezone: string,
): string {
  const lines = [
    t(ticket.receivedTimeKnown ? 'feedback-details-head' : 'feedback-details-head-day', {
      code: ticket.code,
      received: receivedLabel(ticket, timezone),
    }),
    `${categoryName(t, ticket.category)} · ${channelName(t, ticket.channel)} · ${t(`feedback-severity-${ticket.severity}`)} · ${statusName(t, ticket.status)}`,
    ticket.slaDue ? t('feedback-sla-due', { date: dayWithWeekday(t, ticket.slaDue) }) : t('feedback-sla-none'),
    t('feedback-details-content', { content: ticket.content }),
  ];
  if (contact) {
    const parts = [contact.name, contact.phone, contact.email, contact.idNumber].filter(Boolean).join(' · ');
    lines.push(t('feedback-details-contact', { contact: parts || '—' }));
  }
  for (const action of actions) {
    lines.push(
      t('feedback-details-action', {
        at: formatDateTimeVi(action.at, timezone),
        status: statusName(t, action.toStatus),
        note: action.note,
      }),
    );
  }
  return lines.join('\n');
}
