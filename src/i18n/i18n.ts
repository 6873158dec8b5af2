import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import type { MessageArgs } from '../core/errors.js';
import type { Translate } from '../core/text/translate.js';

export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

export interface I18n {
  readonly defaultLocale: Locale;
  t(locale: Locale, key: string, args?: MessageArgs): string;
  translator(locale: Locale): Translate;
  has(locale: Locale, key: string): boolean;
  keys(locale: Locale): string[];
  /** "en-US" → en; anything unknown → the default */
  resolve(candidate: string | null | undefined): Locale;
}

/**
 * Loads every locales/<locale>/*.ftl file into one bundle per language: a file per area of the product
 * (tasks, feedback, plans…), so that the sentences of one feature sit together. A syntax error, or a message
 * defined in two files, stops start-up rather than showing raw keys.
 */
export async function loadI18n(localesDir: string, defaultLocale: Locale = 'vi'): Promise<I18n> {
  const bundles = new Map<Locale, FluentBundle>();
  const messageIds = new Map<Locale, string[]>();
  // every file read at once (a start waits for one round of reads, not thirty), then parsed in order
  const sources = await Promise.all(
    LOCALES.map(async (locale) => {
      const dir = path.join(localesDir, locale);
      const files = (await readdir(dir)).filter((name) => name.endsWith('.ftl')).sort();
      return {
        locale,
        files: await Promise.all(files.map(async (file) => ({ file, text: await readFile(path.join(dir, file), 'utf8') }))),
      };
    }),
  );
  for (const { locale, files } of sources) {
    // Isolation marks would show up as stray characters in Zalo and in the console.
    const bundle = new FluentBundle(locale, { useIsolating: false });
    const ids: string[] = [];
    for (const { file, text } of files) {
      const resource = new FluentResource(text);
      const errors = bundle.addResource(resource);
      if (errors.length > 0) throw new Error(`locales/${locale}/${file}: ${errors.map((e) => e.message).join('; ')}`);
      // terms ("-bot-name") are building blocks, not messages anyone looks up
      ids.push(...resource.body.map((entry) => entry.id).filter((id) => !id.startsWith('-')));
    }
    bundles.set(locale, bundle);
    messageIds.set(locale, ids);
  }

  // The tests set TDA_I18N_STRICT: a message given too few values fails the test that sends it, rather than
  // showing its key to a person (which only an assertion on that very text would notice).
  const strict = process.env.TDA_I18N_STRICT === '1';
  const format = (locale: Locale, key: string, args?: MessageArgs): string | null => {
    const bundle = bundles.get(locale);
    const message = bundle?.getMessage(key);
    if (!bundle || !message?.value) return null;
    const errors: Error[] = [];
    const text = bundle.formatPattern(message.value, args as Record<string, FluentVariable> | undefined, errors);
    if (errors.length > 0 && strict) throw new Error(`message ${key} (${locale}): ${errors.map((e) => e.message).join('; ')}`);
    return errors.length > 0 ? null : text;
  };

  const t = (locale: Locale, key: string, args?: MessageArgs) => format(locale, key, args) ?? format(defaultLocale, key, args) ?? key;

  return {
    defaultLocale,
    t,
    translator: (locale) => (key, args) => t(locale, key, args),
    has: (locale, key) => Boolean(bundles.get(locale)?.hasMessage(key)),
    keys: (locale) => [...(messageIds.get(locale) ?? [])],
    resolve: (candidate) => {
      const base = candidate?.toLowerCase().split(/[-_]/)[0];
      return isLocale(base) ? base : defaultLocale;
    },
  };
}
