import { describe, expect, it } from 'vitest';
import { describeRule, describeWarning } from '../../../../src/core/deadlines/describe-rule.js';
import { WARNING_CODES, warningKey } from '../../../../src/core/deadlines/extraction/warnings.js';
import { loadI18n } from '../../../../src/i18n/i18n.js';
import { localesDir } from '../../../../src/paths.js';

describe('extraction warnings and rules in words', () => {
  it('every warning code has its message in both languages (the keys are built from the codes)', async () => {
    const i18n = await loadI18n(localesDir);
    for (const code of WARNING_CODES) {
      expect(i18n.has('vi', warningKey(code)), code).toBe(true);
      expect(i18n.has('en', warningKey(code)), code).toBe(true);
    }
  });

  it('words a warning with its stable code first, and years without a thousands separator', async () => {
    const t = (await loadI18n(localesDir)).translator('vi');
    expect(describeWarning(t, { code: 'typo_year', params: { written: 'năm 2104', read: 2014 } })).toBe(
      'typo_year: “năm 2104” được đọc là năm 2014 (có vẻ gõ nhầm); cần kiểm tra lại.',
    );
  });

  it('words every kind of rule', async () => {
    const t = (await loadI18n(localesDir)).translator('vi');
    expect(describeRule(t, { kind: 'once', due: '2020-11-20', inclusive: false, precision: 'day' })).toBe(
      'trước ngày 20/11/2020 (hạn cuối 19/11/2020)',
    );
    expect(describeRule(t, { kind: 'once', due: '2014-06-30', inclusive: true, precision: 'quarter' })).toBe(
      'trong quý II/2014 (hạn 30/06/2014)',
    );
    expect(describeRule(t, { kind: 'yearly', month: 6, day: 15, inclusive: false })).toBe('hằng năm, trước ngày 15/06');
    expect(describeRule(t, { kind: 'quarterly', monthOfQuarter: 3, day: 20, inclusive: true })).toBe(
      'hằng quý, chậm nhất ngày 20 của tháng cuối quý',
    );
    expect(describeRule(t, { kind: 'monthly', day: 25, inclusive: true })).toBe('hằng tháng, chậm nhất ngày 25');
    expect(describeRule(t, { kind: 'weekly', weekday: 5 })).toBe('hằng tuần, vào thứ Sáu');
    expect(describeRule(t, { kind: 'after_period', period: 'quarter', offset: 5, unit: 'working_days' })).toBe(
      'trong 5 ngày làm việc sau khi kết thúc mỗi quý',
    );
    expect(describeRule(t, { kind: 'unscheduled', reason: 'ad_hoc' })).toBe('đột xuất, khi được yêu cầu');
  });
});
