import { kindsCompatible } from '../symbol.js';
import type { IndexedEntry } from './indexed-entry.js';
import type { NumberRef } from './question.js';

export interface RefMatch {
  entry: IndexedEntry;
  /** kind, issuer and year agree with what the question says; otherwise only the number (and kind) do */
  exact: boolean;
  /** the alias that matched when the symbol itself did not ("07/2013/TT-BYT") */
  viaAlias: string | null;
}

function issuersCompatible(a: string, b: string): boolean {
  return a === b || a.startsWith(b) || b.startsWith(a);
}

/**
 * The entries a number reference can mean. A different kind with the same number is a different document,
 * not a near miss ("nghị quyết 20" is not Nghị định 20/2008); a different year or issuer is a near miss.
 */
export function matchRef(candidates: readonly IndexedEntry[], ref: NumberRef, years: readonly number[]): RefMatch[] {
  const found: RefMatch[] = [];
  for (const entry of candidates) {
    let best: RefMatch | null = null;
    for (const symbol of entry.symbols) {
      const parts = symbol.parts;
      if (parts.number !== ref.number) continue;
      if (ref.kind && parts.kind && !kindsCompatible(ref.kind, parts.kind)) continue;
      const issuerOk = !ref.issuer || !parts.issuer || issuersCompatible(ref.issuer, parts.issuer);
      let yearOk = true;
      if (ref.year !== null)
        yearOk = parts.year !== null ? parts.year === ref.year : entry.issuedYear === null || entry.issuedYear === ref.year;
      else if (years.length > 0) {
        // "chỉ thị 09 năm 2013": the year the question names, or one in the title ("kế hoạch… năm 2019")
        yearOk = entry.issuedYear === null || years.some((y) => y === entry.issuedYear || y === parts.year || entry.titleYears.has(y));
      }
      const candidate: RefMatch = { entry, exact: issuerOk && yearOk, viaAlias: symbol.isAlias ? symbol.written : null };
      const better =
        !best || (candidate.exact && !best.exact) || (candidate.exact === best.exact && best.viaAlias !== null && !symbol.isAlias);
      if (better) best = candidate;
    }
    if (best) found.push(best);
  }
  return found;
}
