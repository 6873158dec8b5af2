import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { ChatRecord } from '../chats/chat.js';
import type { LocalDate } from '../dates/local-date.js';
import type { Contact } from '../members/member.js';
import { type ReminderLadder } from '../reminders/ladder.js';
import { type ReminderStage, reminderStage } from '../reminders/reminder-stage.js';
import type { Store } from '../store.js';
import { nextBoxOpening } from './box.js';
import type { Ticket } from './feedback.js';

/** Cases are short: the handler hears the working day before, on the day, and the leaders the day after. */
export const FEEDBACK_LADDER: ReminderLadder = { beforeWorkingDays: 1, onDueDate: true, afterWorkingDays: 1 };

export interface FeedbackReminderBatch {
  stage: ReminderStage;
  chat: ChatRecord;
  people: Contact[];
  tickets: Ticket[];
}

export interface BoxReminder {
  chat: ChatRecord;
  unitId: number;
  dueOn: LocalDate;
  lastOpenedOn: LocalDate | null;
}

/**
 * Today's reminders about open cases near or past their SLA date, marked as given in the caller's
 * transaction; grouped per chat like the task reminders.
 */
export async function planFeedbackReminders(store: Store, input: { today: LocalDate; calendar: WorkingCalendar }): Promise<FeedbackReminderBatch[]> {
  const { today, calendar } = input;
  if (!calendar.isWorkingDay(today)) return [];
  const open = (await store.feedback.list({ unitIds: null, openOnly: true })).filter((t) => t.slaDue !== null);
  const steps = open
    .map((ticket) => ({ ticket, stage: reminderStage({ dueDate: ticket.slaDue!, today, calendar, ladder: FEEDBACK_LADDER }) }))
    .filter((s): s is { ticket: Ticket; stage: ReminderStage } => s.stage !== null);
  if (steps.length === 0) return [];
  const fresh = new Set((await store.feedback.markReminded(steps.map((s) => ({ ticketId: s.ticket.id, stage: s.stage })), today)).map((f) => `${f.ticketId}:${f.stage}`));
  const due = steps.filter((s) => fresh.has(`${s.ticket.id}:${s.stage}`));

  const batches: FeedbackReminderBatch[] = [];
  const groups = new Map<string, typeof due>();
  for (const step of due.filter((s) => s.stage !== 'after')) {
    const key = `${step.ticket.unitId}:${step.stage}`;
    groups.set(key, [...(groups.get(key) ?? []), step]);
  }
  for (const group of groups.values()) {
    const { unitId } = group[0]!.ticket;
    const people = await store.members.contactsWithRole('feedback_handler', unitId);
    for (const chat of (await store.chats.listByUnit(unitId)).filter((c) => c.kind === 'group' && !c.isLeadersChat)) {
      batches.push({ stage: group[0]!.stage, chat, people, tickets: group.map((s) => s.ticket) });
    }
  }
  const escalated = due.filter((s) => s.stage === 'after').map((s) => s.ticket);
  if (escalated.length > 0) {
    for (const chat of await store.chats.listLeadersChats()) batches.push({ stage: 'after', chat, people: [], tickets: escalated });
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
