import { describe, expect, it } from 'vitest';
import { parseUnitKind, planUnitImport, readUnitRows } from '../../../../src/core/units/import-units.js';
import { demoUnits } from '../../../support/demo-units.js';

describe('units from CSV rows', () => {
  it('skips a header, reads kinds by code or by Vietnamese name, and plans parents before children', () => {
    const { rows, problems } = readUnitRows([
      ['code', 'name', 'short name', 'kind', 'parent code'],
      ['tyt-moi', 'Trạm Y tế xã Mới', 'TYT Mới', 'trạm y tế', 'TTYT-MOI'],
      ['TTYT-MOI', 'Trung tâm Y tế huyện Mới', 'TTYT Mới', 'Trung tâm y tế', 'SYT'],
      ['BVDK', 'Bệnh viện Đa khoa tỉnh Lai Châu', 'BVĐK tỉnh (mới)', 'hospital', 'SYT'],
      ['CDC', 'Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu', 'CDC tỉnh', 'cdc', 'SYT'],
      ['', '', '', '', ''],
    ]);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.code, r.kind, r.parentCode])).toEqual([
      ['TYT-MOI', 'commune_station', 'TTYT-MOI'],
      ['TTYT-MOI', 'health_center', 'SYT'],
      ['BVDK', 'hospital', 'SYT'],
      ['CDC', 'cdc', 'SYT'],
    ]);
    const { plan, problems: planned } = planUnitImport(rows, demoUnits());
    expect(planned).toEqual([]);
    expect(plan.insert.map((r) => r.code)).toEqual(['TTYT-MOI', 'TYT-MOI']);
    expect(plan.update.map((r) => r.code)).toEqual(['BVDK']);
    expect(plan.unchanged).toBe(1);
  });

  it('finds every problem with its line: missing, invalid, duplicate, unknown parent, a circle', () => {
    const { rows, problems } = readUnitRows([
      ['A B', 'Tên', '', 'hospital', ''],
      ['X1', '', '', 'hospital', ''],
      ['X2', 'Tên', '', 'vũ trụ', ''],
      ['X3', 'Tên', '', 'hospital', 'X3'],
      ['X4', 'Tên', '', 'hospital'],
      ['X4', 'Tên', '', 'hospital', ''],
      ['X5'],
    ]);
    expect(problems.map((p) => [p.line, p.field, p.kind])).toEqual([
      [1, 'code', 'invalid'],
      [2, 'name', 'missing'],
      [3, 'kind', 'invalid'],
      [4, 'parent', 'cycle'],
      [6, 'code', 'duplicate'],
      [7, 'columns', 'invalid'],
    ]);
    const planned = planUnitImport(
      [
        { line: 1, code: 'P1', name: 'A', shortName: null, kind: 'other', parentCode: 'P2' },
        { line: 2, code: 'P2', name: 'B', shortName: null, kind: 'other', parentCode: 'P1' },
        { line: 3, code: 'P3', name: 'C', shortName: null, kind: 'other', parentCode: 'NOPE' },
      ],
      demoUnits(),
    );
    expect(planned.problems.map((p) => [p.line, p.kind])).toEqual([
      [1, 'cycle'],
      [2, 'cycle'],
      [3, 'unknown_parent'],
    ]);
    expect(rows.map((r) => r.code)).toEqual(['A B', 'X1', 'X3', 'X4', 'X4']);
  });

  it('knows the kinds', () => {
    expect(parseUnitKind('department_office')).toBe('department_office');
    expect(parseUnitKind('Bệnh viện')).toBe('hospital');
    expect(parseUnitKind('TTKSBT')).toBe('cdc');
    expect(parseUnitKind('nhà thuốc')).toBeNull();
  });
});
