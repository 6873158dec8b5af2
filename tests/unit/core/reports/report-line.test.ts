import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../../src/core/errors.js';
import fc from 'fast-check';
import { parsePercent, parseReportLine, parseStatus, phraseKeys } from '../../../../src/core/reports/report-line.js';
import { compactKey } from '../../../../src/core/text/vietnamese.js';

const words = (text: string) => text.split(' ');

describe('parsePercent', () => {
  it.each([
    ['80%', 80, 1],
    ['80 %', 80, 2],
    ['80 phần trăm', 80, 3],
    ['80 phan tram', 80, 3],
    ['80phantram', 80, 1],
    ['100%,', 100, 1],
  ])('reads %s', (text, percent, used) => {
    expect(parsePercent(words(text))).toEqual({ percent, used });
  });

  it('needs the unit unless a bare number is expected', () => {
    expect(parsePercent(['80'])).toBeNull();
    expect(parsePercent(['80'], { bare: true })).toEqual({ percent: 80, used: 1 });
    expect(parsePercent(['-5'])).toBeNull();
  });

  it.each(['-5%', '−5%', '50.5%', '50,5%', '50,5 phần trăm'])('refuses %s instead of reading another number', (text) => {
    expect(() => parsePercent(words(text))).toThrow(DomainError);
  });

  it('refuses a negative or decimal bare answer too', () => {
    expect(() => parsePercent(['-5'], { bare: true })).toThrow(DomainError);
    expect(() => parsePercent(['50.5'], { bare: true })).toThrow(DomainError);
  });
});

describe('parseStatus', () => {
  it.each([
    ['vướng', 'blocked'],
    ['vuong', 'blocked'],
    ['vướng mắc', 'blocked'],
    ['gặp khó khăn', 'blocked'],
    ['khó khăn', 'blocked'],
    ['chưa làm', 'not_started'],
    ['chưa bắt đầu', 'not_started'],
    ['đang làm', 'in_progress'],
    ['đang thực hiện', 'in_progress'],
    ['xong', 'done'],
    ['đã xong', 'done'],
    ['hoàn thành', 'done'],
    ['hoan thanh', 'done'],
  ])('%s is %s', (text, status) => {
    expect(parseStatus(words(text))?.status).toBe(status);
  });
});

describe('parseReportLine', () => {
  it('reads a blocked report on one line', () => {
    expect(parseReportLine('NV5 vướng thiếu kinh phí')).toEqual({
      taskWords: ['NV5'],
      status: 'blocked',
      percent: null,
      text: 'thiếu kinh phí',
    });
  });

  it('keeps a status word that contradicts the percentage in the content', () => {
    expect(parseReportLine('NV5 80% xong phần khảo sát')).toEqual({
      taskWords: ['NV5'],
      status: null,
      percent: 80,
      text: 'xong phần khảo sát',
    });
    expect(parseReportLine('NV5 100% xong')).toEqual({ taskWords: ['NV5'], status: 'done', percent: 100, text: '' });
  });

  it('reads "chưa xong" as work under way, never its "xong" as done', () => {
    // before, "chua" became part of the task's name and the report was refused ("no task NV1 chua")
    expect(parseReportLine('NV1 chua xong, dang cho ky')).toEqual({
      taskWords: ['NV1'],
      status: 'in_progress',
      percent: null,
      text: 'dang cho ky',
    });
    expect(parseReportLine('NV8 chưa hoàn thành do thiếu nhân lực')).toMatchObject({ taskWords: ['NV8'], status: 'in_progress' });
    expect(parseReportLine('NV8 60% chưa hoàn tất')).toMatchObject({ status: 'in_progress', percent: 60 });
  });

  it('reads "không hoàn thành được" as stuck, with the reason as the content', () => {
    expect(parseReportLine('NV16 khong hoan thanh duoc vi thieu kinh phi')).toEqual({
      taskWords: ['NV16'],
      status: 'blocked',
      percent: null,
      text: 'vi thieu kinh phi',
    });
  });

  it('leaves out the words people put between the task and its figure, typed in a hurry or not', () => {
    // before, "NV2 dc" was taken for the task's name and the report was refused
    expect(parseReportLine('nv2 dc 60% roi, dang cho ky')).toEqual({ taskWords: ['nv2'], status: null, percent: 60, text: 'dang cho ky' });
    expect(parseReportLine('NV5 đã đạt khoảng 40% đang tổng hợp')).toMatchObject({ taskWords: ['NV5'], percent: 40 });
    expect(parseReportLine('NV5 được 40 phần trăm')).toMatchObject({ taskWords: ['NV5'], percent: 40 });
    expect(parseReportLine('NV5 hien dang 40%')).toMatchObject({ taskWords: ['NV5'], percent: 40 });
    // words of a title keep theirs
    expect(parseReportLine('so ket 6 thang dat 60%')).toMatchObject({ taskWords: ['so', 'ket', '6', 'thang'], percent: 60 });
  });

  it('after a task code, reads the words before the status as the report, not as more of the task’s name', () => {
    // before, "NV25 đã bố trí" was looked for as a task and the report refused
    expect(parseReportLine('NV25 đã bố trí xong khu cách ly 20 giường')).toEqual({
      taskWords: ['NV25'],
      status: 'done',
      percent: null,
      text: 'đã bố trí xong khu cách ly 20 giường',
    });
    expect(parseReportLine('nv 25 da trien khai duoc 60% so xa')).toEqual({
      taskWords: ['nv', '25'],
      status: null,
      percent: 60,
      text: 'da trien khai duoc 60% so xa',
    });
    // a code with only filler before the figure, and a title, read as before
    // the code written with a colon, as a heading of what follows
    expect(parseReportLine('nv5: da hop ban chi dao, dc khoang 60%').taskWords).toEqual(['nv5']);
    expect(parseReportLine('NV25 đã xong rồi')).toEqual({ taskWords: ['NV25'], status: 'done', percent: null, text: '' });
    // teencode: "xg" is "xong", "đg làm" is "đang làm"
    expect(parseReportLine('nv7 xg r')).toEqual({ taskWords: ['nv7'], status: 'done', percent: null, text: '' });
    expect(parseReportLine('nv7 đg làm 40%')).toMatchObject({ taskWords: ['nv7'], status: 'in_progress', percent: 40 });
    expect(parseReportLine('so ket 6 thang xong da gui')).toMatchObject({ taskWords: ['so', 'ket', '6', 'thang'], status: 'done' });
  });

  it('does not take "rồi nhé" after the figure for the report’s content', () => {
    expect(parseReportLine('NV7 xong r nhe')).toEqual({ taskWords: ['NV7'], status: 'done', percent: null, text: '' });
    expect(parseReportLine('NV7 xong rồi ạ, đã gửi báo cáo')).toMatchObject({ status: 'done', text: 'đã gửi báo cáo' });
    expect(parseReportLine('NV7 80% ok')).toMatchObject({ percent: 80, text: '' });
    // words that only look like them begin the content
    expect(parseReportLine('NV5 50% nhà vệ sinh đã sửa xong')).toMatchObject({ percent: 50, text: 'nhà vệ sinh đã sửa xong' });
    expect(parseReportLine('NV5 90% đầy đủ hồ sơ')).toMatchObject({ percent: 90, text: 'đầy đủ hồ sơ' });
  });
});

describe('a status phrase read word by word', () => {
  // as the phrase was read before each word was folded on its own: the words joined, the sentence's
  // punctuation dropped from the end, the whole folded
  const joinedKey = (words: readonly string[], used: number) =>
    compactKey(
      words
        .slice(0, used)
        .join(' ')
        .replace(/[,:;!]+$/, ''),
    );
  const word = fc.oneof(
    fc.constantFrom(
      'xong',
      'đã',
      'Hoàn',
      'THÀNH',
      'đang',
      'làm',
      'vướng,',
      'xong:',
      'xong!',
      '!',
      ',;',
      'đ̀a',
      '\u0301xong',
      'NV12',
      '80%',
      'đ.g',
    ),
    fc.string({ maxLength: 6 }),
  );

  it('gives every phrase length the key of the whole phrase', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 6 }), (words) => {
        const keys = phraseKeys(words, 4);
        expect(keys).toHaveLength(Math.min(words.length, 4));
        keys.forEach((key, index) => expect(key).toBe(joinedKey(words, index + 1)));
      }),
      { numRuns: 1000 },
    );
  });

  it('still finds the longest status phrase first', () => {
    expect(parseStatus(['không', 'hoàn', 'thành', 'được', 'vì'])).toMatchObject({ used: 4 });
    expect(parseStatus(['Đã', 'XONG,', 'rồi'])).toMatchObject({ status: 'done', used: 2 });
  });
});
