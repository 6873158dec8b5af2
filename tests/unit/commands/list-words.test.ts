import { describe, expect, it } from 'vitest';
import { readListWords } from '../../../src/commands/deadlines.command.js';

describe('what follows /hanchot and /quahan', () => {
  it.each([
    [[], { days: null, until: null, grouping: null, page: 1 }],
    [['30'], { days: 30, until: null, grouping: null, page: 1 }],
    [['30', 'ngày'], { days: 30, until: null, grouping: null, page: 1 }],
    [['theo', 'đơn', 'vị'], { days: null, until: null, grouping: 'unit', page: 1 }],
    [['theo', 'don', 'vi', 'trang', '3'], { days: null, until: null, grouping: 'unit', page: 3 }],
    [['14', 'theo', 'nhiệm', 'vụ'], { days: 14, until: null, grouping: 'task', page: 1 }],
    [['trang', '2'], { days: null, until: null, grouping: null, page: 2 }],
    [['xem', 'thêm', '2'], { days: null, until: null, grouping: null, page: 2 }],
    // up to a day named by its weekday or date
    [['thứ', '6'], { days: null, until: 'thu 6', grouping: null, page: 1 }],
    [
      ['đến', 'hết', 'thứ', 'sáu', 'tuần', 'sau', 'theo', 'đơn', 'vị'],
      { days: null, until: 'thu sau tuan sau', grouping: 'unit', page: 1 },
    ],
    [['15/12'], { days: null, until: '15/12', grouping: null, page: 1 }],
  ])('%j', (words, expected) => {
    expect(readListWords(words)).toEqual(expected);
  });

  it('refuses words it does not know, so the usage is shown', () => {
    expect(readListWords(['abc'])).toBeNull();
    expect(readListWords(['30', 'tuần'])).toBeNull();
  });
});
