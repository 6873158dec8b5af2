import { z } from 'zod';

/**
 * Who hears about a deadline, and when, counted in working days: the focal point some days before, the
 * unit leader on the day, the Department leaders some days after. Each plan may set its own.
 */
export const reminderLadderSchema = z.object({
  /** remind the focal point (or the deputy while they are on leave) this many working days before */
  beforeWorkingDays: z.number().int().min(0).max(30),
  /** tell the unit leader on the due date */
  onDueDate: z.boolean(),
  /** tell the Department leaders' chat this many working days after the due date; null: never */
  afterWorkingDays: z.number().int().min(0).max(30).nullable(),
});

export type ReminderLadder = z.infer<typeof reminderLadderSchema>;

export const DEFAULT_REMINDER_LADDER: ReminderLadder = { beforeWorkingDays: 3, onDueDate: true, afterWorkingDays: 1 };
