import { z } from 'zod';
import { isLocalDate, localDate } from '../dates/local-date.js';
import { type DocumentStatus, type Provision, RELATION_KINDS, type RegulationDocument, VALIDITY_BASES, type Validity } from './document.js';
import { extractCitedSymbol, parseSymbol, symbolKey } from './symbol.js';

const isoDate = z.string().refine(isLocalDate, { message: 'expected a date YYYY-MM-DD' });
const symbolText = z.string().trim().min(1).max(60);

const provisionSchema = z.object({
  at: z
    .object({
      chapter: z.string().trim().min(1).max(20).optional(),
      article: z.number().int().min(1).max(999).optional(),
      clause: z.number().int().min(1).max(99).optional(),
    })
    .nullable()
    .optional(),
  vi: z.string().trim().min(1).max(600),
  en: z.string().trim().min(1).max(600).nullable().optional(),
});

const validitySchema = z.object({
  basis: z.enum(VALIDITY_BASES),
  as_of: isoDate.nullable().optional(),
  source: z.string().trim().min(1).max(200).nullable().optional(),
  repealed_by: z.object({ symbol: symbolText, date: isoDate.nullable().optional() }).nullable().optional(),
  successors: z
    .array(
      z.object({
        symbol: symbolText,
        date: isoDate.nullable().optional(),
        role: z.enum(['carries', 'continues', 'complements', 'next', 'probable', 'newer']),
      }),
    )
    .max(10)
    .optional(),
  amended: z.object({ passed: isoDate.nullable().optional(), effective: isoDate }).nullable().optional(),
});
type ValidityEntry = z.infer<typeof validitySchema>;

/**
 * One document as the catalogue file (resources/documents/regulations.json) and `cli import documents`
 * write it. Only `symbol` is required: an import may change one field of a known document ("status":
 * "replaced by …"); a new document also needs type, issuer, title_vi and status. Other fields of the data
 * team's file (sources, notes, cited_in…) are accepted and ignored.
 */
export const catalogueEntrySchema = z
  .object({
    symbol: z.string().trim().min(1).max(60),
    type: z.string().trim().min(1).max(60).optional(),
    issuer: z.string().trim().min(1).max(200).optional(),
    issued: isoDate.nullable().optional(),
    effective: isoDate.nullable().optional(),
    title_vi: z.string().trim().min(1).max(1000).optional(),
    summary_vi: z.string().trim().max(4000).nullable().optional(),
    keywords: z.array(z.string().trim().min(1).max(200)).max(200).optional(),
    aliases: z.array(z.string().trim().min(1).max(60)).max(50).optional(),
    symbol_as_cited: z.array(z.string().max(500)).max(50).optional(),
    status: z.string().trim().optional(),
    replaced_by: z.string().trim().min(1).max(60).nullable().optional(),
    status_note: z.string().max(2000).nullable().optional(),
    title_en: z.string().trim().min(1).max(1000).nullable().optional(),
    issuer_en: z.string().trim().min(1).max(200).nullable().optional(),
    summary_en: z.string().trim().max(4000).nullable().optional(),
    keywords_en: z.array(z.string().trim().min(1).max(200)).max(200).optional(),
    provisions: z.array(provisionSchema).max(50).optional(),
    relations: z
      .array(z.object({ kind: z.enum(RELATION_KINDS), symbol: symbolText }))
      .max(50)
      .optional(),
    validity: validitySchema.nullable().optional(),
  })
  .loose();
export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;

export interface StatusReading {
  status: DocumentStatus;
  replacedBy: string | null;
  replacedByIssuedOn: string | null;
}

/**
 * Reads a status as the data team writes it ("in force", "replaced by 114-QĐ/TW",
 * "replaced by 76/NQ-CP (15/07/2021)", "expired", "unknown") or as stored ("in_force", "replaced").
 * Returns null for anything else.
 */
export function readStatus(status: string): StatusReading | null {
  const text = status.trim();
  const replaced = /^replaced(?:\s+by\s+(\S+)(?:\s*\((\d{1,2})\/(\d{1,2})\/(\d{4})\))?)?$/i.exec(text);
  if (replaced) {
    const [, by, day, month, year] = replaced;
    const date = year ? localDate(Number(year), Number(month), Number(day)) : null;
    if (date && !isLocalDate(date)) return null;
    return { status: 'replaced', replacedBy: by ?? null, replacedByIssuedOn: date };
  }
  if (/^in[ _]force$/i.test(text)) return { status: 'in_force', replacedBy: null, replacedByIssuedOn: null };
  if (/^expired$/i.test(text)) return { status: 'expired', replacedBy: null, replacedByIssuedOn: null };
  if (/^unknown$/i.test(text)) return { status: 'unknown', replacedBy: null, replacedByIssuedOn: null };
  return null;
}

/** Other spellings of the symbol: the explicit aliases and the symbol part of each citation in the plans. */
export function aliasesOf(entry: Pick<CatalogueEntry, 'symbol' | 'aliases' | 'symbol_as_cited'>): string[] {
  const own = parseSymbol(entry.symbol);
  const seen = new Set<string>([entry.symbol]);
  const aliases: string[] = [];
  for (const candidate of [...(entry.aliases ?? []), ...(entry.symbol_as_cited ?? []).map(extractCitedSymbol)]) {
    if (!candidate || seen.has(candidate)) continue;
    seen.add(candidate);
    const parts = parseSymbol(candidate);
    // the same symbol written with other separators adds nothing: symbols are compared by their parts
    if (parts && own && symbolKey(parts) === symbolKey(own)) continue;
    aliases.push(candidate);
  }
  return aliases;
}

function validityOf(entry: ValidityEntry): Validity {
  return {
    basis: entry.basis,
    asOf: entry.as_of ?? null,
    source: entry.source ?? null,
    repealedBy: entry.repealed_by ? { symbol: entry.repealed_by.symbol, date: entry.repealed_by.date ?? null } : null,
    successors: (entry.successors ?? []).map((s) => ({ symbol: s.symbol, date: s.date ?? null, role: s.role })),
    amended: entry.amended ? { passed: entry.amended.passed ?? null, effective: entry.amended.effective } : null,
  };
}

const provisionOf = (entry: z.infer<typeof provisionSchema>): Provision => ({
  at: entry.at && Object.keys(entry.at).length > 0 ? entry.at : null,
  vi: entry.vi,
  en: entry.en ?? null,
});

export type EntryProblem = { symbol: string; field: string; problem: 'missing' | 'invalid-status' | 'invalid-symbol' };

/**
 * Turns an entry into a document, on top of the stored one when the symbol is known. Returns the problems
 * instead when a new document lacks a required field or a status cannot be read.
 */
export function documentFromEntry(entry: CatalogueEntry, existing: RegulationDocument | null): RegulationDocument | EntryProblem[] {
  const problems: EntryProblem[] = [];
  if (!parseSymbol(entry.symbol) && !existing) problems.push({ symbol: entry.symbol, field: 'symbol', problem: 'invalid-symbol' });
  let status: StatusReading | null = existing
    ? { status: existing.status, replacedBy: existing.replacedBy, replacedByIssuedOn: existing.replacedByIssuedOn }
    : null;
  if (entry.status !== undefined) {
    status = readStatus(entry.status);
    if (!status) problems.push({ symbol: entry.symbol, field: 'status', problem: 'invalid-status' });
  }
  if (status && entry.replaced_by !== undefined) {
    status =
      entry.replaced_by === null
        ? { ...status, replacedBy: null, replacedByIssuedOn: null }
        : { status: 'replaced', replacedBy: entry.replaced_by, replacedByIssuedOn: null };
  }
  const type = entry.type ?? existing?.type;
  const issuer = entry.issuer ?? existing?.issuer;
  const title = entry.title_vi ?? existing?.title;
  for (const [field, value] of [
    ['type', type],
    ['issuer', issuer],
    ['title_vi', title],
    ['status', status ?? entry.status],
  ] as const) {
    if (value === undefined) problems.push({ symbol: entry.symbol, field, problem: 'missing' });
  }
  if (problems.length > 0 || !status || !type || !issuer || !title) return problems;
  const aliasesGiven = entry.aliases !== undefined || entry.symbol_as_cited !== undefined;
  return {
    symbol: entry.symbol,
    type,
    issuer,
    issuedOn: entry.issued !== undefined ? entry.issued : (existing?.issuedOn ?? null),
    effectiveOn: entry.effective !== undefined ? entry.effective : (existing?.effectiveOn ?? null),
    title,
    summary: entry.summary_vi !== undefined ? entry.summary_vi : (existing?.summary ?? null),
    keywords: entry.keywords ?? existing?.keywords ?? [],
    aliases: aliasesGiven ? aliasesOf(entry) : (existing?.aliases ?? []),
    ...status,
    statusNote: entry.status_note !== undefined ? entry.status_note : (existing?.statusNote ?? null),
    titleEn: entry.title_en !== undefined ? entry.title_en : (existing?.titleEn ?? null),
    issuerEn: entry.issuer_en !== undefined ? entry.issuer_en : (existing?.issuerEn ?? null),
    summaryEn: entry.summary_en !== undefined ? entry.summary_en : (existing?.summaryEn ?? null),
    keywordsEn: entry.keywords_en ?? existing?.keywordsEn ?? [],
    provisions: entry.provisions ? entry.provisions.map(provisionOf) : (existing?.provisions ?? []),
    relations: entry.relations ?? existing?.relations ?? [],
    // a status changed by hand says nothing of how the old one was known
    validity:
      entry.validity !== undefined
        ? entry.validity && validityOf(entry.validity)
        : entry.status !== undefined || entry.replaced_by !== undefined
          ? null
          : (existing?.validity ?? null),
  };
}
