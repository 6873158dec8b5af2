import { describe, expect, it } from 'vitest';
import { parseInput, tokenize } from '../../../src/chat/command-parser.js';

describe('parseInput', () => {
  it('reads a bare command', () => {
    expect(parseInput('/help')).toEqual({ kind: 'command', name: 'help', rawName: 'help', botName: null, argsText: '', args: [] });
  });

  it('reads /cmd@botname and keeps the bot name for the dispatcher to check', () => {
    const parsed = parseInput('/nhiemvu@TroLy_DauMoi_bot BVDK');
    expect(parsed).toMatchObject({ kind: 'command', name: 'nhiemvu', botName: 'troly_daumoi_bot', args: ['BVDK'] });
  });

  it('folds command names typed with diacritics, capitals or underscores', () => {
    expect(parseInput('/Trợgiúp')).toMatchObject({ kind: 'command', name: 'trogiup' });
    expect(parseInput('/BAO_CAO')).toMatchObject({ kind: 'command', name: 'baocao' });
  });

  it('keeps arguments as typed, quoted words together', () => {
    expect(parseInput('/phanquyen  đầu mối  @lan')).toMatchObject({ args: ['đầu', 'mối', '@lan'] });
    expect(parseInput('/x "Nguyễn Thị Lan" “hai từ” ba')).toMatchObject({ args: ['Nguyễn Thị Lan', 'hai từ', 'ba'] });
    expect(parseInput('/dangky\nBVDK')).toMatchObject({ args: ['BVDK'] });
  });

  it('treats everything else as text', () => {
    expect(parseInput('bao cao nhiem vu').kind).toBe('text');
    expect(parseInput('😀😀').kind).toBe('text');
    expect(parseInput('/').kind).toBe('text');
    expect(parseInput('//help').kind).toBe('text');
    expect(parseInput('  /start  ')).toMatchObject({ kind: 'command', name: 'start' });
  });
});

describe('tokenize', () => {
  it('returns no tokens for blank text', () => {
    expect(tokenize('   ')).toEqual([]);
  });
});
