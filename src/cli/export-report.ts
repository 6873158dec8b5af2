import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { App } from '../app.js';
import { localDateOf } from '../core/dates/local-date.js';
import { isDomainError } from '../core/errors.js';
import { buildConsolidatedReport } from '../core/reports/consolidated-report.js';
import { parseReportRequest } from '../core/reports/report-request.js';
import type { Locale } from '../i18n/i18n.js';

/** A name safe in any file system: letters, digits, dot, dash and underscore; the rest becomes "_". */
const safeName = (name: string) =>
  name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .slice(0, 120) || '_';

/**
 * `cli xuatbaocao [kế hoạch] [kỳ] [--out DIR] [--at ISO-8601]`: the files of /xuatbaocao written to a folder
 * (default <DATA_DIR>/exports), for an officer at the server or a platform that cannot carry a spreadsheet.
 * The words are read exactly as in the chat command.
 */
export async function exportReportCommand(app: App, locale: Locale, argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    options: { out: { type: 'string' }, at: { type: 'string' } },
    allowPositionals: true,
  });
  const t = app.i18n.translator(locale);
  const at = values.at ? new Date(values.at) : app.clock.now();
  if (Number.isNaN(at.getTime())) {
    process.stderr.write(`${t('cli-export-usage')}\n`);
    return 2;
  }
  const timezone = app.config.defaultTimezone;
  const today = localDateOf(at, timezone);
  try {
    const request = parseReportRequest(
      positionals.flatMap((word) => word.split(/\s+/)),
      today,
    );
    const report = await buildConsolidatedReport(app.store, {
      planCode: request.planRef,
      period: request.period,
      today,
      timezone,
      calendar: await app.calendar.current(),
    });
    const files = (await app.services.reportFiles?.(report, { t, locale })) ?? [];
    const dir = path.resolve(values.out ?? path.join(app.config.dataDir, 'exports'));
    await mkdir(dir, { recursive: true });
    for (const file of files) {
      const target = path.join(dir, file.name);
      await writeFile(target, file.data);
      process.stdout.write(`${t('cli-export-saved', { file: target })}\n`);
    }
    // The evidence the report cites, as the bot kept it: minh-chung/<unit>/<task>/MC-<id>-<name>, the id being
    // the one the spreadsheet gives ("MC-17"). Platforms' links expire; these files do not.
    let kept = 0;
    const evidenceDir = path.join(dir, 'minh-chung');
    for (const section of report.units) {
      for (const row of section.rows) {
        for (const file of row.evidence) {
          if (file.kept?.status !== 'stored') continue;
          const data = await app.store.evidence.content(file.kept.id);
          if (!data) continue;
          const folder = path.join(evidenceDir, safeName(section.unit.code), row.taskCode);
          await mkdir(folder, { recursive: true });
          await writeFile(
            path.join(folder, `MC-${file.kept.id}-${safeName(file.kept.name ?? file.name ?? (file.kind === 'photo' ? 'anh.jpg' : 'tep'))}`),
            data,
          );
          kept += 1;
        }
      }
    }
    if (kept > 0) process.stdout.write(`${t('cli-export-evidence-saved', { count: kept, dir: evidenceDir })}\n`);
    return 0;
  } catch (error) {
    if (!isDomainError(error)) throw error;
    process.stderr.write(`${t(error.i18nKey, error.params)}\n${t('cli-export-usage')}\n`);
    return 1;
  }
}
