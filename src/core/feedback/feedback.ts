import type { LocalDate } from '../dates/local-date.js';

export const CHANNELS = ['box', 'hotline', 'direct', 'email', 'portal'] as const;
export type Channel = (typeof CHANNELS)[number];

// "misconduct" is tiêu cực, nhũng nhiễu (bribes, "phong bì", harassment, threats): always urgent and sensitive
export const CATEGORIES = ['attitude', 'professional', 'procedure', 'hygiene', 'price', 'misconduct', 'praise', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['normal', 'urgent'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * tiếp nhận → đang xử lý → đã xử lý / chuyển cơ quan khác / không thuộc thẩm quyền; "linked" joins a duplicate
 * to its case; "acknowledged" (đã ghi nhận) is praise, which needs no handling and is closed when logged.
 */
export const STATUSES = ['received', 'in_progress', 'resolved', 'transferred', 'out_of_scope', 'acknowledged', 'linked'] as const;
export type TicketStatus = (typeof STATUSES)[number];

export const CLOSED_STATUSES: readonly TicketStatus[] = ['resolved', 'transferred', 'out_of_scope', 'acknowledged'];
export const isClosed = (status: TicketStatus) => CLOSED_STATUSES.includes(status);

export interface ComplainantContact {
  name: string | null;
  phone: string | null;
  email: string | null;
  idNumber: string | null;
  note: string | null;
}

export interface Ticket {
  id: number;
  code: string;
  unitId: number;
  channel: Channel;
  receivedAt: Date;
  /** false when only the day is known: the time of receivedAt is then not shown */
  receivedTimeKnown: boolean;
  category: Category;
  severity: Severity;
  /**
   * To be handled apart (tiêu cực, nhũng nhiễu, or marked so by a handler): a group sees only its code and that
   * it is handled privately, never its content nor its category.
   */
  sensitive: boolean;
  content: string;
  slaDue: LocalDate | null;
  status: TicketStatus;
  duplicateOf: number | null;
  resolvedAt: Date | null;
  closedOnTime: boolean | null;
  createdBy: number | null;
}

export interface NewTicket {
  unitId: number;
  channel: Channel;
  receivedAt: Date;
  receivedTimeKnown?: boolean;
  category: Category;
  severity: Severity;
  sensitive?: boolean;
  content: string;
  slaDue: LocalDate | null;
  createdBy: number | null;
  duplicateOf?: number | null;
  status?: TicketStatus;
  /** set when the case is closed as it is logged (praise) */
  resolvedAt?: Date | null;
}

export interface TicketAction {
  ticketId: number;
  actorId: number | null;
  fromStatus: TicketStatus;
  toStatus: TicketStatus;
  note: string;
  at: Date;
}

export interface BoxOpening {
  unitId: number;
  openedOn: LocalDate;
  letters: number;
  witnesses: string | null;
  recordedBy: number | null;
}

export interface Reclassification {
  category: Category;
  severity: Severity;
  /** true: the case becomes sensitive (it never stops being so) */
  sensitive?: boolean;
  slaDue: LocalDate | null;
  status: TicketStatus;
  resolvedAt: Date | null;
  closedOnTime: boolean | null;
}

/** What counting open cases by their deadline needs of each: the overview's and the leaders' backlog figures. */
export type CaseDeadline = Pick<Ticket, 'id' | 'unitId' | 'status' | 'slaDue'>;

export interface TicketQuery {
  unitIds: readonly number[] | null;
  receivedFrom?: Date;
  receivedBefore?: Date;
  openOnly?: boolean;
}

export interface FeedbackRepository {
  /** The next number in the year's sequence: PA-2026-0001, PA-2026-0002… shared by every replica. */
  nextNumber(year: number): Promise<number>;
  insert(code: string, ticket: NewTicket): Promise<Ticket>;
  findByCode(code: string): Promise<Ticket | null>;
  list(query: TicketQuery): Promise<Ticket[]>;
  /** The cases `list` gives with `openOnly`, only their deadlines: no content to read where only counts are shown. */
  openDeadlines(unitIds: readonly number[] | null): Promise<CaseDeadline[]>;
  /** Open tickets of a unit received since the given instant, for the duplicate guard. */
  recentOpen(unitId: number, since: Date): Promise<Ticket[]>;
  setContact(ticketId: number, contact: ComplainantContact): Promise<void>;
  contactOf(ticketId: number): Promise<ComplainantContact | null>;
  /**
   * For rendering cases for a group: the contacts that belong to each case, its own and those of the cases
   * linked with it as duplicates (the same person may be named in either).
   */
  contactsOf(ticketIds: readonly number[]): Promise<Map<number, ComplainantContact[]>>;
  /** Moves a ticket to a status and records the action, as one write. */
  recordAction(action: TicketAction, closing: { resolvedAt: Date | null; closedOnTime: boolean | null }): Promise<void>;
  actionsOf(ticketId: number): Promise<TicketAction[]>;
  /** Changes a case's category and severity with what follows from them (SLA date, praise closed or reopened). */
  reclassify(ticketId: number, change: Reclassification): Promise<void>;
  /** Marks a case sensitive (and urgent); it stays so. */
  markSensitive(ticketId: number): Promise<void>;
  /** Forgets the reminder steps given for a case, when its SLA date moved and the ladder starts again. */
  clearReminders(ticketId: number): Promise<void>;
  recordBoxOpening(opening: BoxOpening): Promise<void>;
  lastBoxOpening(unitId: number): Promise<BoxOpening | null>;
  /** The openings recorded on that day for the unit (a second one the same day is asked about). */
  boxOpeningsOn(unitId: number, day: LocalDate): Promise<BoxOpening[]>;
  /** The cadence set for a unit (days; 0: it keeps no box), or null when it follows the default for its kind. */
  boxCadence(unitId: number): Promise<number | null>;
  /** Every cadence set explicitly, by unit id (for the units import). */
  boxCadences(): Promise<Map<number, number>>;
  setBoxCadence(unitId: number, days: number | null): Promise<void>;
  /** Every unit's box cadence (days) and last opening, for the reminder job. */
  boxSchedules(): Promise<Array<{ unitId: number; cadenceDays: number; lastOpenedOn: LocalDate | null }>>;
  /** Records reminder steps as done; returns those that were not done before. */
  markReminded(
    steps: ReadonlyArray<{ ticketId: number; stage: string }>,
    on: LocalDate,
  ): Promise<Array<{ ticketId: number; stage: string }>>;
}
