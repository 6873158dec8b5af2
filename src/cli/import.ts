import type { App } from '../app.js';
import type { Locale } from '../i18n/i18n.js';
import { importDocumentsCommand } from './import-documents.js';

type Importer = (app: App, locale: Locale, argv: string[]) => Promise<number>;

/** What `cli import <kind> …` can bring in; each kind lives in its own module. */
const importers: Record<string, Importer> = {
  documents: importDocumentsCommand,
};

/** `cli import <kind> <file>`: routes to the importer of that kind. Returns the exit code. */
export async function importCommand(app: App, locale: Locale, argv: string[]): Promise<number> {
  const [kind, ...rest] = argv;
  const importer = kind ? importers[kind] : undefined;
  if (!importer) {
    if (kind) process.stderr.write(`${app.i18n.t(locale, 'cli-import-unknown-kind', { kind })}\n`);
    process.stderr.write(`${app.i18n.t(locale, 'cli-import-usage')}\n`);
    return 2;
  }
  return importer(app, locale, rest);
}
