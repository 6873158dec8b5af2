import { z } from 'zod';

const day = z.number().int().min(1).max(31);
const month = z.number().int().min(1).max(12);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * The whole vocabulary of when a task is due (DESIGN.md). `inclusive: false` is "trước ngày X": the last
 * day to submit is X − 1; `true` is "chậm nhất / vào / trong / đến ngày X".
 */
export const deadlineRuleSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('once'),
    due: isoDate,
    inclusive: z.boolean(),
    precision: z.enum(['day', 'early_month', 'mid_month', 'month', 'quarter', 'year']),
  }),
  z.object({ kind: z.literal('yearly'), month, day, inclusive: z.boolean() }),
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
