import { z } from 'zod';
import { isLocalDate, lastDayOfMonth } from '../dates/local-date.js';

const day = z.number().int().min(1).max(31);
const month = z.number().int().min(1).max(12);

/** The issue a rule naming a day that is not on the calendar carries, so that a reader can say which day. */
export const NO_SUCH_DATE = 'no_such_date';
const noSuchDate = { message: NO_SUCH_DATE, params: { reason: NO_SUCH_DATE } };

// A real day of the calendar: "2026-02-31" is refused, not carried into the occurrences.
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => isLocalDate(value), noSuchDate);

/**
 * The whole vocabulary of when a task is due (DESIGN.md). `inclusive: false` is "trước ngày X": the last
 * day to submit is X − 1; `true` is "chậm nhất / vào / trong / đến ngày X". A yearly day must exist in its
 * month (29/02 does, and falls on 28/02 in other years); a monthly or quarterly day 29–31 means that day or
 * the month's last ("ngày 31 hằng tháng" is the end of every month).
 */
export const deadlineRuleSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('once'),
    due: isoDate,
    inclusive: z.boolean(),
    precision: z.enum(['day', 'early_month', 'mid_month', 'month', 'quarter', 'year']),
  }),
  z
    .object({ kind: z.literal('yearly'), month, day, inclusive: z.boolean() })
    // 2000 is a leap year: 29/02 is allowed, 30/02 and 31/04 are not
    .refine((rule) => rule.day <= lastDayOfMonth(2000, rule.month), { ...noSuchDate, path: ['day'] }),
  z.object({
    kind: z.literal('quarterly'),
    monthOfQuarter: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    day,
    inclusive: z.boolean(),
  }),
  z.object({ kind: z.literal('monthly'), day, inclusive: z.boolean() }),
  z.object({ kind: z.literal('weekly'), weekday: z.number().int().min(1).max(7) }),
  z.object({
    kind: z.literal('after_period'),
    period: z.enum(['month', 'quarter', 'half_year', 'year']),
    offset: z.number().int().min(0).max(366),
    unit: z.enum(['days', 'working_days']),
  }),
  z.object({ kind: z.literal('unscheduled'), reason: z.enum(['ad_hoc', 'no_day', 'data_period', 'event']) }),
]);

export type DeadlineRule = z.infer<typeof deadlineRuleSchema>;
export type DeadlineRuleKind = DeadlineRule['kind'];
