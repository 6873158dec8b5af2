import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { catalogueEntrySchema, documentFromEntry } from '../core/documents/catalogue-entry.js';
import type { RegulationDocument } from '../core/documents/document.js';
import type { LexiconData } from '../core/documents/lookup/lexicon.js';
import type { Namesake } from '../core/documents/namesake.js';
import { isLocalDate } from '../core/dates/local-date.js';
import type { Store } from '../core/store.js';
import { resourcesDir } from '../paths.js';

const documentsDir = path.join(resourcesDir, 'documents');
/** The data team's catalogue, kept byte for byte as they deliver it. */
export const DOCUMENT_CATALOGUE_FILE = path.join(documentsDir, 'regulations.json');
/** Our Vietnamese layer over it: summaries, everyday words, extra aliases, key provisions, relations, keyed by symbol. */
export const DOCUMENT_CATALOGUE_VI_FILE = path.join(documentsDir, 'regulations.vi.json');
/** Our English layer: subject, issuer and everyday words in English, keyed by symbol. */
export const DOCUMENT_CATALOGUE_EN_FILE = path.join(documentsDir, 'regulations.en.json');
/** Validity from the team's research (sources up to a date), overriding the catalogue's status, keyed by symbol. */
export const DOCUMENT_STATUS_FILE = path.join(documentsDir, 'regulations.status.json');
export const NAMESAKES_FILE = path.join(documentsDir, 'namesakes.json');
export const LEXICON_FILE = path.join(documentsDir, 'lexicon.vi.json');
export const LEXICON_EN_FILE = path.join(documentsDir, 'lexicon.en.json');

const viLayerSchema = z.object({
  documents: z.record(
    z.string(),
    catalogueEntrySchema.pick({ provisions: true, relations: true }).extend({
      summary_vi: z.string().min(1),
      keywords: z.array(z.string().min(1)),
      aliases: z.array(z.string().min(1)).default([]),
    }),
  ),
});
const enLayerSchema = z.object({
  documents: z.record(z.string(), catalogueEntrySchema.pick({ title_en: true, issuer_en: true, keywords_en: true })),
});
const statusLayerSchema = z.object({
  documents: z.record(z.string(), catalogueEntrySchema.pick({ status: true, effective: true, validity: true })),
});

const readJson = async (file: string): Promise<unknown> => JSON.parse(await readFile(file, 'utf8'));

/** The shipped catalogue with its layers (Vietnamese, English, validity), as documents. A broken file stops start-up. */
export async function readDocumentCatalogue(
  file = DOCUMENT_CATALOGUE_FILE,
  layers: { vi?: string; en?: string; status?: string } = {},
): Promise<RegulationDocument[]> {
  const entries = z.array(catalogueEntrySchema).parse(await readJson(file));
  const [vi, en, status] = await Promise.all([
    readJson(layers.vi ?? DOCUMENT_CATALOGUE_VI_FILE).then((json) => viLayerSchema.parse(json).documents),
    readJson(layers.en ?? DOCUMENT_CATALOGUE_EN_FILE).then((json) => enLayerSchema.parse(json).documents),
    readJson(layers.status ?? DOCUMENT_STATUS_FILE).then((json) => statusLayerSchema.parse(json).documents),
  ]);
  return entries.map((entry) => {
    const own = vi[entry.symbol];
    const merged = {
      ...entry,
      ...(own ? { ...own, summary_vi: own.summary_vi, keywords: own.keywords, aliases: [...(entry.aliases ?? []), ...own.aliases] } : {}),
      ...en[entry.symbol],
      ...status[entry.symbol],
    };
    const document = documentFromEntry(merged, null);
    if (Array.isArray(document)) throw new Error(`${path.basename(file)}: ${JSON.stringify(document)}`);
    return document;
  });
}

const namesakesSchema = z.object({
  namesakes: z.array(
    z.object({
      symbol: z.string().min(1),
      type: z.string().min(1),
      issuer: z.string().min(1),
      issued: z.string().refine(isLocalDate).nullable(),
      title_vi: z.string().min(1),
      keywords: z.array(z.string().min(1)).default([]),
      ask_back: z.boolean(),
    }),
  ),
});

export async function readNamesakes(file = NAMESAKES_FILE): Promise<Namesake[]> {
  return namesakesSchema.parse(await readJson(file)).namesakes.map((n) => ({
    symbol: n.symbol,
    type: n.type,
    issuer: n.issuer,
    issuedOn: n.issued,
    title: n.title_vi,
    keywords: n.keywords,
    askBack: n.ask_back,
  }));
}

const lexiconSchema = z.object({
  synonyms: z.array(z.array(z.string().min(1)).min(2)),
  stopPhrases: z.array(z.string().min(1)),
  stopWords: z.array(z.string().min(1)),
  includes: z.array(z.array(z.string().min(1)).min(2)),
  sectors: z.array(z.array(z.string().min(1)).min(1)).default([]),
  ordinaryWords: z.array(z.string().min(1)).default([]),
});

export async function readLexicon(file = LEXICON_FILE): Promise<LexiconData> {
  return lexiconSchema.parse(await readJson(file));
}

/**
 * Reference data that ships with the project goes into the database at every start, in every mode: into an
 * empty one whole, and into one loaded by an older version for the documents whose shipped content changed
 * (a status researched since, a new provision), unless an import changed them since: what an administrator
 * imported is never overwritten. Returns the symbols written.
 */
export async function seedReferenceData(store: Store): Promise<string[]> {
  const shipped = await readDocumentCatalogue();
  const stored = new Map(
    (await store.documents.findWithOrigin(shipped.map((document) => document.symbol))).map((row) => [row.document.symbol, row]),
  );
  const changed = shipped.filter((document) => {
    const row = stored.get(document.symbol);
    return !row || (row.origin === 'catalogue' && !isDeepStrictEqual(row.document, document));
  });
  await store.documents.upsertMany(changed, 'catalogue');
  return changed.map((document) => document.symbol);
}

/**
 * seedReferenceData, unless nothing it depends on changed since it last ran on this database: a stamp file
 * (beside the embedded database) keeps the hash of the shipped catalogue files and the documents' fingerprint
 * after that run. Documents are never deleted and every write moves the fingerprint (the newest id, the latest
 * change), so the same files and the same fingerprint mean the seed would write nothing: start-up then costs
 * one indexed read, not the comparison of every shipped document with its row. Without a stamp file
 * (PostgreSQL, several processes) it always compares.
 */
export async function seedReferenceDataOnce(store: Store, stampFile: string | null): Promise<string[]> {
  if (!stampFile) return seedReferenceData(store);
  const hash = createHash('sha256');
  for (const file of [DOCUMENT_CATALOGUE_FILE, DOCUMENT_CATALOGUE_VI_FILE, DOCUMENT_CATALOGUE_EN_FILE, DOCUMENT_STATUS_FILE])
    hash.update(await readFile(file));
  const shipped = hash.digest('hex');
  const stamp = (await readJson(stampFile).catch(() => null)) as { shipped?: unknown; documents?: unknown } | null;
  if (stamp?.shipped === shipped && stamp.documents === (await store.documents.fingerprint())) return [];
  const written = await seedReferenceData(store);
  // only a shortcut: a folder that cannot be written means comparing again at the next start
  const partial = `${stampFile}.${process.pid}.partial`;
  await writeFile(partial, `${JSON.stringify({ shipped, documents: await store.documents.fingerprint() })}\n`)
    .then(() => rename(partial, stampFile))
    .catch(() => {});
  return written;
}
