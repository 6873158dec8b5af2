import { readFile } from 'node:fs/promises';
import path from 'node:path';
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
/** Our Vietnamese layer over it: summaries, everyday words, extra aliases, keyed by symbol. */
export const DOCUMENT_CATALOGUE_VI_FILE = path.join(documentsDir, 'regulations.vi.json');
export const NAMESAKES_FILE = path.join(documentsDir, 'namesakes.json');
export const LEXICON_FILE = path.join(documentsDir, 'lexicon.vi.json');

const viLayerSchema = z.object({
  documents: z.record(
    z.string(),
    z.object({
      summary_vi: z.string().min(1),
      keywords: z.array(z.string().min(1)),
      aliases: z.array(z.string().min(1)).default([]),
    }),
  ),
});

const readJson = async (file: string): Promise<unknown> => JSON.parse(await readFile(file, 'utf8'));

/** The shipped catalogue with its Vietnamese layer, as documents. A broken file stops start-up. */
export async function readDocumentCatalogue(
  file = DOCUMENT_CATALOGUE_FILE,
  viFile = DOCUMENT_CATALOGUE_VI_FILE,
): Promise<RegulationDocument[]> {
  const entries = z.array(catalogueEntrySchema).parse(await readJson(file));
  const layer = viLayerSchema.parse(await readJson(viFile)).documents;
  return entries.map((entry) => {
    const vi = layer[entry.symbol];
    const merged = vi
      ? { ...entry, summary_vi: vi.summary_vi, keywords: vi.keywords, aliases: [...(entry.aliases ?? []), ...vi.aliases] }
      : entry;
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
});

export async function readLexicon(file = LEXICON_FILE): Promise<LexiconData> {
  return lexiconSchema.parse(await readJson(file));
}

/** Reference data that ships with the project goes into an empty database at every start, in every mode. */
export async function seedReferenceData(store: Store): Promise<void> {
  if ((await store.documents.count()) > 0) return;
  await store.documents.upsertMany(await readDocumentCatalogue());
}
