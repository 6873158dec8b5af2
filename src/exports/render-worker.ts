import { parentPort, workerData } from 'node:worker_threads';
import { type I18n, type Locale, loadI18n } from '../i18n/i18n.js';
import type { RenderJob, RenderReply } from './render-jobs.js';
import { renderJob } from './render-jobs.js';

/**
 * The worker thread that draws spreadsheets and Word files for the dashboard's downloads: the work is a few
 * hundred milliseconds of CPU for a large Department, which on the main thread would hold up every webhook
 * answered meanwhile. It loads the locales once and renders one job at a time, as the pool sends them.
 */
const { localesDir, defaultLocale } = workerData as { localesDir: string; defaultLocale: Locale };
let i18n: Promise<I18n> | null = null;

parentPort!.on('message', async (message: { id: number; job: RenderJob }) => {
  let reply: RenderReply;
  try {
    i18n ??= loadI18n(localesDir, defaultLocale);
    const files = await renderJob(message.job, (await i18n).translator(message.job.locale));
    reply = { id: message.id, files };
  } catch (error) {
    reply = { id: message.id, error: error instanceof Error ? error.message : String(error) };
  }
  // copied, not transferred: a small Buffer shares its memory with others of the pool
  parentPort!.postMessage(reply);
});
