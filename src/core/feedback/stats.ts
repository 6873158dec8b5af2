import type { LocalDate } from '../dates/local-date.js';
import { localDateOf } from '../dates/local-date.js';
import { CATEGORIES, CHANNELS, type Category, type Channel, isClosed, STATUSES, type Ticket, type TicketStatus } from './feedback.js';

export interface FeedbackStats {
  total: number;
  byChannel: Record<Channel, number>;
  byCategory: Record<Category, number>;
  byStatus: Record<Exclude<TicketStatus, 'linked'>, number>;
  closedOnTime: number;
  closedLate: number;
  openOverdue: number;
  /** closed on time ÷ (closed + open and overdue), null when nothing has a deadline yet */
  onTimeRate: number | null;
}

const zeroes = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

/**
 * The counts of a period's cases. Duplicates linked to another case are not cases of their own. The on-time
 * rate counts only cases that have a deadline: the ones closed (on time or late) and the ones still open past
 * it; an open case within its deadline is neither on time nor late yet, and an open overdue case is never on time.
 */
export function feedbackStats(tickets: readonly Ticket[], today: LocalDate, timezone: string): FeedbackStats {
  const cases = tickets.filter((t) => t.status !== 'linked');
  const stats: FeedbackStats = {
    total: cases.length,
    byChannel: zeroes(CHANNELS),
    byCategory: zeroes(CATEGORIES),
    byStatus: zeroes(STATUSES.filter((s): s is Exclude<TicketStatus, 'linked'> => s !== 'linked')),
    closedOnTime: 0,
    closedLate: 0,
    openOverdue: 0,
    onTimeRate: null,
  };
  for (const ticket of cases) {
    stats.byChannel[ticket.channel] += 1;
    stats.byCategory[ticket.category] += 1;
    stats.byStatus[ticket.status as Exclude<TicketStatus, 'linked'>] += 1;
    if (ticket.slaDue === null) continue;
    if (isClosed(ticket.status)) {
      const closedOn = ticket.resolvedAt ? localDateOf(ticket.resolvedAt, timezone) : null;
      if (closedOn !== null && closedOn <= ticket.slaDue) stats.closedOnTime += 1;
      else stats.closedLate += 1;
    } else if (ticket.slaDue < today) {
      stats.openOverdue += 1;
    }
  }
  const denominator = stats.closedOnTime + stats.closedLate + stats.openOverdue;
  stats.onTimeRate = denominator === 0 ? null : stats.closedOnTime / denominator;
  return stats;
}

/** The backlog (tồn đọng): cases still open past their deadline, oldest deadline first. */
export function backlog<T extends Pick<Ticket, 'id' | 'status' | 'slaDue'>>(tickets: readonly T[], today: LocalDate): T[] {
  return tickets
    .filter((t) => t.status !== 'linked' && !isClosed(t.status) && t.slaDue !== null && t.slaDue < today)
    .sort((a, b) => (a.slaDue! < b.slaDue! ? -1 : a.slaDue! > b.slaDue! ? 1 : a.id - b.id));
}
