import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { instantAt, type LocalDate } from '../dates/local-date.js';
import type { Store } from '../store.js';
import type { Actor } from '../members/member.js';
import { isAllowed, permissions } from '../members/policy.js';
import { type CaseDeadline, type ComplainantContact, isClosed, type Ticket, type TicketStatus } from './feedback.js';
import { type GroupTicketView, groupViews } from './group-view.js';
import type { StatsPeriod } from './period.js';
import { redact } from './redact.js';
import { backlog, type FeedbackStats, feedbackStats } from './stats.js';

/**
 * The feedback book's reads, shared by the chat (/phananh thongke, /phananh mo) and the dashboard (/phan-anh):
 * typed data for a set of units (null: every unit), decided by the caller's scope rule
 * (src/core/plans/list-scope.ts in chat, src/core/dashboard/view-scope.ts on a page).
 */

const bySlaDue = (a: CaseDeadline, b: CaseDeadline) =>
  (a.slaDue ?? '9999') < (b.slaDue ?? '9999') ? -1 : (a.slaDue ?? '9999') > (b.slaDue ?? '9999') ? 1 : a.id - b.id;

/** The cases still open, the nearest deadline first (those without one last). */
export async function openCases(store: Pick<Store, 'feedback'>, unitIds: readonly number[] | null): Promise<Ticket[]> {
  return (await store.feedback.list({ unitIds, openOnly: true })).sort(bySlaDue);
}

/** The same cases as openCases, in the same order, with their deadlines alone: for counting them. */
export async function openCaseDeadlines(store: Pick<Store, 'feedback'>, unitIds: readonly number[] | null): Promise<CaseDeadline[]> {
  return (await store.feedback.openDeadlines(unitIds)).sort(bySlaDue);
}

export interface FeedbackStatistics {
  period: StatsPeriod;
  stats: FeedbackStats;
  /** the cases still open past their deadline, whenever received, oldest deadline first */
  backlog: Ticket[];
  /** unit by unit, every unit with a case received in the period or still open, in the order of the units' ids */
  byUnit: UnitFeedbackRow[];
}

/** One unit's line of the statistics: received in the period, closed of those, closed on time, overdue, open now. */
export interface UnitFeedbackRow {
  unitId: number;
  received: number;
  closed: number;
  closedOnTime: number;
  overdue: number;
  open: number;
}

/** The statistics of a period from the cases received in it and those open now, in all and unit by unit. */
function statisticsOf(
  period: StatsPeriod,
  received: readonly Ticket[],
  open: readonly Ticket[],
  today: LocalDate,
  timezone: string,
): FeedbackStatistics {
  const unitIds = [...new Set([...received, ...open].map((ticket) => ticket.unitId))].sort((a, b) => a - b);
  const byUnit = unitIds.map((unitId): UnitFeedbackRow => {
    const stats = feedbackStats(
      received.filter((ticket) => ticket.unitId === unitId),
      today,
      timezone,
    );
    const stillOpen = open.filter((ticket) => ticket.unitId === unitId && ticket.status !== 'linked');
    return {
      unitId,
      received: stats.total,
      closed: received.filter((ticket) => ticket.unitId === unitId && ticket.status !== 'linked' && isClosed(ticket.status)).length,
      closedOnTime: stats.closedOnTime,
      overdue: backlog(stillOpen, today).length,
      open: stillOpen.length,
    };
  });
  return { period, stats: feedbackStats(received, today, timezone), backlog: backlog(open, today), byUnit };
}

/** A period's counts (received in it) and today's backlog (received whenever). */
export async function feedbackStatistics(
  store: Pick<Store, 'feedback'>,
  input: { unitIds: readonly number[] | null; period: StatsPeriod; today: LocalDate; timezone: string },
): Promise<FeedbackStatistics> {
  const [tickets, open] = await Promise.all([
    store.feedback.list({
      unitIds: input.unitIds,
      receivedFrom: instantAt(input.period.from, '00:00', input.timezone),
      receivedBefore: instantAt(input.period.to, '00:00', input.timezone),
    }),
    store.feedback.list({ unitIds: input.unitIds, openOnly: true }),
  ]);
  return statisticsOf(input.period, tickets, open, input.today, input.timezone);
}

/** Where an open case stands against its deadline, in working days; closed cases of the period apart. */
export const SLA_POSITIONS = ['overdue', 'dueToday', 'dueSoon', 'inTime', 'noDeadline', 'closed'] as const;
export type SlaPosition = (typeof SLA_POSITIONS)[number];

/** Cases within this many working days of their deadline are "due soon". */
export const DUE_SOON_WORKING_DAYS = 3;

export function slaPosition(ticket: Pick<Ticket, 'status' | 'slaDue'>, today: LocalDate, calendar: WorkingCalendar): SlaPosition {
  if (isClosed(ticket.status)) return 'closed';
  if (ticket.slaDue === null) return 'noDeadline';
  if (ticket.slaDue < today) return 'overdue';
  if (ticket.slaDue === today) return 'dueToday';
  return ticket.slaDue <= calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS) ? 'dueSoon' : 'inTime';
}

/** How many cases of each position the book lists (the nearest deadlines first); the count gives the rest. */
export const FEEDBACK_BOOK_LIMIT = 100;

export interface FeedbackBook {
  /** the first cases of each position as a group may read them; closed cases only those received in the period */
  cases: Record<SlaPosition, GroupTicketView[]>;
  /** how many cases each position holds in all */
  counts: Record<SlaPosition, number>;
  statistics: FeedbackStatistics;
}

/**
 * The feedback book of the dashboard: open cases by SLA position and the period's closed ones, each only as a
 * group would see it (a redacted summary; GroupTicketView can be made only by `groupViews`).
 */
export async function feedbackBook(
  store: Pick<Store, 'feedback'>,
  input: {
    unitIds: readonly number[] | null;
    period: StatsPeriod;
    today: LocalDate;
    timezone: string;
    calendar: WorkingCalendar;
    placeholder: string;
    /** cases listed per position (default FEEDBACK_BOOK_LIMIT) */
    limit?: number;
  },
): Promise<FeedbackBook> {
  const from = instantAt(input.period.from, '00:00', input.timezone);
  const before = instantAt(input.period.to, '00:00', input.timezone);
  const [open, received] = await Promise.all([
    openCases(store, input.unitIds),
    store.feedback.list({ unitIds: input.unitIds, receivedFrom: from, receivedBefore: before }),
  ]);
  // the same figures as feedbackStatistics (/phananh thongke), from the two lists already read
  const statistics = statisticsOf(input.period, received, open, input.today, input.timezone);
  const closed = received.filter((ticket) => isClosed(ticket.status)).sort(bySlaDue);
  const byPosition = Object.fromEntries(SLA_POSITIONS.map((position) => [position, [] as Ticket[]])) as Record<SlaPosition, Ticket[]>;
  for (const ticket of [...open.filter((ticket) => ticket.status !== 'linked'), ...closed])
    byPosition[slaPosition(ticket, input.today, input.calendar)].push(ticket);
  // only the first of each position are read as a group sees them (redacting is the costly part); the count says the rest
  const limit = input.limit ?? FEEDBACK_BOOK_LIMIT;
  const shown = SLA_POSITIONS.flatMap((position) => byPosition[position].slice(0, limit));
  const views = new Map((await groupViews(store, shown, input.placeholder)).map((view) => [view.code, view]));
  const cases = Object.fromEntries(
    SLA_POSITIONS.map((position) => [position, byPosition[position].slice(0, limit).map((ticket) => views.get(ticket.code)!)]),
  ) as Record<SlaPosition, GroupTicketView[]>;
  const counts = Object.fromEntries(SLA_POSITIONS.map((position) => [position, byPosition[position].length])) as Record<
    SlaPosition,
    number
  >;
  return { cases, counts, statistics };
}

/** One step of a case's history, as a reader of the page may see it (the note redacted unless revealed). */
export interface CaseStep {
  at: Date;
  status: TicketStatus;
  note: string | null;
}

export interface CasePage {
  ticket: Ticket;
  /** the case as a group may read it */
  view: GroupTicketView;
  /** its history, oldest first, each note redacted as the summary is */
  history: CaseStep[];
  /** whether this reader may open the full text and the contact (after a click that writes an audit row) */
  mayReveal: boolean;
}

export interface RevealedCase {
  content: string;
  contact: ComplainantContact | null;
  history: CaseStep[];
}

export type CaseOutcome<T> = { ok: true; value: T } | { ok: false; reason: 'unknown-case' | 'denied' };

/**
 * One case for the dashboard's case page. The visibility rule is chat's: any role in the case's unit or a unit
 * above sees what a group sees; those who may read a complainant's contact in private (permissions.feedbackReader)
 * may reveal the rest, which `revealCase` does with an audit row.
 */
export async function casePage(
  store: Pick<Store, 'feedback' | 'units'>,
  input: { code: string; viewer: Pick<Actor, 'grants'>; placeholder: string },
): Promise<CaseOutcome<CasePage>> {
  const ticket = await findCase(store, input.code);
  if (!ticket) return { ok: false, reason: 'unknown-case' };
  const scope = await store.units.ancestorIds(ticket.unitId);
  if (!isAllowed(input.viewer, permissions.unitMember, scope)) return { ok: false, reason: 'denied' };
  const [[view], actions, contacts] = await Promise.all([
    groupViews(store, [ticket], input.placeholder),
    store.feedback.actionsOf(ticket.id),
    store.feedback.contactsOf([ticket.id]),
  ]);
  const own = contacts.get(ticket.id) ?? [];
  return {
    ok: true,
    value: {
      ticket,
      view: view!,
      history: actions.map((action) => ({
        at: action.at,
        status: action.toStatus,
        // a sensitive case's notes say what it is about: only those who may reveal it read them
        note: action.note && !ticket.sensitive ? redact(action.note, { placeholder: input.placeholder, contacts: own }) : null,
      })),
      mayReveal: isAllowed(input.viewer, permissions.feedbackReader, scope),
    },
  };
}

/**
 * The full text, the contact and the unredacted history of a case, for someone who may read them; the
 * reading is written to the audit log first (who, which case, when), in the same transaction.
 */
export async function revealCase(
  store: Store,
  input: { code: string; viewer: Pick<Actor, 'grants'> & { memberId: number }; surface: 'web' },
): Promise<CaseOutcome<RevealedCase>> {
  const ticket = await findCase(store, input.code);
  if (!ticket) return { ok: false, reason: 'unknown-case' };
  const scope = await store.units.ancestorIds(ticket.unitId);
  if (!isAllowed(input.viewer, permissions.feedbackReader, scope)) return { ok: false, reason: 'denied' };
  return store.transaction(async (tx) => {
    await tx.audit.record({
      actorId: input.viewer.memberId,
      action: 'feedback.contact_viewed',
      entity: 'feedback_ticket',
      entityId: ticket.code,
      data: { surface: input.surface },
    });
    const [contact, actions] = await Promise.all([tx.feedback.contactOf(ticket.id), tx.feedback.actionsOf(ticket.id)]);
    return {
      ok: true as const,
      value: {
        content: ticket.content,
        contact,
        history: actions.map((action) => ({ at: action.at, status: action.toStatus, note: action.note ?? null })),
      },
    };
  });
}

const CASE_CODE = /^PA-\d{4}-\d{1,6}$/i;

async function findCase(store: Pick<Store, 'feedback'>, code: string): Promise<Ticket | null> {
  const normalized = code.trim().toUpperCase();
  return CASE_CODE.test(normalized) ? store.feedback.findByCode(normalized) : null;
}
