import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { DocumentStatus, RegulationDocument } from '../core/documents/document.js';
import type { Store } from '../core/store.js';
import { resourcesDir } from '../paths.js';

export const DOCUMENT_CATALOGUE_FILE = path.join(resourcesDir, 'documents', 'regulations.json');

const entrySchema = z.object({
  symbol: z.string().min(1),
  type: z.string().min(1),
  issuer: z.string().min(1),
  issued: z.string().nullable(),
  effective: z.string().nullable().optional(),
  title_vi: z.string().min(1),
  summary_vi: z.string().nullable().optional(),
  keywords: z.array(z.string()).optional(),
  aliases: z.array(z.string()).optional(),
  status: z.string(),
  status_note: z.string().nullable().optional(),
});

/** "in force" | "replaced by 114-QĐ/TW" | "replaced by 76/NQ-CP (15/07/2021)" | "expired" | "unknown" */
function readStatus(status: string): { status: DocumentStatus; replacedBy: string | null } {
  const replaced = /^replaced by\s+(\S+)/i.exec(status);
  if (replaced) return { status: 'replaced', replacedBy: replaced[1] ?? null };
  if (/^in force$/i.test(status)) return { status: 'in_force', replacedBy: null };
  if (/^expired$/i.test(status)) return { status: 'expired', replacedBy: null };
  return { status: 'unknown', replacedBy: null };
}

export async function readDocumentCatalogue(file = DOCUMENT_CATALOGUE_FILE): Promise<RegulationDocument[]> {
  const entries = z.array(entrySchema).parse(JSON.parse(await readFile(file, 'utf8')));
  return entries.map((entry) => ({
    symbol: entry.symbol,
    type: entry.type,
    issuer: entry.issuer,
    issuedOn: entry.issued,
    effectiveOn: entry.effective ?? null,
    title: entry.title_vi,
    summary: entry.summary_vi ?? null,
    keywords: entry.keywords ?? [],
    aliases: entry.aliases ?? [],
    ...readStatus(entry.status),
    statusNote: entry.status_note ?? null,
  }));
}

/** Reference data that ships with the project goes into an empty database at every start, in every mode. */
export async function seedReferenceData(store: Store): Promise<void> {
  if ((await store.documents.count()) > 0) return;
  await store.documents.upsertMany(await readDocumentCatalogue());
}
