import { parseArgs } from 'node:util';
import type { App } from '../app.js';
import { lookupReply } from '../commands/format/lookup-reply.js';
import type { Locale } from '../i18n/i18n.js';
import { askJson } from './lookup-json.js';

/**
 * `cli ask "<question>" [--json]`: the lookup as a chat would answer it, or with --json the one object of
 * the CLI contract: {"query", "answer", "candidates"}.
 */
export async function askCommand(app: App, locale: Locale, argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args: argv, options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
  if (positionals.length === 0) {
    process.stderr.write(`${app.i18n.t(locale, 'cli-ask-usage')}\n`);
    return 2;
  }
  // unquoted words are one question too: `cli ask trang phục y tế`
  const query = positionals.join(' ');
  const { outcome } = await app.services.documentLookup.ask(query);
  process.stdout.write(`${values.json ? JSON.stringify(askJson(query, outcome)) : lookupReply(app.i18n.translator(locale), outcome)}\n`);
  return 0;
}
