import { localDateOf } from '../core/dates/local-date.js';
import { leaderChartData } from '../core/reports/leader-chart-data.js';
import { periodLabel } from '../core/reports/report-period.js';
import { planHandle } from '../core/reports/report-plan.js';
import type { ConsolidatedReport } from '../core/reports/consolidated-report.js';
import type { GeneratedFile, LeaderChartRequest, Services } from '../core/services.js';
import { foldVietnamese } from '../core/text/vietnamese.js';
import type { Locale } from '../i18n/i18n.js';
import type { Logger } from '../logger.js';
import type { LeaderChartOptions } from './leader-chart.js';
import type { ReportDocxOptions } from './report-docx.js';
import type { RenderJob } from './render-jobs.js';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** "Quý IV/2026" → "quy-iv-2026": file names survive every platform, mail gateway and Windows share. */
export const fileSlug = (text: string) =>
  foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);

/** "bao-cao-kh20-2020-nam-2026": the plan and the period, so that a leader's downloads tell themselves apart. */
export function reportFileBase(report: ConsolidatedReport, t: LeaderChartRequest['t']): string {
  return ['bao-cao', fileSlug(planHandle(report.plan)), fileSlug(periodLabel(t, report.period))].filter(Boolean).join('-');
}

export interface ExportServicesOptions {
  logger: Logger;
  chart?: LeaderChartOptions;
  docx?: ReportDocxOptions;
  /**
   * Draws the report's files in another process (the bot's render pool): a large Department's Word report
   * takes more memory than the bot's capped heap has (1 000 units ran out of 768 MB) and seconds of CPU.
   * Without it they are drawn here (the command line, the tests).
   */
  render?: (job: RenderJob) => Promise<GeneratedFile[]>;
}

/**
 * The renderers behind `/tonghop`, the leaders' digest and `/xuatbaocao`, for the app's Services. A chart
 * that cannot be drawn (a broken font set-up) is logged and left out: the digest still goes, as text. The
 * charting and office libraries are loaded on first use, so that starting the bot does not wait for them.
 */
export function createExportServices(options: ExportServicesOptions): Required<Pick<Services, 'leaderChart' | 'reportFiles'>> {
  const { logger } = options;
  return {
    async leaderChart({ store, at, timezone, t, calendar, unitIds }) {
      const today = localDateOf(at, timezone);
      try {
        const [data, { renderLeaderChart }] = await Promise.all([
          leaderChartData(store, { today, timezone, unitIds: unitIds ?? null, ...(calendar ? { calendar } : {}) }),
          import('./leader-chart.js'),
        ]);
        const png = renderLeaderChart(data, t, options.chart);
        return { kind: 'photo', name: `bieu-do-${today}.png`, mimeType: 'image/png', data: png };
      } catch (error) {
        logger.error({ err: error }, 'the leaders’ chart could not be drawn; sent without it');
        return null;
      }
    },
    async reportFiles(report, { t, locale }) {
      if (options.render) {
        const docx = options.docx ? { docx: options.docx } : {};
        const [xlsx, word] = await Promise.all([
          options.render({ kind: 'consolidated', format: 'xlsx', report, locale: locale as Locale }),
          options.render({ kind: 'consolidated', format: 'docx', report, locale: locale as Locale, ...docx }),
        ]);
        return [...xlsx, ...word];
      }
      const base = reportFileBase(report, t);
      const [{ renderReportXlsx }, { renderReportDocx }] = await Promise.all([import('./report-xlsx.js'), import('./report-docx.js')]);
      const [xlsx, docx] = await Promise.all([renderReportXlsx(report, t), renderReportDocx(report, t, options.docx)]);
      return [
        { kind: 'document', name: `${base}.xlsx`, mimeType: XLSX_MIME, data: xlsx },
        { kind: 'document', name: `${base}.docx`, mimeType: DOCX_MIME, data: docx },
      ];
    },
  };
}
