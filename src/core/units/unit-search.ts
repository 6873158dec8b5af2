import { compactKey, foldVietnamese } from '../text/vietnamese.js';
import { normalizeUnitCode, type Unit, type UnitsRepository } from './unit.js';
import { ChoiceNeeded, DomainError } from '../errors.js';

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

// How staff shorten unit names, folded: "TYT Sìn Hồ", "TTYT Tam Đường", "BVĐK tỉnh". An abbreviation is read
// as the words it stands for, on both sides, so "tyt sin ho" and "Trạm Y tế xã Sìn Hồ" meet.
const ABBREVIATIONS: Record<string, string> = {
  tyt: 'tram y te',
  ttyt: 'trung tam y te',
  bvdk: 'benh vien da khoa',
  bv: 'benh vien',
  dk: 'da khoa',
  ttksbt: 'trung tam kiem soat benh tat',
  cdc: 'trung tam kiem soat benh tat',
  syt: 'so y te',
  vp: 'van phong',
  tccb: 'to chuc can bo',
  khtc: 'ke hoach tai chinh',
  nvy: 'nghiep vu y',
  ydct: 'y duoc co truyen',
  yhct: 'y hoc co truyen',
  phcn: 'phuc hoi chuc nang',
  tp: 'thanh pho',
};

// Words people add or leave out of a unit's name without meaning another unit ("trạm y tế xã Sìn Hồ" and
// "trạm y tế Sìn Hồ"; "BVĐK tỉnh" and "Bệnh viện Đa khoa tỉnh Lai Châu").
const FILLER = new Set(['xa', 'huyen', 'tinh', 'phuong', 'thi', 'tran', 'don', 'vi', 'cua', 'the', 'unit']);

function words(text: string): string[] {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .flatMap((word) => (ABBREVIATIONS[word] ?? word).split(' '));
}

const meaningful = (list: readonly string[]) => list.filter((word) => !FILLER.has(word));

/** A typed word matches a name's word when equal, or one letter off after the first in a word of five letters or more. */
const wordMatches = (typed: string, word: string) =>
  typed === word || (typed.length >= 5 && typed[0] === word[0] && editDistance(typed, word) <= 1);

interface UnitNames {
  unit: Unit;
  /** every word of the name, the short name and the code, abbreviations spelled out */
  all: Set<string>;
  /** the meaningful words of the name and of the short name, each on its own */
  exact: string[][];
}

function namesOf(unit: Unit): UnitNames {
  const name = meaningful(words(unit.name));
  const short = meaningful(words(unit.shortName ?? ''));
  const code = words(unit.code.replace(/[-_]/g, ' '));
  return { unit, all: new Set([...name, ...short, ...code]), exact: [name, short].filter((list) => list.length > 0) };
}

const sameWords = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((word, i) => word === b[i]);

export type UnitSearch = { kind: 'found'; unit: Unit } | { kind: 'several'; units: Unit[] } | { kind: 'none'; suggestions: Unit[] };

/**
 * Finds the unit a person means, by code or by name, as staff type them: "TYT-SINHO", "tyt sinho", "TYT Sìn
 * Hồ", "trạm y tế xã sin ho", "BVĐK tỉnh". A code wins; then the units whose names hold every word typed;
 * among several, one named exactly so wins ("Sở Y tế" is the Department, not "Văn phòng Sở Y tế").
 */
export function searchUnits(units: readonly Unit[], typed: string): UnitSearch {
  const code = normalizeUnitCode(typed);
  const byCode = units.find((unit) => unit.code === code) ?? units.find((unit) => compactKey(unit.code) === compactKey(typed));
  if (byCode) return { kind: 'found', unit: byCode };

  const wanted = meaningful(words(typed));
  if (wanted.length === 0) return { kind: 'none', suggestions: [] };
  const named = units.map(namesOf).filter((names) => wanted.every((word) => [...names.all].some((own) => wordMatches(word, own))));
  if (named.length === 1) return { kind: 'found', unit: named[0]!.unit };
  if (named.length > 1) {
    const exact = named.filter((names) => names.exact.some((list) => sameWords(list, wanted)));
    if (exact.length === 1) return { kind: 'found', unit: exact[0]!.unit };
    return { kind: 'several', units: named.map((names) => names.unit) };
  }
  return { kind: 'none', suggestions: suggestUnits(units, typed) };
}

/** Units whose code is close to what was typed, or whose name contains it ("bvdk", "da khoa", "tam duong"). */
export function suggestUnits(units: readonly Unit[], typed: string, limit = 3): Unit[] {
  const code = compactKey(typed);
  const folded = foldVietnamese(typed);
  if (!code) return [];
  return units
    .map((unit) => {
      const unitCode = compactKey(unit.code);
      const name = foldVietnamese(`${unit.name} ${unit.shortName ?? ''}`);
      let score = editDistance(code, unitCode);
      if (unitCode.includes(code) || code.includes(unitCode)) score = Math.min(score, 1);
      if (folded.length >= 3 && name.includes(folded)) score = Math.min(score, 1);
      return { unit, score };
    })
    .filter((entry) => entry.score <= 2)
    .sort((a, b) => a.score - b.score || a.unit.id - b.unit.id)
    .slice(0, limit)
    .map((entry) => entry.unit);
}

export const unitLabel = (unit: Unit) => `${unit.code} (${unit.shortName ?? unit.name})`;

/**
 * The unit a person named, by code or name, or a DomainError that says what to type: the closest codes when
 * nothing matches, every matching unit (all of them, one per line) when several do.
 */
export async function requireUnit(units: UnitsRepository, typed: string): Promise<Unit> {
  const unit = await units.findByCode(typed);
  if (unit) return unit;
  const found = searchUnits(await units.list(), typed);
  if (found.kind === 'found') return found.unit;
  const shownCode = normalizeUnitCode(typed).slice(0, 32);
  if (found.kind === 'several') {
    throw new ChoiceNeeded(
      'unit.ambiguous',
      'unit-ambiguous',
      {
        typed: typed.trim().slice(0, 60),
        count: found.units.length,
        units: found.units.map((u, i) => `${i + 1}. ${u.code} — ${u.name}`).join('\n'),
        example: found.units[0]!.code,
      },
      typed,
      found.units.map((u) => ({ value: u.code, label: `${u.code} — ${u.name}` })),
    );
  }
  if (found.suggestions.length === 0) throw new DomainError('unit.not_found', 'unit-not-found', { code: shownCode });
  throw new DomainError('unit.not_found', 'unit-not-found-suggest', {
    code: shownCode,
    suggestions: found.suggestions.map(unitLabel).join(', '),
  });
}
