import { compactKey, foldVietnamese } from '../text/vietnamese.js';
import { normalizeUnitCode, type Unit, type UnitsRepository } from './unit.js';
import { DomainError } from '../errors.js';

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** Units whose code is close to what was typed, or whose name contains it ("bvdk", "da khoa", "tam duong"). */
export function suggestUnits(units: readonly Unit[], typed: string, limit = 3): Unit[] {
  const code = compactKey(typed);
  const words = foldVietnamese(typed);
  if (!code) return [];
  return units
    .map((unit) => {
      const unitCode = compactKey(unit.code);
      const name = foldVietnamese(`${unit.name} ${unit.shortName ?? ''}`);
      let score = editDistance(code, unitCode);
      if (unitCode.includes(code) || code.includes(unitCode)) score = Math.min(score, 1);
      if (words.length >= 3 && name.includes(words)) score = Math.min(score, 1);
      return { unit, score };
    })
    .filter((entry) => entry.score <= 2)
    .sort((a, b) => a.score - b.score || a.unit.id - b.unit.id)
    .slice(0, limit)
    .map((entry) => entry.unit);
}

/** The unit with this code, or a DomainError that offers the closest codes. */
export async function requireUnit(units: UnitsRepository, typed: string): Promise<Unit> {
  const unit = await units.findByCode(typed);
  if (unit) return unit;
  const suggestions = suggestUnits(await units.list(), typed);
  const shownCode = normalizeUnitCode(typed).slice(0, 32);
  if (suggestions.length === 0) throw new DomainError('unit.not_found', 'unit-not-found', { code: shownCode });
  throw new DomainError('unit.not_found', 'unit-not-found-suggest', {
    code: shownCode,
    suggestions: suggestions.map((u) => `${u.code} (${u.shortName ?? u.name})`).join(', '),
  });
}
