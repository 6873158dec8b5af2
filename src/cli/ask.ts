import { readFile } from 'node:fs/promises';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import type { App } from '../app.js';
import { lookupReply } from '../chat/format/lookup-reply.js';
import type { Locale } from '../i18n/i18n.js';
import { localDateOf } from '../core/dates/local-date.js';
import { askJson } from './lookup-json.js';

/** The questions of a batch file: one per line (CRLF or LF, a byte-order mark ignored, the last line break ends a line). */
export function batchQuestions(content: string): string[] {
  const text = content.replace(/^\uFEFF/, '');
  if (text === '') return [];
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

/**
 * `cli ask "<question>" [--json]`: the lookup as a chat would answer it, or with --json the one object of
 * the CLI contract: {"query", "answer", "candidates"}.
 * `cli ask --batch <file> [--json]`: every line of the file is a question, answered in the same order (one
 * JSON object per line with --json; the chat answers separated by a blank line without), with one start-up
 * for the whole file: evaluations of thousands of questions rely on it.
 */
export async function askCommand(app: App, locale: Locale, argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean', default: false }, batch: { type: 'string' } },
    allowPositionals: true,
  });
  const t = app.i18n.translator(locale);
  const today = localDateOf(app.clock.now(), app.config.defaultTimezone);
  const answer = async (query: string) => {
    const { outcome, language } = await app.services.documentLookup.ask(query);
    if (values.json) return JSON.stringify(askJson(query, outcome));
    const replyLocale = language === 'en' ? 'en' : locale;
    return lookupReply(app.i18n.translator(replyLocale), outcome, { locale: replyLocale, today });
  };

  if (values.batch !== undefined) {
    if (positionals.length > 0 || values.batch === '') {
      process.stderr.write(`${t('cli-ask-usage')}\n`);
      return 2;
    }
    let content: string;
    try {
      content = await readFile(values.batch, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      process.stderr.write(`${t('cli-ask-unreadable', { file: values.batch, reason })}\n`);
      return 1;
    }
    const separator = values.json ? '\n' : '\n\n';
    for (const query of batchQuestions(content)) await write(`${await answer(query)}${separator}`);
    return 0;
  }

  if (positionals.length === 0) {
    process.stderr.write(`${t('cli-ask-usage')}\n`);
    return 2;
  }
  // unquoted words are one question too: `cli ask trang phục y tế`
  await write(`${await answer(positionals.join(' '))}\n`);
  return 0;
}
