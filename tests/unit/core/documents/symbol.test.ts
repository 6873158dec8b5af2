import { describe, expect, it } from 'vitest';
import { aliasesOf, documentFromEntry, readStatus } from '../../../../src/core/documents/catalogue-entry.js';
import { extractCitedSymbol, parseSymbol, symbolKey } from '../../../../src/core/documents/symbol.js';

describe('parseSymbol', () => {
  it.each([
    ['45/2015/TT-BYT', { number: '45', year: 2015, kind: 'tt', issuer: 'byt' }],
    ['09/CT-BYT', { number: '9', year: null, kind: 'ct', issuer: 'byt' }],
    ['2151-QĐ/BYT', { number: '2151', year: null, kind: 'qd', issuer: 'byt' }],
    ['30c/NQCP', { number: '30c', year: null, kind: 'nq', issuer: 'cp' }],
    ['17-CT-BCSĐ', { number: '17', year: null, kind: 'ct', issuer: 'bcsd' }],
    ['08-QĐi/TW', { number: '8', year: null, kind: 'qdi', issuer: 'tw' }],
    ['11-CTr/TU', { number: '11', year: null, kind: 'ctr', issuer: 'tu' }],
    ['42/2013/QH13', { number: '42', year: 2013, kind: 'luat', issuer: 'qh13' }],
    ['16/CT- TTg', { number: '16', year: null, kind: 'ct', issuer: 'ttg' }],
  ])('%s', (symbol, parts) => {
    expect(parseSymbol(symbol)).toEqual(parts);
  });

  it('reads the same symbol written differently as the same key, and rejects what is not a symbol', () => {
    expect(symbolKey(parseSymbol('2151/QĐ-BYT')!)).toBe(symbolKey(parseSymbol('2151-qđ/byt')!));
    expect(parseSymbol('trang phục y tế')).toBeNull();
    expect(parseSymbol('24/7')).toBeNull();
  });
});

describe('citations in the plans', () => {
  it.each([
    ['Thông tư số 07/2013/TT- BYT (003, header — wrong year)', '07/2013/TT-BYT'],
    ['Quyết định số 2151-QĐ/BYT ngày 04/6/2015 (000)', '2151-QĐ/BYT'],
    ['Nghị quyết số 30c/NQCP ngày 08/11/2011 (004)', '30c/NQCP'],
    ['Chỉ thị số 16/CT- TTg ngày 15/5/2016 (000)', '16/CT-TTg'],
    ['luật tiếp công dân (000, 001 — cited by name only)', null],
    ['Nghị quyết Trung ương 4, khóa XI (000 — no number)', null],
  ])('%s → %s', (citation, symbol) => {
    expect(extractCitedSymbol(citation)).toBe(symbol);
  });

  it('keeps only the spellings that differ from the symbol as aliases', () => {
    expect(
      aliasesOf({
        symbol: '07/2014/TT-BYT',
        symbol_as_cited: [
          'Thông tư số 07/2014/TT-BYT ngày 25/02/2014 (000, 001)',
          'Thông tư số 07/2013/TT- BYT (003, header — wrong year)',
        ],
      }),
    ).toEqual(['07/2013/TT-BYT']);
  });
});

describe('catalogue entries', () => {
  it('reads statuses as the data team writes them, with the date of an ambiguous replacement', () => {
    expect(readStatus('in force')).toEqual({ status: 'in_force', replacedBy: null, replacedByIssuedOn: null });
    expect(readStatus('replaced by 114-QĐ/TW')).toEqual({ status: 'replaced', replacedBy: '114-QĐ/TW', replacedByIssuedOn: null });
    expect(readStatus('replaced by 76/NQ-CP (15/07/2021)')).toEqual({
      status: 'replaced',
      replacedBy: '76/NQ-CP',
      replacedByIssuedOn: '2021-07-15',
    });
    expect(readStatus('expired')?.status).toBe('expired');
    expect(readStatus('còn hiệu lực')).toBeNull();
    expect(readStatus('replaced by X (31/02/2021)')).toBeNull();
  });

  it('updates one field of a known document and requires the rest of a new one', () => {
    const known = documentFromEntry(
      { symbol: '45/2015/TT-BYT', type: 'Thông tư', issuer: 'Bộ Y tế', title_vi: 'Quy định về trang phục y tế', status: 'in force' },
      null,
    );
    expect(Array.isArray(known)).toBe(false);
    const replaced = documentFromEntry({ symbol: '45/2015/TT-BYT', status: 'replaced by 99/2025/TT-BYT' }, known as never);
    expect(replaced).toMatchObject({ title: 'Quy định về trang phục y tế', status: 'replaced', replacedBy: '99/2025/TT-BYT' });
    expect(documentFromEntry({ symbol: '99/2025/TT-BYT', title_vi: 'Mới' }, null)).toEqual([
      { symbol: '99/2025/TT-BYT', field: 'type', problem: 'missing' },
      { symbol: '99/2025/TT-BYT', field: 'issuer', problem: 'missing' },
      { symbol: '99/2025/TT-BYT', field: 'status', problem: 'missing' },
    ]);
    expect(documentFromEntry({ symbol: '45/2015/TT-BYT', status: 'sắp hết' }, known as never)).toEqual([
      { symbol: '45/2015/TT-BYT', field: 'status', problem: 'invalid-status' },
    ]);
  });
});
