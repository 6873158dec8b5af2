import { z } from 'zod';
import { DomainError } from '../errors.js';
import type { Store } from '../store.js';
import type { Translate } from '../text/translate.js';

/**
 * Who hears about a deadline, and when, counted in working days: the focal point some days before, the
 * unit leader on the day, the Department leaders some days after. Each plan may set its own (its YAML/JSON
 * `reminders:`, or `cli plan ladder` for a plan already imported); a plan without one follows the default.
 */
export const reminderLadderSchema = z.object({
  /** remind the focal point (or the deputy while they are on leave) this many working days before; 0: never */
  beforeWorkingDays: z.number().int().min(0).max(30),
  /** tell the unit leader on the due date */
  onDueDate: z.boolean(),
  /** tell the Department leaders' chat this many working days after the due date; null: never */
  afterWorkingDays: z.number().int().min(0).max(30).nullable(),
});

export type ReminderLadder = z.infer<typeof reminderLadderSchema>;

export const DEFAULT_REMINDER_LADDER: ReminderLadder = { beforeWorkingDays: 3, onDueDate: true, afterWorkingDays: 1 };

/** The ladder in one sentence: "nhắc đầu mối 3 ngày làm việc trước hạn; báo lãnh đạo đơn vị vào ngày đến hạn; …". */
export function describeLadder(t: Translate, ladder: ReminderLadder): string {
  return t('ladder-description', {
    before: ladder.beforeWorkingDays,
    onDue: ladder.onDueDate ? 'yes' : 'no',
    after: ladder.afterWorkingDays ?? 'never',
  });
}

/** A change to a plan's ladder: the steps given change, the others stay; `reset` goes back to the default. */
export type LadderChange =
  | { reset: true }
  | { reset?: false; beforeWorkingDays?: number; onDueDate?: boolean; afterWorkingDays?: number | null };

export interface PlanLadder {
  planId: number;
  code: string | null;
  title: string;
  /** the ladder that applies now */
  ladder: ReminderLadder;
  /** false when the plan has none of its own and follows the default */
  own: boolean;
}

async function requirePlan(store: Store, planCode: string) {
  const plan = await store.plans.planByCode(planCode.trim());
  if (!plan) throw new DomainError('plan.not_found', 'ladder-plan-not-found', { code: planCode.trim().slice(0, 40) });
  return plan;
}

/** A plan's ladder as it applies now (its own, or the default). */
export async function planLadder(store: Store, planCode: string): Promise<PlanLadder> {
  const plan = await requirePlan(store, planCode);
  return {
    planId: plan.id,
    code: plan.code,
    title: plan.title,
    ladder: plan.reminderLadder ?? DEFAULT_REMINDER_LADDER,
    own: plan.reminderLadder !== null,
  };
}

/**
 * Changes when a plan's deadlines are reminded (administrators; the caller checks). Steps not named keep their
 * value; counts are whole working days from 0 to 30. Takes effect from the next reminder run; steps already
 * given are not given again.
 */
export async function setPlanLadder(
  store: Store,
  input: { planCode: string; change: LadderChange; actorId: number | null },
): Promise<PlanLadder> {
  return store.transaction(async (tx) => {
    const plan = await requirePlan(tx, input.planCode);
    const { change } = input;
    const wanted = change.reset
      ? null
      : reminderLadderSchema.safeParse({
          beforeWorkingDays: change.beforeWorkingDays ?? (plan.reminderLadder ?? DEFAULT_REMINDER_LADDER).beforeWorkingDays,
          onDueDate: change.onDueDate ?? (plan.reminderLadder ?? DEFAULT_REMINDER_LADDER).onDueDate,
          afterWorkingDays:
            change.afterWorkingDays !== undefined
              ? change.afterWorkingDays
              : (plan.reminderLadder ?? DEFAULT_REMINDER_LADDER).afterWorkingDays,
        });
    if (wanted && !wanted.success) throw new DomainError('ladder.out_of_range', 'ladder-out-of-range');
    const ladder = wanted ? wanted.data : null;
    await tx.plans.setReminderLadder(plan.id, ladder);
    await tx.audit.record({
      actorId: input.actorId,
      action: 'plan.ladder',
      entity: 'plan',
      entityId: String(plan.id),
      data: { before: plan.reminderLadder, after: ladder },
    });
    return { planId: plan.id, code: plan.code, title: plan.title, ladder: ladder ?? DEFAULT_REMINDER_LADDER, own: ladder !== null };
  });
}
