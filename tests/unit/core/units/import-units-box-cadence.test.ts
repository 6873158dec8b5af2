import { describe, expect, it } from 'vitest';
import { planUnitImport, readUnitRows } from '../../../../src/core/units/import-units.js';
import { demoUnits } from '../../../support/demo-units.js';

describe('units from CSV: the complaint-box cadence column', () => {
  it('reads days, “mặc định” and an empty cell (left as it is), and refuses the rest', () => {
    const { rows, problems } = readUnitRows([
      ['code', 'name', 'short name', 'kind', 'parent code', 'box cadence days'],
      ['BVDK', 'Bệnh viện Đa khoa tỉnh Lai Châu', 'BVĐK tỉnh', 'hospital', 'SYT', '14'],
      ['CDC', 'Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu', 'CDC tỉnh', 'cdc', 'SYT', 'mặc định'],
      ['TYT-MOI', 'Trạm Y tế xã Mới', 'TYT Mới', 'trạm y tế', 'SYT', '30 ngày'],
      ['TYT-KHAC', 'Trạm Y tế xã Khác', '', 'trạm y tế', 'SYT', ''],
      ['TYT-SAI', 'Trạm Y tế xã Sai', '', 'trạm y tế', 'SYT', 'hàng tuần lễ'],
      ['TYT-XA', 'Trạm Y tế xã Xa', '', 'trạm y tế', 'SYT', '999'],
    ]);
    expect(problems.map((p) => [p.line, p.field, p.kind, p.value])).toEqual([
      [6, 'box_cadence', 'invalid', 'hàng tuần lễ'],
      [7, 'box_cadence', 'invalid', '999'],
    ]);
    expect(rows.map((r) => [r.code, r.boxCadenceDays])).toEqual([
      ['BVDK', 14],
      ['CDC', null],
      ['TYT-MOI', 30],
      ['TYT-KHAC', undefined],
    ]);
  });

  it('counts a unit whose cadence alone changes as updated, and one with the same cadence as unchanged', () => {
    const units = demoUnits();
    const bvdk = units.find((u) => u.code === 'BVDK')!;
    const { rows } = readUnitRows([[bvdk.code, bvdk.name, bvdk.shortName ?? '', bvdk.kind, 'SYT', '14']]);
    expect(planUnitImport(rows, units).plan.update.map((r) => r.code)).toEqual(['BVDK']);
    expect(planUnitImport(rows, units, new Map([[bvdk.id, 14]])).plan.unchanged).toBe(1);
  });
});
