import { taskCode } from '../core/reports/task-ref.js';
import type { CalendarSource } from '../core/calendar/calendar-source.js';
import type { WorkingCalendar } from '../core/calendar/working-calendar.js';
import { type LocalDate, localDateOf } from '../core/dates/local-date.js';
import type { Platform } from '../core/members/member.js';
import type { OutboxMessage } from '../core/outbox/outbox.js';
import { planReminders, type ReminderBatch } from '../core/reminders/plan-reminders.js';
import { boxReminders, type FeedbackReminderBatch, planFeedbackReminders } from '../core/feedback/reminders.js';
import { ticketLines } from '../chat/format/ticket-lines.js';
import { formatDateVi } from '../core/dates/local-date.js';
import type { Store } from '../core/store.js';
import { describeDue, shorten } from '../chat/format/due-lines.js';
import type { I18n } from '../i18n/i18n.js';

export interface RemindersJobDeps {
  store: Store;
  i18n: I18n;
  calendar: CalendarSource;
  timezone: string;
}

/** "@lan_bvdk" where the chat's platform knows the person's username, their name otherwise. */
function callOn(batch: Pick<ReminderBatch, 'chat' | 'people'>): string {
  const platform = batch.chat.platform as Platform;
  return batch.people.map((person) => (person.usernames[platform] ? `@${person.usernames[platform]}` : person.displayName)).join(', ');
}

function compose(batch: ReminderBatch, i18n: I18n, today: LocalDate, calendar: WorkingCalendar): string {
  const t = i18n.translator(i18n.resolve(batch.chat.locale));
  const ctx = { t, today, calendar };
  const task = (item: ReminderBatch['items'][number]) =>
    `[${taskCode(item.taskId)}] ${shorten(item.title, 100)} — ${describeDue(ctx, item)}`;
  if (batch.stage === 'after') {
    // One line per task with the units that are late on it: the leaders see the pattern, not a wall of rows.
    const byTask = new Map<string, { item: ReminderBatch['items'][number]; units: string[] }>();
    for (const item of batch.items) {
      const key = `${item.taskId}:${item.dueDate}`;
      const entry = byTask.get(key) ?? { item, units: [] };
      entry.units.push(item.unitName);
      byTask.set(key, entry);
    }
    const lines = [...byTask.values()].map(({ item, units }) => `• ${task(item)}: ${units.join(', ')}`);
    return [t('reminder-after', { count: byTask.size }), ...lines, t('reminder-after-footer')].join('\n');
  }
  const people = callOn(batch) || t('reminder-nobody');
  const header = batch.stage === 'before' ? t('reminder-before', { people }) : t('reminder-due', { people });
  return [header, ...batch.items.map((item) => `• ${task(item)}`), t(`reminder-${batch.stage}-footer`)].join('\n');
}

/**
 * A case reminder shows what a group may see of a case (code, category, redacted summary, status), through the
 * one function that renders cases for a group; the leaders' group also reads each case's unit.
 */
async function composeFeedback(batch: FeedbackReminderBatch, i18n: I18n, store: Store): Promise<string> {
  const t = i18n.translator(i18n.resolve(batch.chat.locale));
  const people = callOn(batch) || t('feedback-reminder-nobody');
  const header =
    batch.stage === 'before'
      ? t('feedback-reminder-before', { people })
      : batch.stage === 'due'
        ? t('feedback-reminder-due', { people })
        : t('feedback-reminder-after', { count: batch.tickets.length });
  const unitName = batch.stage === 'after' ? (unitId: number) => batch.unitNames.get(unitId) ?? '' : undefined;
  const lines = await ticketLines(t, store, batch.tickets, unitName ? { unitName } : {});
  return [header, ...lines, t(batch.stage === 'after' ? 'feedback-reminder-after-footer' : 'feedback-reminder-footer')].join('\n');
}

/**
 * Today's reminders: decided and marked in one transaction with the outbox messages that carry them, so a
 * crash or a second replica can neither lose nor double a reminder.
 */
export async function runReminders(deps: RemindersJobDeps, at: Date, options: { dryRun?: boolean } = {}): Promise<OutboxMessage[]> {
  const today = localDateOf(at, deps.timezone);
  const calendar = await deps.calendar.current();
  let planned: OutboxMessage[] = [];
  try {
    await deps.store.transaction(async (tx) => {
      const batches = await planReminders(tx, { today, calendar });
      planned = batches.map((batch) => ({
        key: `reminder:${batch.stage}:${batch.chat.ref}:${today}:${Math.min(...batch.items.map((item) => item.occurrenceId))}`,
        chat: batch.chat.ref,
        text: compose(batch, deps.i18n, today, calendar),
      }));
      for (const batch of await planFeedbackReminders(tx, { today, calendar })) {
        planned.push({
          key: `feedback-reminder:${batch.stage}:${batch.chat.ref}:${today}:${Math.min(...batch.tickets.map((ticket) => ticket.id))}`,
          chat: batch.chat.ref,
          text: await composeFeedback(batch, deps.i18n, tx),
        });
      }
      for (const box of calendar.isWorkingDay(today) ? await boxReminders(tx, today) : []) {
        const t = deps.i18n.translator(deps.i18n.resolve(box.chat.locale));
        planned.push({
          // One reminder per box and due date: a box left unopened is not nagged about every day.
          key: `box:${box.unitId}:${box.chat.ref}:${box.lastOpenedOn ? box.dueOn : 'first'}`,
          chat: box.chat.ref,
          text: box.lastOpenedOn ? t('box-reminder', { last: formatDateVi(box.lastOpenedOn) }) : t('box-reminder-first'),
        });
      }
      // Keys already queued (a box reminder of an earlier day) are skipped; only new ones count as planned.
      const queued = new Set(await tx.outbox.enqueueNew(planned));
      planned = planned.filter((message) => queued.has(message.key));
      // A dry run shows what would go out and undoes the marks, so the real run still sends it.
      if (options.dryRun) throw new DryRunDone();
    });
  } catch (error) {
    if (!(error instanceof DryRunDone)) throw error;
  }
  return planned;
}

class DryRunDone extends Error {}
