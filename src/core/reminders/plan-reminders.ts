import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { ChatRecord } from '../chats/chat.js';
import { addDays, type LocalDate } from '../dates/local-date.js';
import type { Contact } from '../members/member.js';
import type { Store } from '../store.js';
import { DEFAULT_REMINDER_LADDER, type ReminderLadder } from './ladder.js';
import { readableSteps } from './readers.js';
import { type ReminderStage, reminderStage } from './reminder-stage.js';
import type { ReminderCandidate } from './reminders.js';

export interface ReminderBatch {
  stage: ReminderStage;
  chat: ChatRecord;
  /** whom the message calls on: the focal points (their deputies while they are on leave), or the unit's leaders */
  people: Contact[];
  items: ReminderCandidate[];
}

// Wide enough for any ladder: 30 working days either side is about six weeks.
const WINDOW_DAYS = 45;

const onLeave = (contact: Contact, today: LocalDate) => contact.onLeaveUntil !== null && contact.onLeaveUntil >= today;

/** The focal points of a unit, with each one on leave replaced by the unit's deputies. */
async function whoToRemind(store: Store, unitId: number, today: LocalDate): Promise<Contact[]> {
  const focal = await store.members.contactsWithRole('focal_point', unitId);
  const present = focal.filter((c) => !onLeave(c, today));
  if (present.length === focal.length && present.length > 0) return present;
  const deputies = (await store.members.contactsWithRole('deputy', unitId)).filter((c) => !onLeave(c, today));
  return [...present, ...deputies];
}

/**
 * Decides today's reminders and marks them as given, in the caller's transaction: focal points a few working
 * days before, unit leaders on the day, the Department leaders' group after. Each step happens once per
 * occurrence; the messages are grouped per chat so a unit gets one reminder listing its tasks.
 */
export async function planReminders(
  store: Store,
  input: { today: LocalDate; calendar: WorkingCalendar; defaultLadder?: ReminderLadder },
): Promise<ReminderBatch[]> {
  const { today, calendar } = input;
  // Nobody reads reminders on a day off; the steps that come due meanwhile are given on the next working day.
  if (!calendar.isWorkingDay(today)) return [];
  const candidates = await store.reminders.candidates({ dueFrom: addDays(today, -WINDOW_DAYS), dueTo: addDays(today, WINDOW_DAYS) });
  const steps = candidates
    .map((candidate) => ({
      candidate,
      stage: reminderStage({
        dueDate: candidate.dueDate,
        today,
        calendar,
        ladder: candidate.ladder ?? input.defaultLadder ?? DEFAULT_REMINDER_LADDER,
      }),
    }))
    .filter((step): step is { candidate: ReminderCandidate; stage: ReminderStage } => step.stage !== null);
  if (steps.length === 0) return [];
  const { deliverable, unitChats, leadersChats } = await readableSteps(store, steps, (s) => s.candidate.unitId);
  if (deliverable.length === 0) return [];
  const fresh = await store.reminders.markSent(
    deliverable.map((s) => ({ occurrenceId: s.candidate.occurrenceId, stage: s.stage })),
    today,
  );
  const freshKeys = new Set(fresh.map((f) => `${f.occurrenceId}:${f.stage}`));
  const due = deliverable.filter((s) => freshKeys.has(`${s.candidate.occurrenceId}:${s.stage}`));

  const batches: ReminderBatch[] = [];
  const byUnitAndStage = new Map<string, typeof due>();
  for (const step of due.filter((s) => s.stage !== 'after')) {
    const key = `${step.candidate.unitId}:${step.stage}`;
    byUnitAndStage.set(key, [...(byUnitAndStage.get(key) ?? []), step]);
  }
  for (const group of byUnitAndStage.values()) {
    const { unitId } = group[0]!.candidate;
    const stage = group[0]!.stage;
    const chats = unitChats.get(unitId) ?? [];
    const people =
      stage === 'before'
        ? await whoToRemind(store, unitId, today)
        : [...(await store.members.contactsWithRole('unit_leader', unitId)), ...(await whoToRemind(store, unitId, today))];
    for (const chat of chats) batches.push({ stage, chat, people, items: group.map((s) => s.candidate) });
  }

  const escalations = due.filter((s) => s.stage === 'after').map((s) => s.candidate);
  if (escalations.length > 0) {
    for (const chat of leadersChats) batches.push({ stage: 'after', chat, people: [], items: escalations });
  }
  return batches;
}
