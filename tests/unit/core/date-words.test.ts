import { describe, expect, it } from 'vitest';
import { readDateInWords } from '../../../src/core/dates/date-words.js';

// Monday 23/11/2026
const TODAY = '2026-11-23';

describe('readDateInWords', () => {
  it.each([
    ['20/12', '2026-12-20'],
    ['hết 20/12', '2026-12-20'],
    ['đến hết ngày 20/12/2026', '2026-12-20'],
    ['10/01', '2027-01-10'],
    ['hôm nay', '2026-11-23'],
    ['ngày mai', '2026-11-24'],
    ['hôm qua', '2026-11-22'],
    ['thứ 6', '2026-11-27'],
    ['thứ 6 tuần sau', '2026-12-04'],
    ['thu sau tuan sau', '2026-12-04'],
    ['chủ nhật', '2026-11-29'],
    ['tuần này', '2026-11-29'],
    ['cuối tuần', '2026-11-29'],
    ['đến hết tuần', '2026-11-29'],
    ['het tuan sau', '2026-12-06'],
    ['tuần sau', '2026-12-06'],
    ['cuối tháng', '2026-11-30'],
    ['tháng sau', '2026-12-31'],
  ])('%s → %s', (text, date) => {
    expect(readDateInWords(text, TODAY)).toBe(date);
  });

  it('names no day in other words', () => {
    expect(readDateInWords('khi nào rảnh', TODAY)).toBeNull();
    expect(readDateInWords('31/02', TODAY)).toBeNull();
  });
});
