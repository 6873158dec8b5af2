import { ChoiceNeeded, DomainError } from '../errors.js';
import type { PlanHead, PlanSummary } from '../plans/plan.js';
import { compactKey, foldVietnamese } from '../text/vietnamese.js';

/** How a plan is named to a leader who must type it: its code, else its number. */
export const planHandle = (plan: Pick<PlanSummary, 'code' | 'symbol' | 'id'>) => plan.code ?? plan.symbol ?? `#${plan.id}`;

// An error names the plans to choose from; a Department with many plans gets the first few and an ellipsis.
const LISTED = 12;
const handles = (plans: readonly PlanHead[]) => plans.slice(0, LISTED).map(planHandle).join(', ') + (plans.length > LISTED ? ', …' : '');

/**
 * The plan a leader named by its code or its number, typed in any case, with or without diacritics, dashes or
 * dots ("KH20-2020", "kh20 2020", "20/KH-SYT", "qtux-2014"). A number used by several plans (each year's
 * "20/KH-SYT") is settled by the year asked for.
 */
export function findPlanByReference<P extends PlanHead>(plans: readonly P[], written: string, year: number | null): P {
  const key = compactKey(written);
  const byHandle = plans.filter(
    (plan) => (plan.code !== null && compactKey(plan.code) === key) || (plan.symbol !== null && compactKey(plan.symbol) === key),
  );
  const matches = byHandle.length > 0 ? byHandle : plansByTitleWords(plans, written);
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0)
    throw new DomainError('consolidated.unknown_plan', 'consolidated-unknown-plan', { written, plans: handles(plans) });
  const sameYear = matches.filter((plan) => plan.year === year);
  if (sameYear.length === 1) return sameYear[0]!;
  throw new ChoiceNeeded(
    'consolidated.ambiguous_plan',
    'consolidated-ambiguous-plan',
    { written, plans: handles(matches), count: matches.length },
    written,
    matches.map((plan) => ({ value: planHandle(plan), label: `${planHandle(plan)} — ${plan.shortTitle ?? plan.title}` })),
  );
}

// Words that say "a plan" rather than which one: "KH dân vận" is the plan about dân vận.
const PLAN_WORDS = new Set(['kh', 'ke', 'hoach', 'kehoach', 'plan', 'so', 'cua', 've', 'nam']);
const wordsOf = (text: string) =>
  foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);

/**
 * Plans named by words of their title, as leaders say them ("KH dân vận", "kế hoạch quy tắc ứng xử"): every
 * word typed (but those saying "a plan") is a word of the plan's title, short title, number or code.
 */
function plansByTitleWords<P extends PlanHead>(plans: readonly P[], written: string): P[] {
  const wanted = wordsOf(written).filter((word) => !PLAN_WORDS.has(word));
  if (wanted.length === 0) return [];
  return plans.filter((plan) => {
    const own = new Set(wordsOf([plan.title, plan.shortTitle ?? '', plan.symbol ?? '', plan.code ?? ''].join(' ')));
    return wanted.every((word) => own.has(word));
  });
}

/**
 * The plan to report on when none was named: the only plan with open work. With several, the leader is asked
 * to choose rather than sent a report on a plan they did not mean.
 */
export function defaultPlan(plans: readonly PlanSummary[]): PlanSummary {
  if (plans.length === 0) throw new DomainError('consolidated.no_plans', 'consolidated-no-plans');
  const open = plans.filter((plan) => plan.openOccurrences > 0);
  if (open.length === 1) return open[0]!;
  if (open.length === 0) throw new DomainError('consolidated.plan_required', 'consolidated-plan-required', { plans: handles(plans) });
  throw new DomainError('consolidated.plan_required', 'consolidated-plan-required', { plans: handles(open) });
}
