import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import { applyUnitImport, planUnitImport, readUnitRows, type UnitRowProblem } from '../core/units/import-units.js';
import type { Translate } from '../core/text/translate.js';
import { err, out, withCliApp } from './session.js';

function problemLines(t: Translate, problems: UnitRowProblem[]): string {
  return [
    t('import-units-invalid'),
    ...problems.map((p) => t('import-units-problem', { line: p.line, field: p.field, kind: p.kind, value: p.value })),
  ].join('\n');
}

/** `import units <file.csv> [--dry-run]`: code, name, short name, kind, parent code, box cadence (days); all rows or none. */
export async function importUnitsCommand(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { 'dry-run': { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  await withCliApp(async (app, t) => {
    const [file] = positionals;
    if (!file || positionals.length > 1) {
      err(t('import-usage'));
      process.exitCode = 2;
      return;
    }
    let rows: string[][];
    try {
      const content = await readFile(file, 'utf8');
      // comma or semicolon (Excel in Vietnamese locales saves with semicolons), a BOM, quoted fields
      const delimiter = (content.split('\n')[0] ?? '').includes(';') ? ';' : ',';
      rows = parseCsv(content, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
    } catch (error) {
      const code = (error as { code?: string }).code;
      err(
        code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES'
          ? t('import-file-unreadable', { file })
          : t('import-csv-syntax', { file, line: (error as { lines?: number }).lines ?? 0 }),
      );
      process.exitCode = 1;
      return;
    }
    const read = readUnitRows(rows);
    const planned = planUnitImport(read.rows, await app.store.units.list(), await app.store.feedback.boxCadences());
    const problems = [...read.problems, ...planned.problems].sort((a, b) => a.line - b.line);
    if (problems.length > 0) {
      err(problemLines(t, problems));
      process.exitCode = 1;
      return;
    }
    const { plan } = planned;
    out(t('import-units-summary', { inserted: plan.insert.length, updated: plan.update.length, unchanged: plan.unchanged }));
    if (values['dry-run']) {
      out(t('import-units-dry-run'));
      return;
    }
    await applyUnitImport(app.store, plan, null);
  });
}
