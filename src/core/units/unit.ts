export const UNIT_KINDS = [
  'department', // Sở Y tế
  'department_office', // phòng chức năng thuộc Sở
  'hospital',
  'cdc',
  'health_center', // trung tâm y tế huyện / khu vực
  'commune_station', // trạm y tế xã
  'other',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface Unit {
  id: number;
  code: string;
  name: string;
  shortName: string | null;
  kind: UnitKind;
  parentId: number | null;
  timezone: string | null;
}

export interface NewUnit {
  code: string;
  name: string;
  shortName?: string | null;
  kind: UnitKind;
  parentCode?: string | null;
  timezone?: string | null;
}

/** Unit codes are typed by people: "bvdk", " BVDK " and "BVDK" are the same unit. */
export const normalizeUnitCode = (code: string) => code.trim().toUpperCase();

export const UNIT_CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{0,31}$/;

export interface UnitsRepository {
  findById(id: number): Promise<Unit | null>;
  findByCode(code: string): Promise<Unit | null>;
  /** The unit itself first, then its parent, up to the root. */
  ancestorIds(id: number): Promise<number[]>;
  list(): Promise<Unit[]>;
  count(): Promise<number>;
  insert(unit: NewUnit): Promise<Unit>;
  /** Changes a unit's name, short name, kind and parent (by code); the code itself never changes. */
  update(code: string, fields: Omit<NewUnit, 'code' | 'timezone'>): Promise<Unit>;
}
