import { foldVietnamese } from '../text/vietnamese.js';

/**
 * The kinds of document a symbol's letter code names. Party regulations ("205-QĐ/TW", Quy định) and state
 * decisions ("2151/QĐ-BYT", Quyết định) share the code QĐ, so both map to `qd`.
 */
export const DOCUMENT_KINDS = ['tt', 'nd', 'qd', 'qdi', 'ct', 'nq', 'kh', 'kl', 'hd', 'ctr', 'luat', 'tb', 'cv'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The letter codes written in symbols, longest first so that "ctr" is not read as "ct" + "r". */
const SYMBOL_CODES: ReadonlyArray<readonly [string, DocumentKind]> = [
  ['ctr', 'ctr'],
  ['qdi', 'qdi'],
  ['tt', 'tt'],
  ['nd', 'nd'],
  ['qd', 'qd'],
  ['ct', 'ct'],
  ['nq', 'nq'],
  ['kh', 'kh'],
  ['kl', 'kl'],
  ['hd', 'hd'],
  ['tb', 'tb'],
  ['cv', 'cv'],
];

/** What the `type` field says ("Thông tư", "Quy định"…), folded, to the kind its symbol code would give. */
const TYPE_NAMES: ReadonlyArray<readonly [string, DocumentKind]> = [
  ['thong tu', 'tt'],
  ['nghi dinh', 'nd'],
  ['quyet dinh', 'qd'],
  ['quy dinh', 'qd'],
  ['chi thi', 'ct'],
  ['nghi quyet', 'nq'],
  ['ke hoach', 'kh'],
  ['ket luan', 'kl'],
  ['huong dan', 'hd'],
  ['chuong trinh', 'ctr'],
  ['luat', 'luat'],
  ['thong bao', 'tb'],
  ['cong van', 'cv'],
];

export function kindOfTypeName(type: string): DocumentKind | null {
  const folded = foldVietnamese(type);
  return TYPE_NAMES.find(([name]) => folded === name || folded.startsWith(`${name} `))?.[1] ?? null;
}

/** Two kinds a reader would accept for each other: "quy định 08" means 08-QĐi/TW as well. */
export function kindsCompatible(asked: DocumentKind, actual: DocumentKind): boolean {
  if (asked === actual) return true;
  return (asked === 'qd' && actual === 'qdi') || (asked === 'qdi' && actual === 'qd');
}

/** A document number as people write it: "09" and "9" are the same number, "30c" keeps its letter. */
export const normalizeNumber = (number: string) => number.toLowerCase().replace(/^0+(?=\d)/, '');

/** The parts of a symbol such as 45/2015/TT-BYT: number 45, year 2015, kind tt, issuer byt. */
export interface SymbolParts {
  number: string;
  year: number | null;
  kind: DocumentKind | null;
  /** the issuer code, folded and without separators ("byt", "cp", "tw", "bcsd"); null when absent */
  issuer: string | null;
}

/** Splits a run of letters such as "nqcp" or "ttbyt" into a kind and an issuer code. */
export function splitLetterCode(letters: string): { kind: DocumentKind | null; issuer: string | null } {
  if (/^qh\d*$/.test(letters)) return { kind: 'luat', issuer: letters };
  for (const [code, kind] of SYMBOL_CODES) {
    if (letters.startsWith(code)) {
      const rest = letters.slice(code.length);
      return { kind, issuer: rest.length > 0 ? rest : null };
    }
  }
  return { kind: null, issuer: letters };
}

const SYMBOL_SHAPE = /^(\d{1,5}[a-z]?)\s*(?:[/-]\s*((?:19|20)\d{2})\s*)?[/-]\s*([a-z]{1,8}\d{0,2})(?:\s*[/-]\s*([a-z]{1,8}\d{0,2}))?$/;

/**
 * Reads a symbol in any of the shapes seen in real plans: "45/2015/TT-BYT", "45/TT-BYT", "2151-QĐ/BYT",
 * "30c/NQCP", "17-CT-BCSĐ", "16/CT- TTg", "42/2013/QH13". Returns null for anything else.
 */
export function parseSymbol(symbol: string): SymbolParts | null {
  const match = SYMBOL_SHAPE.exec(foldVietnamese(symbol));
  if (!match) return null;
  const [, number, year, first, second] = match;
  const head = splitLetterCode(first!);
  // "2151-QĐ/BYT": the kind comes first and the issuer after the slash; "30c/NQCP": both glued together
  const issuer = [head.issuer, second].filter((part): part is string => Boolean(part)).join('') || null;
  return { number: normalizeNumber(number!), year: year ? Number(year) : null, kind: head.kind, issuer };
}

/** A comparable key for a whole symbol: "45/2015/TT-BYT", "45/2015/tt-byt" and "45 / 2015 / TT-BYT" agree. */
export function symbolKey(parts: SymbolParts): string {
  return [parts.number, parts.year ?? '', parts.kind ?? '', parts.issuer ?? ''].join('|');
}

/**
 * Pulls the symbol out of a descriptive citation: "Thông tư số 07/2013/TT- BYT (003, header — wrong year)"
 * gives "07/2013/TT-BYT"; "luật tiếp công dân (000, 001)" gives nothing.
 */
export function extractCitedSymbol(citation: string): string | null {
  const pattern = /(\d{1,5}[a-zA-Z]?)\s*((?:[/-]\s*(?:19|20)\d{2}\s*)?[/-]\s*[A-Za-zĐđ]{1,8}\d{0,2}(?:\s*[/-]\s*[A-Za-zĐđ]{1,8}\d{0,2})?)/u;
  const match = pattern.exec(citation);
  if (!match) return null;
  const compact = `${match[1]}${match[2]!.replace(/\s+/g, '')}`;
  return parseSymbol(compact) ? compact : null;
}
