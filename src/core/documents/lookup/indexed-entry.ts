import { parts as dateParts } from '../../dates/local-date.js';
import { foldVietnamese } from '../../text/vietnamese.js';
import type { RegulationDocument } from '../document.js';
import type { Namesake } from '../namesake.js';
import { type DocumentKind, kindOfTypeName, parseSymbol, type SymbolParts } from '../symbol.js';

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
  /** issued by Bộ Y tế or a Sở Y tế: the sector's own rules */
  healthSector: boolean;
  /** the other sectors (lexicon `sectors`) its texts name: whom and where, besides health, it is about */
  sectors: Set<number>;
  /** the words of its own title, folded and with synonyms rewritten: what a law is called ("tiep cong dan") */
  titleWords: Set<string>;
}

export type Field = 'title' | 'keywords' | 'summary' | 'issuer' | 'type';

const yearOf = (date: string | null) => (date ? dateParts(date).year : null);

/** A document's own years (issued, or in its symbol): "luật dân chủ 2022" means the law of 2022. */
export function yearsOf(entry: IndexedEntry): number[] {
  return [
    ...new Set(
      [entry.issuedYear, ...entry.symbols.filter((s) => !s.isAlias).map((s) => s.parts.year)].filter((y): y is number => y !== null),
    ),
  ];
}

/** The texts of an entry, by field: what the index reads. */
export function entryTexts(entry: IndexedEntry): Array<[Field, string]> {
  if (entry.document) {
    const doc = entry.document;
    return [
      ['title', doc.title],
      ...doc.keywords.map((keyword): [Field, string] => ['keywords', keyword]),
      ['summary', doc.summary ?? ''],
      ['issuer', doc.issuer],
      ['type', doc.type],
    ];
  }
  const namesake = entry.namesake!;
  return [
    ['title', namesake.title],
    ...namesake.keywords.map((keyword): [Field, string] => ['keywords', keyword]),
    ['issuer', namesake.issuer],
    ['type', namesake.type],
  ];
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
