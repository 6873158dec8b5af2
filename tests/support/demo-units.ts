import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Unit, UnitKind } from '../../src/core/units/unit.js';
import { projectRoot } from '../../src/paths.js';

/** The demo Department's units as the database would return them, for tests that need no database. */
export function demoUnits(): Unit[] {
  const data = parse(readFileSync(path.join(projectRoot, 'resources/demo/demo.yaml'), 'utf8')) as {
    units: Array<{ code: string; name: string; short: string; kind: UnitKind; parent?: string }>;
  };
  const units: Unit[] = data.units.map((u, i) => ({
    id: i + 1,
    code: u.code,
    name: u.name,
    shortName: u.short,
    kind: u.kind,
    parentId: null,
    timezone: null,
  }));
  data.units.forEach((u, i) => {
    units[i]!.parentId = u.parent ? (units.find((p) => p.code === u.parent)?.id ?? null) : null;
  });
  return units;
}

export const REPORTING_UNITS = ['BVDK', 'BVYHCT', 'BVPHOI', 'CDC', 'TTYT-TD', 'TTYT-PT', 'TTYT-SH'];
export const CLINICAL_UNITS = ['BVDK', 'BVYHCT', 'BVPHOI', 'TTYT-TD', 'TTYT-PT', 'TTYT-SH'];
