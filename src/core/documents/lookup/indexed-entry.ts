import { parts as dateParts } from '../../dates/local-date.js';
import { foldVietnamese } from '../../text/vietnamese.js';
import type { RegulationDocument, RelationKind } from '../document.js';
import type { ValidityView } from '../validity.js';
import type { Namesake } from '../namesake.js';
import { type DocumentKind, kindOfTypeName, parseSymbol, type SymbolParts } from '../symbol.js';
import type { LookupLanguage } from './language.js';

/** A catalogued document, or a namesake known only to tell documents apart. */
export interface IndexedEntry {
  position: number;
  symbol: string;
  document: RegulationDocument | null;
  namesake: Namesake | null;
  kind: DocumentKind | null;
  issuedYear: number | null;
  /** years written in the title ("… năm 2019", "giai đoạn 2016 - 2020") */
  titleYears: ReadonlySet<number>;
  /** the symbol and every alias, read into parts */
  symbols: ReadonlyArray<{ parts: SymbolParts; written: string; isAlias: boolean }>;
  /**
   * catalogued documents this one carries out, amends or explains, as its title cites them by number
   * ("Hướng dẫn một số nội dung của Nghị định số 04/2015/NĐ-CP…")
   */
  basedOn: IndexedEntry[];
  /**
   * catalogued documents this one stands in a relation with, either way: the directive a plan carries out and
   * the plan carrying it out, a decree and its guiding circular, a law and its detailing decree. `role` is what
   * the other one is to this one.
   */
  related: Array<{ entry: IndexedEntry; role: RelatedRole }>;
  /** whether a catalogued document still applies, reasoned along its relations (null for a namesake) */
  validity: ValidityView | null;
  /** issued by Bộ Y tế or a Sở Y tế: the sector's own rules */
  healthSector: boolean;
  /** the other sectors (lexicon `sectors`) its texts name: whom and where, besides health, it is about */
  sectors: Set<number>;
  /** the words of its own title, folded and with synonyms rewritten: what a law is called ("tiep cong dan") */
  titleWords: Set<string>;
}

/**
 * What a related document is to this one: `base` (this one carries it out, guides or details it), `carried-out`
 * (a plan or directive carrying this one out), `guide` (a circular guiding this decree), `detail` (a decree
 * detailing this law), `amended` / `amendment`.
 */
export type RelatedRole = 'base' | 'carried-out' | 'guide' | 'detail' | 'amended' | 'amendment';

/** The role the other document plays, seen from each side of a relation. */
export function rolesOf(kind: RelationKind): { ofBase: RelatedRole; ofDerived: RelatedRole } | null {
  switch (kind) {
    case 'implements':
      return { ofBase: 'base', ofDerived: 'carried-out' };
    case 'guides':
      return { ofBase: 'base', ofDerived: 'guide' };
    case 'details':
      return { ofBase: 'base', ofDerived: 'detail' };
    case 'amends':
      return { ofBase: 'amended', ofDerived: 'amendment' };
    default:
      // a legal basis (căn cứ) is no pair to answer together: a circular is not its decree's partner
      return null;
  }
}

export type Field = 'title' | 'keywords' | 'summary' | 'provisions' | 'inherited' | 'issuer' | 'type';

/** Kinds named in English, as the English side of the index reads a document's type. */
const ENGLISH_TYPE: Record<DocumentKind, string> = {
  tt: 'circular',
  nd: 'decree',
  qd: 'decision',
  qdi: 'regulation',
  ct: 'directive',
  nq: 'resolution',
  kh: 'plan',
  kl: 'conclusion',
  hd: 'guidance',
  ctr: 'programme',
  luat: 'law',
  tb: 'notice',
  cv: 'official letter',
};

const yearOf = (date: string | null) => (date ? dateParts(date).year : null);

/** A document's own years (issued, or in its symbol): "luật dân chủ 2022" means the law of 2022. */
export function yearsOf(entry: IndexedEntry): number[] {
  return [
    ...new Set(
      [entry.issuedYear, ...entry.symbols.filter((s) => !s.isAlias).map((s) => s.parts.year)].filter((y): y is number => y !== null),
    ),
  ];
}

/**
 * The texts of an entry in a language, by field: what the index reads. `predecessors` are the documents it
 * replaced or now carries on: a successor inherits their subject (title and everyday words), with less weight,
 * so that a question worded like the old one finds the one in force.
 */
export function entryTexts(
  entry: IndexedEntry,
  language: LookupLanguage,
  predecessors: readonly RegulationDocument[] = [],
): Array<[Field, string]> {
  const many = (field: Field, texts: readonly string[]) => texts.map((text): [Field, string] => [field, text]);
  if (entry.document) {
    const doc = entry.document;
    if (language === 'en')
      return [
        ['title', doc.titleEn ?? ''],
        ...many('keywords', doc.keywordsEn),
        ['summary', doc.summaryEn ?? ''],
        ...many(
          'provisions',
          doc.provisions.flatMap((p) => (p.en ? [p.en] : [])),
        ),
        ...many(
          'inherited',
          predecessors.flatMap((p) => [p.titleEn ?? '', ...p.keywordsEn]),
        ),
        ['issuer', doc.issuerEn ?? ''],
        ['type', entry.kind ? ENGLISH_TYPE[entry.kind] : ''],
      ];
    return [
      ['title', doc.title],
      ...many('keywords', doc.keywords),
      ['summary', doc.summary ?? ''],
      ...many(
        'provisions',
        doc.provisions.map((p) => p.vi),
      ),
      ...many(
        'inherited',
        predecessors.flatMap((p) => [p.title, ...p.keywords]),
      ),
      ['issuer', doc.issuer],
      ['type', doc.type],
    ];
  }
  // documents outside the catalogue are known by their Vietnamese name only
  if (language === 'en') return [];
  const namesake = entry.namesake!;
  return [['title', namesake.title], ...many('keywords', namesake.keywords), ['issuer', namesake.issuer], ['type', namesake.type]];
}

export function makeEntry(position: number, source: { document: RegulationDocument } | { namesake: Namesake }): IndexedEntry {
  const base = 'document' in source ? source.document : source.namesake;
  const written = 'document' in source ? [source.document.symbol, ...source.document.aliases] : [source.namesake.symbol];
  const symbols = written.flatMap((text, index) => {
    const parts = parseSymbol(text);
    return parts ? [{ parts, written: text, isAlias: index > 0 }] : [];
  });
  const titleYears = new Set([...base.title.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)].map((m) => Number(m[1])));
  return {
    position,
    symbol: base.symbol,
    document: 'document' in source ? source.document : null,
    namesake: 'namesake' in source ? source.namesake : null,
    kind: symbols[0]?.parts.kind ?? kindOfTypeName(base.type),
    issuedYear: yearOf(base.issuedOn),
    titleYears,
    symbols,
    basedOn: [],
    related: [],
    validity: null,
    healthSector: /\by te\b/.test(foldVietnamese(base.issuer)),
    sectors: new Set(),
    titleWords: new Set(),
  };
}

/** Between equally good matches: a catalogued document before a namesake, in force before replaced, newer first. */
export function preferCurrent(a: IndexedEntry, b: IndexedEntry): number {
  const rank = (e: IndexedEntry) => (e.document ? (e.document.status === 'in_force' ? 0 : e.document.status === 'replaced' ? 2 : 1) : 3);
  return rank(a) - rank(b) || (b.issuedYear ?? 0) - (a.issuedYear ?? 0);
}
