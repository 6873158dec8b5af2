import type { UnitFeedbackRow } from '../core/feedback/queries.js';
import type { ConsolidatedReport } from '../core/reports/consolidated-report.js';
import type { GeneratedFile } from '../core/services.js';
import type { Translate } from '../core/text/translate.js';
import type { Locale } from '../i18n/i18n.js';
import { DOCX_MIME, reportFileBase, XLSX_MIME } from './export-services.js';
import type { ReportDocxOptions } from './report-docx.js';

/** What a download asks to be drawn: plain data (it crosses into the renderer process), and the reader's language. */
export type RenderJob =
  | { kind: 'consolidated'; format: 'xlsx' | 'docx'; report: ConsolidatedReport; locale: Locale; docx?: ReportDocxOptions }
  | {
      kind: 'feedback-stats';
      title: string;
      fileName: string;
      rows: ReadonlyArray<UnitFeedbackRow & { unitName: string }>;
      locale: Locale;
    };

/**
 * What the bot sends the renderer: a job, or before a consolidated report's job a part of its units (the job
 * then comes with none, and the parts received for its id are its units, in order).
 */
export type RenderMessage = { id: number; job: RenderJob } | { id: number; part: ConsolidatedReport['units'] };

export type RenderReply = { id: number; files: GeneratedFile[] } | { id: number; error: string };

/** Draws one job: the same renderers the chat's /xuatbaocao and /phananh thongke use. */
export async function renderJob(job: RenderJob, t: Translate): Promise<GeneratedFile[]> {
  if (job.kind === 'feedback-stats') {
    const { renderFeedbackStatsXlsx } = await import('./feedback-stats-xlsx.js');
    const data = await renderFeedbackStatsXlsx({ title: job.title, rows: job.rows }, t);
    return [{ kind: 'document', name: job.fileName, mimeType: XLSX_MIME, data }];
  }
  const base = reportFileBase(job.report, t);
  if (job.format === 'xlsx') {
    const { renderReportXlsx } = await import('./report-xlsx.js');
    return [{ kind: 'document', name: `${base}.xlsx`, mimeType: XLSX_MIME, data: await renderReportXlsx(job.report, t) }];
  }
  const { renderReportDocx } = await import('./report-docx.js');
  return [{ kind: 'document', name: `${base}.docx`, mimeType: DOCX_MIME, data: await renderReportDocx(job.report, t, job.docx) }];
}
