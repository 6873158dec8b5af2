import { importDocumentsCommand } from './import-documents.js';
import { importPlanCommand } from './import-plan.js';
import { importUnitsCommand } from './import-units.js';
import { cliContext, err, out, withCliApp } from './session.js';

// One importer per kind of file, each in its own module.
const importers: Record<string, (argv: string[]) => Promise<void>> = {
  plan: importPlanCommand,
  units: importUnitsCommand,
  documents: (argv) =>
    withCliApp(async (app) => {
      process.exitCode = await importDocumentsCommand(app, app.config.defaultLocale, argv);
    }),
};

/** `import <kind> <file> …`: routes to the importer of that kind. */
export async function importCommand(argv: string[]): Promise<void> {
  const [kind, ...rest] = argv;
  const run = kind ? importers[kind] : undefined;
  if (run) return run(rest);
  const { t } = await cliContext();
  if (kind && kind !== '--help' && kind !== '-h') {
    err(t('import-unknown-kind', { kind: kind.slice(0, 40) }));
    err(t('import-usage'));
    process.exitCode = 2;
    return;
  }
  out(t('import-usage'));
}
