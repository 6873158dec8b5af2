import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { ChatRecord } from '../chats/chat.js';
import type { LocalDate } from '../dates/local-date.js';
import type { Contact } from '../members/member.js';
import type { Role } from '../members/roles.js';
import { type ReminderLadder } from '../reminders/ladder.js';
import { readableSteps } from '../reminders/readers.js';
import { type ReminderStage, reminderStage } from '../reminders/reminder-stage.js';
import type { Store } from '../store.js';
import { nextBoxOpening } from './box.js';
import type { Ticket } from './feedback.js';

/** Cases are short: the handler hears the working day before, the unit leader on the day, the leaders the day after. */
export const FEEDBACK_LADDER: ReminderLadder = { beforeWorkingDays: 1, onDueDate: true, afterWorkingDays: 1 };

export interface FeedbackReminderBatch {
  stage: ReminderStage;
  chat: ChatRecord;
  /** whom the message calls on: the handlers and focal points before, the unit's leaders and handlers on the day */
  people: Contact[];
  tickets: Ticket[];
  /** each case's unit, named in the leaders' group where cases of several units are listed */
  unitNames: ReadonlyMap<number, string>;
}

export interface BoxReminder {
  chat: ChatRecord;
  unitId: number;
  dueOn: LocalDate;
  lastOpenedOn: LocalDate | null;
}

const onLeave = (contact: Contact, today: LocalDate) => contact.onLeaveUntil !== null && contact.onLeaveUntil >= today;

/** Everyone of some roles in the unit who is not on leave, each once. */
async function present(store: Store, unitId: number, roles: readonly Role[], today: LocalDate): Promise<Contact[]> {
  const people = new Map<number, Contact>();
  for (const role of roles)
    for (const contact of await store.members.contactsWithRole(role, unitId))
      if (!onLeave(contact, today)) people.set(contact.memberId, contact);
  return [...people.values()];
}

/** Before the SLA date: the unit's handlers and focal points, with the deputies when a focal point is on leave. */
async function keepers(store: Store, unitId: number, today: LocalDate): Promise<Contact[]> {
  const focal = await store.members.contactsWithRole('focal_point', unitId);
  const atWork = focal.length > 0 && focal.every((f) => !onLeave(f, today));
  return present(store, unitId, atWork ? ['feedback_handler', 'focal_point'] : ['feedback_handler', 'focal_point', 'deputy'], today);
}

/**
 * Today's reminders about open cases near or past their SLA date, on the ladder the tasks follow: the handlers
 * and focal point in the unit's group the working day before, the unit's leader (with the handlers) there on
 * the day, the Department leaders' group after it, each case with its unit. Each step is given once per case
 * and SLA date (a case whose date is corrected starts over), marked in the caller's transaction.
 */
export async function planFeedbackReminders(
  store: Store,
  input: { today: LocalDate; calendar: WorkingCalendar },
): Promise<FeedbackReminderBatch[]> {
  const { today, calendar } = input;
  if (!calendar.isWorkingDay(today)) return [];
  const open = (await store.feedback.list({ unitIds: null, openOnly: true })).filter((t) => t.slaDue !== null);
  const steps = open
    .map((ticket) => ({ ticket, stage: reminderStage({ dueDate: ticket.slaDue!, today, calendar, ladder: FEEDBACK_LADDER }) }))
    .filter((s): s is { ticket: Ticket; stage: ReminderStage } => s.stage !== null);
  if (steps.length === 0) return [];
  const { deliverable, unitChats, leadersChats } = await readableSteps(store, steps, (s) => s.ticket.unitId);
  if (deliverable.length === 0) return [];
  const fresh = new Set(
    (
      await store.feedback.markReminded(
        deliverable.map((s) => ({ ticketId: s.ticket.id, stage: s.stage })),
        today,
      )
    ).map((f) => `${f.ticketId}:${f.stage}`),
  );
  const due = deliverable.filter((s) => fresh.has(`${s.ticket.id}:${s.stage}`));
  if (due.length === 0) return [];
  const names = new Map((await store.units.list()).map((u) => [u.id, u.shortName ?? u.name]));

  const batches: FeedbackReminderBatch[] = [];
  const groups = new Map<string, typeof due>();
  for (const step of due.filter((s) => s.stage !== 'after')) {
    const key = `${step.ticket.unitId}:${step.stage}`;
    groups.set(key, [...(groups.get(key) ?? []), step]);
  }
  for (const group of groups.values()) {
    const { unitId } = group[0]!.ticket;
    const stage = group[0]!.stage;
    const chats = unitChats.get(unitId) ?? [];
    const people =
      stage === 'before' ? await keepers(store, unitId, today) : await present(store, unitId, ['unit_leader', 'feedback_handler'], today);
    for (const chat of chats) batches.push({ stage, chat, people, tickets: group.map((s) => s.ticket), unitNames: names });
  }
  const escalated = due.filter((s) => s.stage === 'after').map((s) => s.ticket);
  if (escalated.length > 0) {
    // the leaders read them unit by unit
    escalated.sort((a, b) => (names.get(a.unitId) ?? '').localeCompare(names.get(b.unitId) ?? '', 'vi') || a.id - b.id);
    for (const chat of leadersChats) batches.push({ stage: 'after', chat, people: [], tickets: escalated, unitNames: names });
  }
  return batches;
}

/** Units whose complaint box is due (or late) to be opened today, with their groups. */
export async function boxReminders(store: Store, today: LocalDate): Promise<BoxReminder[]> {
  const reminders: BoxReminder[] = [];
  for (const schedule of await store.feedback.boxSchedules()) {
    const dueOn = nextBoxOpening(schedule.lastOpenedOn, schedule.cadenceDays, today);
    if (dueOn > today) continue;
    for (const chat of (await store.chats.listByUnit(schedule.unitId)).filter((c) => c.kind === 'group' && !c.isLeadersChat)) {
      reminders.push({ chat, unitId: schedule.unitId, dueOn, lastOpenedOn: schedule.lastOpenedOn });
    }
  }
  return reminders;
}
