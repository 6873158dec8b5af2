import { z } from 'zod';
import { formatDateVi, parts } from '../core/dates/local-date.js';
import { isDomainError } from '../core/errors.js';
import { permissions } from '../core/members/policy.js';
import { buildConsolidatedReport, reportUnitScope } from '../core/reports/consolidated-report.js';
import { planHandle } from '../core/reports/report-plan.js';
import { parseReportRequest } from '../core/reports/report-request.js';
import { planReference, reportPeriodLabel, summaryLine } from '../exports/report-text.js';
import { type CommandContext, defineCommand, type Reply } from './command.js';

async function exportReport(ctx: CommandContext, words: string[]): Promise<Reply> {
  const request = parseReportRequest(words, ctx.today);
  const unitIds = reportUnitScope(ctx.actor.grants, await ctx.store.units.list());
  const report = await buildConsolidatedReport(ctx.store, {
    unitIds,
    planCode: request.planRef,
    period: request.period,
    today: ctx.today,
    timezone: ctx.chat.timezone,
    calendar: ctx.calendar,
  });
  const heading = ctx.t('export-report-heading', {
    plan: planReference(ctx.t, report.plan),
    period: reportPeriodLabel(ctx.t, report),
    date: formatDateVi(report.today),
  });
  if (report.totals.total === 0) {
    // Suggest a period that is not the one just found empty: this year, or last year when this whole year was
    // asked (in January, the year just closed is usually the one to report on).
    const thisYear = parts(ctx.today).year;
    const year = report.period.length === 'year' && report.period.year === thisYear ? thisYear - 1 : thisYear;
    return { text: `${heading}\n${ctx.t('export-report-empty', { plan: planHandle(report.plan), year: String(year) })}` };
  }
  const files = ctx.services.reportFiles ? await ctx.services.reportFiles(report, { t: ctx.t, locale: ctx.locale }) : [];
  const lines = [
    heading,
    // a period still to come reports only what has no date yet: said, so that no one sends it upward by mistake
    ...(report.period.from > ctx.today ? [ctx.t('export-report-future', { from: formatDateVi(report.period.from) })] : []),
    ctx.t('export-report-scope', { units: report.units.length, tasks: report.taskCount }),
    summaryLine(ctx.t, report.totals),
    files.length > 0 ? ctx.t('export-report-files') : ctx.t('export-report-no-renderer'),
  ];
  return { text: lines.join('\n'), ...(files.length > 0 ? { files } : {}) };
}

/**
 * /xuatbaocao [kế hoạch] [kỳ]: the consolidated report of a plan for a period, as the spreadsheet (one row per
 * unit × task) and the Word draft in the administrative style, for the leader to complete, sign and send
 * upward. The plan and the period may come in either order ("/xuatbaocao KH20-2020 quý IV/2026",
 * "/xuatbaocao nam 2026 qtux-2014"); without a period it is this year, without a plan the only one with open
 * work. Reads only.
 */
export const exportReportCommand = defineCommand({
  name: 'xuatbaocao',
  aliases: ['export', 'baocaotonghop'],
  descriptionKey: 'cmd-xuatbaocao-description',
  usageKey: 'cmd-xuatbaocao-usage',
  scope: 'any',
  permission: permissions.unitReports,
  // A plan code and a period are a handful of short words; anything longer is not a request for a report.
  args: z.array(z.string().max(40)).max(10),
  async run(ctx, words) {
    try {
      return await exportReport(ctx, words);
    } catch (error) {
      // "Which plan?": the answer may come as the next message, the period already given kept with it.
      if (!(isDomainError(error) && error.code === 'consolidated.plan_required')) throw error;
      await ctx.flow.ask('plan', { words });
      return { text: ctx.t(error.i18nKey, error.params) };
    }
  },
  async resume(ctx, state, input) {
    await ctx.flow.end();
    const before = Array.isArray((state.data as { words?: unknown }).words) ? (state.data as { words: string[] }).words : [];
    return exportReport(ctx, [...input.text.split(/\s+/).filter(Boolean), ...before].slice(0, 10));
  },
});
