import { MAX_CADENCE_DAYS } from '../feedback/box.js';
import { compactKey } from '../text/vietnamese.js';
import type { Store } from '../store.js';
import { normalizeUnitCode, UNIT_CODE_PATTERN, UNIT_KINDS, type Unit, type UnitKind } from './unit.js';

/**
 * Units from a spreadsheet (CSV): code, name, short name, kind, parent code and, optionally, how often the unit
 * opens its complaint box (days; empty: unchanged; "mặc định": by kind, weekly for facilities; 0: no box) — one
 * unit per row, an optional header row. New codes are added, known codes updated; nothing changes unless every
 * row is valid.
 */
export interface UnitRow {
  /** the row's line number in the file, for problems */
  line: number;
  code: string;
  name: string;
  shortName: string | null;
  kind: UnitKind;
  parentCode: string | null;
  /** days between openings of the complaint box; null: the default for its kind; undefined: left as it is */
  boxCadenceDays?: number | null;
}

export interface UnitRowProblem {
  line: number;
  field: 'code' | 'name' | 'short_name' | 'kind' | 'parent' | 'columns' | 'box_cadence';
  kind: 'missing' | 'invalid' | 'duplicate' | 'unknown_parent' | 'cycle' | 'too_long';
  value: string;
}

// What people write in the "kind" column besides the codes themselves.
const KIND_ALIASES: Record<string, UnitKind> = {
  soyte: 'department',
  syt: 'department',
  phong: 'department_office',
  phongchucnang: 'department_office',
  vanphong: 'department_office',
  benhvien: 'hospital',
  bv: 'hospital',
  ttksbt: 'cdc',
  trungtamkiemsoatbenhtat: 'cdc',
  trungtamyte: 'health_center',
  ttyt: 'health_center',
  tramyte: 'commune_station',
  tyt: 'commune_station',
  khac: 'other',
};

export function parseUnitKind(written: string): UnitKind | null {
  const key = compactKey(written);
  const exact = UNIT_KINDS.find((kind) => compactKey(kind) === key);
  return exact ?? KIND_ALIASES[key] ?? null;
}

const isHeader = (cells: readonly string[]) => ['code', 'ma', 'madonvi'].includes(compactKey(cells[0] ?? ''));

/** The box cadence cell: "" → left as it is, "14" or "14 ngày" → 14, "mặc định" → null; anything else is a problem. */
function readCadence(cell: string): number | null | undefined | 'invalid' {
  const key = compactKey(cell);
  if (key === '') return undefined;
  if (['macdinh', 'default'].includes(key)) return null;
  const match = /^(\d{1,3})(?:ngay|days?)?$/.exec(key);
  if (!match || Number(match[1]) > MAX_CADENCE_DAYS) return 'invalid';
  return Number(match[1]);
}

export function readUnitRows(rows: readonly (readonly string[])[]): { rows: UnitRow[]; problems: UnitRowProblem[] } {
  const out: UnitRow[] = [];
  const problems: UnitRowProblem[] = [];
  const seen = new Set<string>();
  rows.forEach((cells, index) => {
    const line = index + 1;
    if (index === 0 && isHeader(cells)) return;
    if (cells.every((c) => c.trim() === '')) return;
    if (cells.length < 4 || cells.length > 6) {
      problems.push({ line, field: 'columns', kind: 'invalid', value: String(cells.length) });
      return;
    }
    const [rawCode = '', rawName = '', rawShort = '', rawKind = '', rawParent = '', rawCadence = ''] = cells.map((c) => c.trim());
    const code = normalizeUnitCode(rawCode);
    if (!code) problems.push({ line, field: 'code', kind: 'missing', value: '' });
    else if (!UNIT_CODE_PATTERN.test(code)) problems.push({ line, field: 'code', kind: 'invalid', value: rawCode.slice(0, 40) });
    else if (seen.has(code)) problems.push({ line, field: 'code', kind: 'duplicate', value: code });
    seen.add(code);
    if (!rawName) problems.push({ line, field: 'name', kind: 'missing', value: '' });
    else if (rawName.length > 200) problems.push({ line, field: 'name', kind: 'too_long', value: rawName.slice(0, 40) });
    if (rawShort.length > 80) problems.push({ line, field: 'short_name', kind: 'too_long', value: rawShort.slice(0, 40) });
    const kind = parseUnitKind(rawKind);
    if (!kind) problems.push({ line, field: 'kind', kind: rawKind ? 'invalid' : 'missing', value: rawKind.slice(0, 40) });
    const parentCode = rawParent ? normalizeUnitCode(rawParent) : null;
    if (parentCode && parentCode === code) problems.push({ line, field: 'parent', kind: 'cycle', value: parentCode });
    const cadence = readCadence(rawCadence);
    if (cadence === 'invalid') problems.push({ line, field: 'box_cadence', kind: 'invalid', value: rawCadence.slice(0, 40) });
    if (kind && cadence !== 'invalid')
      out.push({
        line,
        code,
        name: rawName,
        shortName: rawShort || null,
        kind,
        parentCode,
        ...(cadence === undefined ? {} : { boxCadenceDays: cadence }),
      });
  });
  return { rows: out, problems };
}

export interface UnitImportPlan {
  insert: UnitRow[];
  update: UnitRow[];
  unchanged: number;
}

/**
 * Decides what the rows change against the units already there, parents before children. `cadences` are the
 * box cadences set explicitly, by unit id.
 */
export function planUnitImport(
  rows: readonly UnitRow[],
  existing: readonly Unit[],
  cadences: ReadonlyMap<number, number> = new Map(),
): { plan: UnitImportPlan; problems: UnitRowProblem[] } {
  const problems: UnitRowProblem[] = [];
  const byCode = new Map(existing.map((u) => [u.code, u]));
  const codeOf = new Map(existing.map((u) => [u.id, u.code]));
  // the tree as it will be: each code's parent code
  const parentOf = new Map<string, string | null>(existing.map((u) => [u.code, u.parentId ? (codeOf.get(u.parentId) ?? null) : null]));
  for (const row of rows) parentOf.set(row.code, row.parentCode);
  for (const row of rows) {
    if (row.parentCode && !parentOf.has(row.parentCode))
      problems.push({ line: row.line, field: 'parent', kind: 'unknown_parent', value: row.parentCode });
    const visited = new Set<string>();
    for (let at: string | null | undefined = row.code; at; at = parentOf.get(at)) {
      if (visited.has(at)) {
        problems.push({ line: row.line, field: 'parent', kind: 'cycle', value: row.parentCode ?? '' });
        break;
      }
      visited.add(at);
    }
  }
  const insert: UnitRow[] = [];
  const update: UnitRow[] = [];
  let unchanged = 0;
  for (const row of rows) {
    const current = byCode.get(row.code);
    if (!current) insert.push(row);
    else {
      const currentParent = current.parentId ? (codeOf.get(current.parentId) ?? null) : null;
      const sameCadence = row.boxCadenceDays === undefined || (cadences.get(current.id) ?? null) === row.boxCadenceDays;
      const same =
        current.name === row.name &&
        (current.shortName ?? null) === row.shortName &&
        current.kind === row.kind &&
        currentParent === row.parentCode &&
        sameCadence;
      if (same) unchanged += 1;
      else update.push(row);
    }
  }
  // parents first: a new unit can hang under another new unit of the same file, in any order
  const inserting = new Set(insert.map((r) => r.code));
  const ordered: UnitRow[] = [];
  const placed = new Set<string>();
  const place = (row: UnitRow, depth = 0) => {
    if (placed.has(row.code) || depth > insert.length) return;
    if (row.parentCode && inserting.has(row.parentCode) && !placed.has(row.parentCode))
      place(insert.find((r) => r.code === row.parentCode)!, depth + 1);
    placed.add(row.code);
    ordered.push(row);
  };
  insert.forEach((row) => place(row));
  return { plan: { insert: ordered, update, unchanged }, problems };
}

export async function applyUnitImport(store: Store, plan: UnitImportPlan, actorId: number | null): Promise<void> {
  await store.transaction(async (tx) => {
    for (const row of plan.insert) {
      const unit = await tx.units.insert({
        code: row.code,
        name: row.name,
        shortName: row.shortName,
        kind: row.kind,
        parentCode: row.parentCode,
      });
      if (row.boxCadenceDays !== undefined) await tx.feedback.setBoxCadence(unit.id, row.boxCadenceDays);
    }
    for (const row of plan.update) {
      const unit = await tx.units.update(row.code, {
        name: row.name,
        shortName: row.shortName,
        kind: row.kind,
        parentCode: row.parentCode,
      });
      if (row.boxCadenceDays !== undefined) await tx.feedback.setBoxCadence(unit.id, row.boxCadenceDays);
    }
    await tx.audit.record({
      actorId,
      action: 'units.import',
      entity: 'unit',
      entityId: null,
      data: { inserted: plan.insert.length, updated: plan.update.length },
    });
  });
}
