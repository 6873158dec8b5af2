import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { LocalDate } from '../dates/local-date.js';
import { isDomainError, type MessageArgs } from '../errors.js';
import type { PlanSummary } from '../plans/plan.js';
import type { Store } from '../store.js';
import { buildConsolidatedReport, type ConsolidatedReport } from './consolidated-report.js';
import { parseReportRequest } from './report-request.js';

/** What the exports page shows: the plans to choose from, and the report asked for or why there is none. */
export interface ExportPreview {
  plans: PlanSummary[];
  report: ConsolidatedReport | null;
  /** a request that could not be read or matched, in the words /xuatbaocao answers it with */
  problem: { key: string; params: MessageArgs } | null;
}

/**
 * The consolidated report a page asks for by plan and period words (`?ke-hoach=KH20-2020&ky=quý IV/2026`),
 * read exactly as `/xuatbaocao` reads them, over the units the reader may see. No plan asked: nothing built.
 */
export async function exportPreview(
  store: Store,
  input: {
    unitIds: readonly number[] | null;
    plan: string;
    period: string;
    today: LocalDate;
    timezone: string;
    calendar: WorkingCalendar;
  },
): Promise<ExportPreview> {
  const plans = await store.plans.planSummaries();
  if (!input.plan.trim()) return { plans, report: null, problem: null };
  try {
    const request = parseReportRequest(input.period.split(/\s+/).filter(Boolean), input.today);
    const report = await buildConsolidatedReport(store, {
      unitIds: input.unitIds,
      planCode: input.plan,
      period: request.period,
      today: input.today,
      timezone: input.timezone,
      calendar: input.calendar,
    });
    return { plans, report, problem: null };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return { plans, report: null, problem: { key: error.i18nKey, params: error.params } };
  }
}
