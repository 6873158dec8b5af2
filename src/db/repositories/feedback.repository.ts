import { and, asc, desc, eq, gte, inArray, isNotNull, lt, ne, sql, type SQL } from 'drizzle-orm';
import type {
  BoxOpening,
  Category,
  Channel,
  ComplainantContact,
  FeedbackRepository,
  Severity,
  Ticket,
  TicketAction,
  TicketStatus,
} from '../../core/feedback/feedback.js';
import { DEFAULT_BOX_CADENCE_DAYS } from '../../core/feedback/box.js';
import { anyId } from '../any-id.js';
import type { Database } from '../client.js';
import { rowsOf } from '../rows-of.js';
import {
  boxOpenings,
  feedbackActions,
  feedbackContacts,
  feedbackReminders,
  feedbackTickets,
  ticketCounters,
  units,
} from '../schema/index.js';

const OPEN: TicketStatus[] = ['received', 'in_progress'];
// Praise needs no handling: never open, even a row logged before praise was closed on intake.
const isOpen = () => and(inArray(feedbackTickets.status, OPEN), ne(feedbackTickets.category, 'praise'));

// Facilities keep a complaint box; the Department's own offices do not, unless a cadence is set for them.
const FACILITY_KINDS = ['hospital', 'cdc', 'health_center', 'commune_station'];

// What a Ticket is made of: the table's columns it keeps.
type TicketColumns = Pick<
  typeof feedbackTickets.$inferSelect,
  | 'id'
  | 'code'
  | 'unitId'
  | 'channel'
  | 'receivedAt'
  | 'receivedTimeKnown'
  | 'category'
  | 'severity'
  | 'sensitive'
  | 'content'
  | 'slaDue'
  | 'status'
  | 'duplicateOf'
  | 'resolvedAt'
  | 'closedOnTime'
  | 'createdBy'
>;

const toTicket = (row: TicketColumns): Ticket => ({
  id: row.id,
  code: row.code,
  unitId: row.unitId,
  channel: row.channel as Channel,
  receivedAt: row.receivedAt,
  receivedTimeKnown: row.receivedTimeKnown,
  category: row.category as Category,
  severity: row.severity as Severity,
  sensitive: row.sensitive,
  content: row.content,
  slaDue: row.slaDue,
  status: row.status as TicketStatus,
  duplicateOf: row.duplicateOf,
  resolvedAt: row.resolvedAt,
  closedOnTime: row.closedOnTime,
  createdBy: row.createdBy,
});

// The same columns named as TicketColumns names them, for lists read without drizzle's row mapper (list).
const TICKET_COLUMNS = sql.raw(
  'id, code, unit_id as "unitId", channel, received_at as "receivedAt", received_time_known as "receivedTimeKnown", category, ' +
    'severity, sensitive, content, sla_due as "slaDue", status, duplicate_of as "duplicateOf", resolved_at as "resolvedAt", ' +
    'closed_on_time as "closedOnTime", created_by as "createdBy"',
);
// drizzle has the drivers hand timestamps over as text; a driver that parsed them already gives a Date
const instant = (value: string | Date) => (value instanceof Date ? value : new Date(value));
type RawTicketColumns = Omit<TicketColumns, 'receivedAt' | 'resolvedAt'> & { receivedAt: string | Date; resolvedAt: string | Date | null };
const rawToTicket = (row: RawTicketColumns): Ticket =>
  toTicket({ ...row, receivedAt: instant(row.receivedAt), resolvedAt: row.resolvedAt === null ? null : instant(row.resolvedAt) });

export function createFeedbackRepository({ db }: { db: Database }): FeedbackRepository {
  return {
    async nextNumber(year) {
      const [row] = await db
        .insert(ticketCounters)
        .values({ year, last: 1 })
        .onConflictDoUpdate({ target: ticketCounters.year, set: { last: sql`${ticketCounters.last} + 1` } })
        .returning({ last: ticketCounters.last });
      if (!row) throw new Error('ticket counter returned nothing');
      return row.last;
    },
    async insert(code, ticket) {
      const [row] = await db
        .insert(feedbackTickets)
        .values({
          code,
          unitId: ticket.unitId,
          channel: ticket.channel,
          receivedAt: ticket.receivedAt,
          receivedTimeKnown: ticket.receivedTimeKnown ?? true,
          category: ticket.category,
          severity: ticket.severity,
          sensitive: ticket.sensitive ?? false,
          content: ticket.content,
          slaDue: ticket.slaDue,
          status: ticket.status ?? 'received',
          duplicateOf: ticket.duplicateOf ?? null,
          resolvedAt: ticket.resolvedAt ?? null,
          createdBy: ticket.createdBy,
        })
        .returning();
      if (!row) throw new Error('ticket insert returned nothing');
      return toTicket(row);
    },
    async findByCode(code) {
      const [row] = await db.select().from(feedbackTickets).where(eq(feedbackTickets.code, code.trim().toUpperCase()));
      return row ? toTicket(row) : null;
    },
    async list(query) {
      const conditions: SQL[] = [];
      if (query.unitIds) conditions.push(anyId(feedbackTickets.unitId, [...query.unitIds]));
      if (query.receivedFrom) conditions.push(gte(feedbackTickets.receivedAt, query.receivedFrom));
      if (query.receivedBefore) conditions.push(lt(feedbackTickets.receivedAt, query.receivedBefore));
      if (query.openOnly) conditions.push(isOpen()!);
      if (query.unitIds && query.unitIds.length === 0) return [];
      // The feedback book and the overview read every case in view (thousands): the columns a Ticket has,
      // mapped here, not by drizzle's row mapper, which checks each column's kind again on every row (a
      // third of the book's time at 5 000 cases).
      const where = conditions.length > 0 ? and(...conditions)! : sql`true`;
      const result = await db.execute(sql`
        select ${TICKET_COLUMNS} from ${feedbackTickets} where ${where}
        order by ${feedbackTickets.receivedAt} asc, ${feedbackTickets.id} asc`);
      return rowsOf<RawTicketColumns>(result).map(rawToTicket);
    },
    async openDeadlines(unitIds) {
      if (unitIds && unitIds.length === 0) return [];
      const where = and(isOpen(), unitIds ? anyId(feedbackTickets.unitId, unitIds) : undefined)!;
      const result = await db.execute(sql`
        select id, unit_id as "unitId", status, sla_due as "slaDue" from ${feedbackTickets} where ${where}
        order by ${feedbackTickets.receivedAt} asc, ${feedbackTickets.id} asc`);
      return rowsOf<{ id: number; unitId: number; status: string; slaDue: string | null }>(result).map((row) => ({
        ...row,
        status: row.status as TicketStatus,
      }));
    },
    async recentOpen(unitId, since) {
      const rows = await db
        .select()
        .from(feedbackTickets)
        .where(and(eq(feedbackTickets.unitId, unitId), isOpen(), gte(feedbackTickets.receivedAt, since)))
        .orderBy(desc(feedbackTickets.receivedAt));
      return rows.map(toTicket);
    },
    async setContact(ticketId, contact: ComplainantContact) {
      const values = {
        ticketId,
        name: contact.name,
        phone: contact.phone,
        email: contact.email,
        idNumber: contact.idNumber,
        note: contact.note,
      };
      await db
        .insert(feedbackContacts)
        .values(values)
        .onConflictDoUpdate({
          target: feedbackContacts.ticketId,
          set: { name: values.name, phone: values.phone, email: values.email, idNumber: values.idNumber, note: values.note },
        });
    },
    async contactOf(ticketId) {
      const [row] = await db.select().from(feedbackContacts).where(eq(feedbackContacts.ticketId, ticketId));
      return row ? { name: row.name, phone: row.phone, email: row.email, idNumber: row.idNumber, note: row.note } : null;
    },
    async contactsOf(ticketIds) {
      const result = new Map<number, ComplainantContact[]>();
      if (ticketIds.length === 0) return result;
      const ids = [...ticketIds];
      // each asked ticket with itself, the case it was linked to, and the duplicates linked to it
      const related = await db
        .select({ asked: feedbackTickets.id, related: feedbackTickets.id, main: feedbackTickets.duplicateOf })
        .from(feedbackTickets)
        .where(anyId(feedbackTickets.id, ids));
      const duplicates = await db
        .select({ main: feedbackTickets.duplicateOf, duplicate: feedbackTickets.id })
        .from(feedbackTickets)
        .where(anyId(feedbackTickets.duplicateOf, ids));
      const owners = new Map<number, Set<number>>(); // contact's ticket → asked tickets it belongs to
      const own = (contactTicket: number, asked: number) => owners.set(contactTicket, (owners.get(contactTicket) ?? new Set()).add(asked));
      for (const row of related) {
        own(row.related, row.asked);
        if (row.main !== null) own(row.main, row.asked);
      }
      for (const row of duplicates) if (row.main !== null) own(row.duplicate, row.main);
      const rows = await db
        .select()
        .from(feedbackContacts)
        .where(anyId(feedbackContacts.ticketId, [...owners.keys()]));
      for (const row of rows) {
        const contact = { name: row.name, phone: row.phone, email: row.email, idNumber: row.idNumber, note: row.note };
        for (const asked of owners.get(row.ticketId) ?? []) result.set(asked, [...(result.get(asked) ?? []), contact]);
      }
      return result;
    },
    async recordAction(action: TicketAction, closing) {
      await db.insert(feedbackActions).values(action);
      await db
        .update(feedbackTickets)
        .set({
          status: action.toStatus,
          resolvedAt: closing.resolvedAt,
          closedOnTime: closing.closedOnTime,
          resolution: closing.resolvedAt ? action.note : null,
          handlerId: action.actorId,
          updatedAt: sql`now()`,
        })
        .where(eq(feedbackTickets.id, action.ticketId));
    },
    async actionsOf(ticketId) {
      const rows = await db
        .select()
        .from(feedbackActions)
        .where(eq(feedbackActions.ticketId, ticketId))
        .orderBy(asc(feedbackActions.at), asc(feedbackActions.id));
      return rows.map((row) => ({
        ticketId: row.ticketId,
        actorId: row.actorId,
        fromStatus: row.fromStatus as TicketStatus,
        toStatus: row.toStatus as TicketStatus,
        note: row.note,
        at: row.at,
      }));
    },
    async markSensitive(ticketId) {
      await db
        .update(feedbackTickets)
        .set({ sensitive: true, severity: 'urgent', updatedAt: sql`now()` })
        .where(eq(feedbackTickets.id, ticketId));
    },
    async reclassify(ticketId, change) {
      await db
        .update(feedbackTickets)
        .set({
          category: change.category,
          severity: change.severity,
          ...(change.sensitive ? { sensitive: true } : {}),
          slaDue: change.slaDue,
          status: change.status,
          resolvedAt: change.resolvedAt,
          closedOnTime: change.closedOnTime,
          updatedAt: sql`now()`,
        })
        .where(eq(feedbackTickets.id, ticketId));
    },
    async clearReminders(ticketId) {
      await db.delete(feedbackReminders).where(eq(feedbackReminders.ticketId, ticketId));
    },
    async recordBoxOpening(opening: BoxOpening) {
      await db.insert(boxOpenings).values(opening);
    },
    async lastBoxOpening(unitId) {
      const [row] = await db
        .select()
        .from(boxOpenings)
        .where(eq(boxOpenings.unitId, unitId))
        .orderBy(desc(boxOpenings.openedOn), desc(boxOpenings.id))
        .limit(1);
      return row
        ? { unitId: row.unitId, openedOn: row.openedOn, letters: row.letters, witnesses: row.witnesses, recordedBy: row.recordedBy }
        : null;
    },
    async boxOpeningsOn(unitId, day) {
      const rows = await db
        .select()
        .from(boxOpenings)
        .where(and(eq(boxOpenings.unitId, unitId), eq(boxOpenings.openedOn, day)))
        .orderBy(asc(boxOpenings.id));
      return rows.map((row) => ({
        unitId: row.unitId,
        openedOn: row.openedOn,
        letters: row.letters,
        witnesses: row.witnesses,
        recordedBy: row.recordedBy,
      }));
    },
    async boxCadence(unitId) {
      const [row] = await db.select({ days: units.boxCadenceDays }).from(units).where(eq(units.id, unitId));
      return row?.days ?? null;
    },
    async boxCadences() {
      const rows = await db.select({ id: units.id, days: units.boxCadenceDays }).from(units).where(isNotNull(units.boxCadenceDays));
      return new Map(rows.map((row) => [row.id, row.days!]));
    },
    async setBoxCadence(unitId, days) {
      await db.update(units).set({ boxCadenceDays: days }).where(eq(units.id, unitId));
    },
    async boxSchedules() {
      const last = db
        .select({ unitId: boxOpenings.unitId, lastOpenedOn: sql<string>`max(${boxOpenings.openedOn})`.as('last_opened_on') })
        .from(boxOpenings)
        .groupBy(boxOpenings.unitId)
        .as('last');
      const rows = await db
        .select({ unitId: units.id, kind: units.kind, cadence: units.boxCadenceDays, lastOpenedOn: last.lastOpenedOn })
        .from(units)
        .leftJoin(last, eq(last.unitId, units.id));
      return rows
        .map((row) => ({
          unitId: row.unitId,
          cadenceDays: row.cadence ?? (FACILITY_KINDS.includes(row.kind) ? DEFAULT_BOX_CADENCE_DAYS : 0),
          lastOpenedOn: row.lastOpenedOn ?? null,
        }))
        .filter((row) => row.cadenceDays > 0);
    },
    async markReminded(steps, on) {
      if (steps.length === 0) return [];
      const inserted = await db
        .insert(feedbackReminders)
        .values(steps.map((step) => ({ ticketId: step.ticketId, stage: step.stage, sentOn: on })))
        .onConflictDoNothing()
        .returning({ ticketId: feedbackReminders.ticketId, stage: feedbackReminders.stage });
      return inserted;
    },
  };
}
