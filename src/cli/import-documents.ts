import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { App } from '../app.js';
import { catalogueEntrySchema } from '../core/documents/catalogue-entry.js';
import { importDocuments } from '../core/documents/import-documents.js';
import type { Locale } from '../i18n/i18n.js';

// The catalogue's own shape (an array) or an object holding it, as an export from another tool would be.
const fileSchema = z.union([
  z.array(catalogueEntrySchema),
  z.object({ documents: z.array(catalogueEntrySchema) }).transform((file) => file.documents),
]);

const MAX_SHOWN_PROBLEMS = 20;

/**
 * `cli import documents <file.json>`: adds or updates documents, all or nothing, in the catalogue format of
 * resources/documents/regulations.json (a known symbol may carry only the fields that change). A document
 * newly marked replaced queues a notice to the groups of the units that follow it.
 */
export async function importDocumentsCommand(app: App, locale: Locale, argv: string[]): Promise<number> {
  const t = (key: string, args?: Record<string, string | number>) => app.i18n.t(locale, key, args);
  const [file, ...extra] = argv;
  if (!file || extra.length > 0) {
    process.stderr.write(`${t('cli-import-usage')}\n`);
    return 2;
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    process.stderr.write(`${t('cli-import-unreadable', { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) })}\n`);
    return 1;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    process.stderr.write(`${t('cli-import-not-json', { file, reason: (error as Error).message })}\n`);
    return 1;
  }
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, MAX_SHOWN_PROBLEMS)
      .map((issue) => `${issue.path.join('.') || t('cli-import-whole-file')}: ${issue.message}`);
    process.stderr.write(`${t('cli-import-shape', { problems: problems.join('; ') })}\n`);
    return 1;
  }

  const result = await importDocuments(app.store, parsed.data, {
    actorId: null,
    translatorFor: (chatLocale) => app.i18n.translator(app.i18n.resolve(chatLocale ?? locale)),
  });
  if (result.kind === 'invalid') {
    const lines = result.problems
      .slice(0, MAX_SHOWN_PROBLEMS)
      .map((problem) => t(`cli-import-problem-${problem.problem}`, { symbol: problem.symbol, field: problem.field }));
    process.stderr.write(`${[t('cli-import-invalid', { count: result.problems.length }), ...lines].join('\n')}\n`);
    return 1;
  }
  const lines = [
    t('cli-import-done', {
      total: result.added.length + result.updated.length,
      added: result.added.length,
      updated: result.updated.length,
    }),
  ];
  for (const replaced of result.replaced)
    lines.push(t('cli-import-replaced', { symbol: replaced.symbol, by: replaced.replacedBy, notices: replaced.notices }));
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
