import { describe, expect, it } from 'vitest';
import { endsLeave, leaveArguments } from '../../../src/core/members/leave-words.js';

// Monday 23/11/2026
const TODAY = '2026-11-23';

describe('leave as people say it, in the words /nghiphep reads', () => {
  it.each([
    ['đến 30/11', '30/11/2026'],
    ['đến thứ 6 nhé', '27/11/2026'],
    ['den het tuan sau', '06/12/2026'],
    ['từ mai đến hết 04/12', '24/11/2026 04/12/2026'],
    ['tu 23/11 den 04/12 nhe', '23/11/2026 04/12/2026'],
    ['23/11 - 27/11', '23/11/2026 27/11/2026'],
    ['đến 30/11 @dau-moi', '30/11/2026 @dau-moi'],
  ])('%s → %s', (text, args) => {
    expect(leaveArguments(text, TODAY)).toBe(args);
  });

  it('leaves the end of leave and words naming no day as typed', () => {
    expect(leaveArguments('hủy', TODAY)).toBe('hủy');
    expect(leaveArguments('đi làm lại', TODAY)).toBe('đi làm lại');
    expect(leaveArguments('không biết nữa', TODAY)).toBe('không biết nữa');
    expect(leaveArguments('', TODAY)).toBe('');
    expect(['hủy', 'Đi làm lại', 'ket thuc'].every(endsLeave)).toBe(true);
    expect(endsLeave('đến 30/11')).toBe(false);
  });
});
