import { type I18n, type Locale, loadI18n } from '../i18n/i18n.js';
import type { ConsolidatedReport } from '../core/reports/consolidated-report.js';
import type { RenderJob, RenderMessage, RenderReply } from './render-jobs.js';
import { renderJob } from './render-jobs.js';

/**
 * The child process that draws spreadsheets and Word files for the dashboard's downloads (render-pool): the
 * work is up to seconds of CPU for a large Department, which in the bot's process would hold up every webhook
 * answered meanwhile. It loads the locales once and renders one job at a time, as the pool sends them, and
 * ends when the bot does (its IPC channel closes).
 */
const localesDir = process.env.TDA_RENDER_LOCALES!;
const defaultLocale = process.env.TDA_RENDER_LOCALE as Locale;
let i18n: Promise<I18n> | null = null;

/** Units received ahead of their consolidated report's job, by job id. */
const parts = new Map<number, ConsolidatedReport['units']>();

process.on('message', async (message: RenderMessage) => {
  if ('part' in message) {
    const units = parts.get(message.id) ?? [];
    units.push(...message.part);
    parts.set(message.id, units);
    return;
  }
  const received = parts.get(message.id);
  parts.delete(message.id);
  const job: RenderJob =
    received && message.job.kind === 'consolidated' ? { ...message.job, report: { ...message.job.report, units: received } } : message.job;
  let reply: RenderReply;
  try {
    i18n ??= loadI18n(localesDir, defaultLocale);
    const files = await renderJob(job, (await i18n).translator(job.locale));
    reply = { id: message.id, files };
  } catch (error) {
    reply = { id: message.id, error: error instanceof Error ? error.message : String(error) };
  }
  process.send!(reply);
});
process.on('disconnect', () => process.exit(0));
