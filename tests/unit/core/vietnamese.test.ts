import { describe, expect, it } from 'vitest';
import { compactKey, foldVietnamese, stripControlCharacters } from '../../../src/core/text/vietnamese.js';

describe('foldVietnamese', () => {
  it.each([
    ['Hòm thư góp ý', 'hom thu gop y'],
    ['ĐƯỜNG DÂY NÓNG', 'duong day nong'],
    ['  Báo   cáo ', 'bao cao'],
    ['Thông tư 45/2015/TT-BYT', 'thong tu 45/2015/tt-byt'],
    ['Quy tắc ứng xử', 'quy tac ung xu'],
  ])('%s → %s', (input, folded) => {
    expect(foldVietnamese(input)).toBe(folded);
  });

  it('folds text typed with combining marks the same as precomposed text', () => {
    expect(foldVietnamese('Đầu mối'.normalize('NFD'))).toBe(foldVietnamese('Đầu mối'.normalize('NFC')));
  });
});

describe('compactKey', () => {
  it('drops spaces, dashes and dots so every spelling of a phrase meets', () => {
    expect(compactKey('Đầu mối')).toBe('daumoi');
    expect(compactKey('dau-moi')).toBe('daumoi');
    expect(compactKey('DAU MOI')).toBe('daumoi');
    expect(compactKey('/trợ_giúp')).toBe('/trogiup');
  });
});

describe('stripControlCharacters', () => {
  it('removes control and bidi-override characters but keeps text and new lines', () => {
    expect(stripControlCharacters('a\u0000b\u202Ec\u200Bd\ne')).toBe('abcd\ne');
  });
});
