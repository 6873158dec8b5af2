import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../../../src/core/dates/local-date.js';
import { proposePlanFromText } from '../../../../src/core/plans/import/propose-plan.js';

describe('a sentence with two dates, split into two tasks', () => {
  it('gives each task the "year assumed" warning of its own date, not its sibling\'s', () => {
    const text = [
      'SỞ Y TẾ TỈNH LAI CHÂU',
      'Số: 45/KH-SYT',
      'KẾ HOẠCH',
      'Phòng chống sốt xuất huyết năm 2027',
      'II. NHIỆM VỤ',
      '1. Trung tâm Kiểm soát bệnh tật tỉnh tổ chức chiến dịch diệt lăng quăng trong tháng 5 và tháng 9.',
    ].join('\n');
    const proposal = proposePlanFromText(text, { units: [], referenceDate: '2026-12-06' as LocalDate });
    const written = proposal.tasks.map((task) => task.warnings.filter((w) => w.code === 'year_assumed').map((w) => w.params.written));
    expect(proposal.tasks.map((task) => task.rule.kind === 'once' && task.rule.due)).toEqual(['2027-05-31', '2027-09-30']);
    expect(written).toEqual([['trong tháng 5'], ['tháng 9']]);
  });
});
