import { describe, expect, it } from 'vitest';
import { witnessesFrom } from '../../../../src/core/feedback/box.js';
import { parseStatsPeriod } from '../../../../src/core/feedback/period.js';

const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('statistics periods', () => {
  it.each([
    ['', '2026-11-01', '2026-12-01'],
    ['thang', '2026-11-01', '2026-12-01'],
    ['thang 10', '2026-10-01', '2026-11-01'],
    ['tháng 10/2025', '2025-10-01', '2025-11-01'],
    ['thang 10 2025', '2025-10-01', '2025-11-01'],
    ['tháng 10 năm 2025', '2025-10-01', '2025-11-01'],
    ['10/2025', '2025-10-01', '2025-11-01'],
    ['thang 12/2025', '2025-12-01', '2026-01-01'],
    ['quy 3', '2026-07-01', '2026-10-01'],
    ['quy 4/2025', '2025-10-01', '2026-01-01'],
    ['quý IV/2025', '2025-10-01', '2026-01-01'],
    ['quý II năm 2025', '2025-04-01', '2025-07-01'],
    ['Q4 2025', '2025-10-01', '2026-01-01'],
    ['nam 2025', '2025-01-01', '2026-01-01'],
    ['năm', '2026-01-01', '2027-01-01'],
    ['2025', '2025-01-01', '2026-01-01'],
  ])('“%s” on 23/11/2026 is [%s, %s)', (text, from, to) => {
    expect(parseStatsPeriod(words(text), '2026-11-23')).toMatchObject({ from, to });
  });

  it('takes a month or quarter that has not begun as last year’s: in January, “quý 4” is the one just ended', () => {
    expect(parseStatsPeriod(words('quy 4'), '2027-01-05')).toMatchObject({ kind: 'quarter', year: 2026, quarter: 4 });
    expect(parseStatsPeriod(words('thang 12'), '2027-01-05')).toMatchObject({ kind: 'month', year: 2026, month: 12 });
    expect(parseStatsPeriod(words('quy 1'), '2027-01-05')).toMatchObject({ kind: 'quarter', year: 2027 });
  });

  it.each(['quy 5', 'thang 13', 'thang 10/1999', 'nam 20255', 'tuan 3', '10', 'quy IV/2025 thêm'])(
    'refuses “%s” with the usage line',
    (text) => {
      expect(() => parseStatsPeriod(words(text), '2026-11-23')).toThrow(expect.objectContaining({ i18nKey: 'feedback-stats-usage' }));
    },
  );
});

describe('box witnesses', () => {
  it.each([
    ['chứng kiến: Nguyễn Văn A, Trần Thị B', 'Nguyễn Văn A, Trần Thị B'],
    ['Chứng kiến Nguyễn Văn A', 'Nguyễn Văn A'],
    ['người chứng kiến: Lò Văn Sáng', 'Lò Văn Sáng'],
    ['chung kien: Lo Van Sang', 'Lo Van Sang'],
    ['ck: Thu, Hà', 'Thu, Hà'],
    ['Nguyễn Thị Thu', 'Nguyễn Thị Thu'],
    ['chứng kiến:', null],
    ['', null],
  ])('“%s” → %s', (text, witnesses) => {
    expect(witnessesFrom(text)).toBe(witnesses);
  });
});
