import { describe, expect, it } from 'vitest';
import { searchUnits } from '../../../../src/core/units/unit-search.js';
import { demoUnits } from '../../../support/demo-units.js';

const units = demoUnits();
const found = (typed: string) => {
  const result = searchUnits(units, typed);
  return result.kind === 'found' ? result.unit.code : result.kind === 'several' ? result.units.map((u) => u.code) : null;
};

describe('finding a unit as staff name it', () => {
  it.each([
    ['TYT-SINHO', 'TYT-SINHO'],
    ['tyt-sinho', 'TYT-SINHO'],
    ['tyt sinho', 'TYT-SINHO'],
    ['TYT Sìn Hồ', 'TYT-SINHO'],
    ['trạm y tế xã Sìn Hồ', 'TYT-SINHO'],
    ['tram y te xa sin ho', 'TYT-SINHO'],
    ['tram y te sin ho', 'TYT-SINHO'],
    ['TTYT Sìn Hồ', 'TTYT-SH'],
    ['trung tam y te sin ho', 'TTYT-SH'],
    ['BVĐK tỉnh', 'BVDK'],
    ['bvdk', 'BVDK'],
    ['benh vien da khoa tinh', 'BVDK'],
    ['TTYT Tam Đường', 'TTYT-TD'],
    ['ttyt tam duong', 'TTYT-TD'],
    ['tam duongg', 'TTYT-TD'],
    ['CDC tỉnh', 'CDC'],
    ['trung tâm kiểm soát bệnh tật', 'CDC'],
    ['Sở Y tế', 'SYT'],
    ['văn phòng sở', 'SYT-VP'],
    ['phòng TCCB', 'SYT-TCCB'],
    ['bệnh viện phổi', 'BVPHOI'],
  ])('%s → %s', (typed, code) => {
    expect(found(typed)).toBe(code);
  });

  it('offers every unit a name fits, never a few and "and 4 others"', () => {
    expect(found('sin ho')).toEqual(['TTYT-SH', 'TYT-SINHO']);
    expect(found('trạm y tế')).toEqual(['TYT-BINHLU', 'TYT-BANBO', 'TYT-DAOSAN', 'TYT-SILOLAU', 'TYT-SINHO']);
  });

  it('does not take words that only look like a name', () => {
    for (const typed of ['khong-co', "x';drop-table", '<b>BVDK</b>', 'bệnh viện Hà Nội', '', '   ']) expect(found(typed)).toBeNull();
  });

  it('suggests the closest codes for a typo', () => {
    const result = searchUnits(units, 'BVDKK');
    expect(result.kind === 'none' && result.suggestions.map((u) => u.code)).toEqual(['BVDK']);
  });
});
