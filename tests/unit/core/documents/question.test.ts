import { beforeAll, describe, expect, it } from 'vitest';
import { createLexicon, type Lexicon } from '../../../../src/core/documents/lookup/lexicon.js';
import { searchTokens } from '../../../../src/core/documents/lookup/normalize.js';
import { parseQuestion } from '../../../../src/core/documents/lookup/question.js';
import { readLexicon } from '../../../../src/reference/document-catalogue.js';

let lexicon: Lexicon;
beforeAll(async () => {
  lexicon = createLexicon(await readLexicon());
});

const refsOf = (text: string) =>
  parseQuestion(text, lexicon).refs.map(({ number, year, kind, issuer }) => ({ number, year, kind, issuer }));
const subjectOf = (text: string) =>
  parseQuestion(text, lexicon)
    .tokens.map((t) => t?.token ?? '|')
    .join(' ');

describe('document numbers in every form', () => {
  it.each([
    ['45/2015/TT-BYT', { number: '45', year: 2015, kind: 'tt', issuer: 'byt' }],
    ['TT 45/2015 còn hiệu lực không', { number: '45', year: 2015, kind: 'tt', issuer: null }],
    ['thông tư 45', { number: '45', year: null, kind: 'tt', issuer: null }],
    ['thong tu so 45', { number: '45', year: null, kind: 'tt', issuer: null }],
    ['45/TT-BYT', { number: '45', year: null, kind: 'tt', issuer: 'byt' }],
    ['tt45', { number: '45', year: null, kind: 'tt', issuer: null }],
    ['tt 45-2015 byt', { number: '45', year: 2015, kind: 'tt', issuer: 'byt' }],
    ['QĐ 2151', { number: '2151', year: null, kind: 'qd', issuer: null }],
    ['quyết định số 2151/2015/QĐ-BYT', { number: '2151', year: 2015, kind: 'qd', issuer: 'byt' }],
    ['chỉ thị 09', { number: '9', year: null, kind: 'ct', issuer: null }],
    ['nghị quyết 30c', { number: '30c', year: null, kind: 'nq', issuer: null }],
    ['Nghị quyết số 30c/NQCP', { number: '30c', year: null, kind: 'nq', issuer: 'cp' }],
    ['quy định 205 về chạy chức', { number: '205', year: null, kind: 'qd', issuer: null }],
    ['văn bản số 114', { number: '114', year: null, kind: null, issuer: null }],
    ['đề án đo lường hài lòng 4448', { number: '4448', year: null, kind: null, issuer: null }],
    ['45/2015', { number: '45', year: 2015, kind: null, issuer: null }],
    ['45/2015 quy dinh gi the a', { number: '45', year: 2015, kind: null, issuer: null }],
    ['văn bản 45/2015 là gì', { number: '45', year: 2015, kind: null, issuer: null }],
    ['số 2151 / 2015 còn hiệu lực không', { number: '2151', year: 2015, kind: null, issuer: null }],
    // a dot, a dash or a colon between the kind and the number
    ['TT.45', { number: '45', year: null, kind: 'tt', issuer: null }],
    ['tt-45', { number: '45', year: null, kind: 'tt', issuer: null }],
    ['QĐ-2151', { number: '2151', year: null, kind: 'qd', issuer: null }],
    ['CT-09', { number: '9', year: null, kind: 'ct', issuer: null }],
    ['chỉ thị: 08', { number: '8', year: null, kind: 'ct', issuer: null }],
    ['Thông tư số.45', { number: '45', year: null, kind: 'tt', issuer: null }],
    ['văn bản số: 114', { number: '114', year: null, kind: null, issuer: null }],
    // an issuer's code after a slash, or its name in words next to the number
    ['thông tư 45/BTC', { number: '45', year: null, kind: 'tt', issuer: 'btc' }],
    ['thông tư 45 của bộ tài chính', { number: '45', year: null, kind: 'tt', issuer: 'btc' }],
    ['thong tu 45/2015 cua bo tai chinh', { number: '45', year: 2015, kind: 'tt', issuer: 'btc' }],
    ['chỉ thị 05 năm 2023 do Thủ tướng Chính phủ ban hành', { number: '5', year: null, kind: 'ct', issuer: 'ttg' }],
    ['quyết định 572 của UBND tỉnh', { number: '572', year: null, kind: 'qd', issuer: 'ubnd' }],
    ['chỉ thị 17 của ban cán sự đảng bộ y tế', { number: '17', year: null, kind: 'ct', issuer: 'bcsd' }],
    ['Văn phòng Chính phủ có thông tư 01 về một cửa', { number: '1', year: null, kind: 'tt', issuer: 'vpcp' }],
  ])('%s', (text, ref) => {
    expect(refsOf(text)).toEqual([ref]);
  });

  it('does not take quantities, dates, plenums or years for document numbers', () => {
    expect(refsOf('trực đường dây nóng 24/7')).toEqual([]);
    expect(refsOf('báo cáo 6 tháng, 100% cơ sở')).toEqual([]);
    expect(refsOf('nghị quyết trung ương 4 khóa 11')).toEqual([]);
    expect(refsOf('nghị quyết TW4 khóa XII')).toEqual([]);
    expect(refsOf('chương trình cải cách hành chính giai đoạn 2011-2020')).toEqual([]);
    expect(refsOf('ngày 22/11/2013')).toEqual([]);
    expect(refsOf('báo cáo tháng 5/2021')).toEqual([]);
    expect(refsOf('quý 4/2026')).toEqual([]);
    expect(refsOf('giai đoạn 2016/2020')).toEqual([]);
  });

  it('takes a number standing before what it counts for a count, never a document number', () => {
    for (const text of [
      '02 đối tượng nào được hưởng chế độ',
      'Cán bộ có 02 hành vi vi phạm thì xử lý thế nào',
      'cơ quan có 05 cán bộ thì có phải lập ban thanh tra nhân dân không',
      '03 trường hợp nào được từ chối tiếp công dân',
      'đánh giá chất lượng bệnh viện theo 83 tiêu chí',
      // a unit of time or of people after the number: no document, and no subject word either
      '05 ngày làm việc là bao lâu',
      'trong vòng 24 giờ phải báo cáo',
      'bệnh viện 500 giường phải có phòng công tác xã hội không',
    ]) {
      expect(refsOf(text), text).toEqual([]);
      // nor a subject word: titles cite documents by number
      expect(subjectOf(text), text).not.toMatch(/\d/);
    }
  });

  it('reads a number as a document number with a kind, a symbol shape, chat words or nothing around it', () => {
    for (const text of ['thông tư 02', 'TT 02', '02/2017', 'thông tư số 02 còn hiệu lực không'])
      expect(refsOf(text), text).toMatchObject([{ number: '2' }]);
    expect(refsOf('4448')).toMatchObject([{ number: '4448', kind: null }]);
    expect(refsOf('4448 còn hiệu lực không')).toMatchObject([{ number: '4448' }]);
    expect(refsOf('đề án đo lường hài lòng 4448')).toMatchObject([{ number: '4448' }]);
    // an issuer's code after it makes it a symbol
    expect(refsOf('cthi 27 ttg')).toMatchObject([{ number: '27' }]);
  });

  it('reads the kind of a number written in English', () => {
    expect(refsOf('Decision 2151 of the Ministry of Health')).toEqual([{ number: '2151', year: null, kind: 'qd', issuer: null }]);
    expect(refsOf('circular 45/2015')).toEqual([{ number: '45', year: 2015, kind: 'tt', issuer: null }]);
    expect(refsOf('is decree 61/2018 still valid')).toEqual([{ number: '61', year: 2018, kind: 'nd', issuer: null }]);
  });

  it('reads a number and a year alone as a number of any kind, marked as such', () => {
    expect(parseQuestion('số 45/2015 còn hiệu lực không', lexicon).refs).toMatchObject([
      { number: '45', year: 2015, form: 'number-year', label: '45/2015' },
    ]);
    // a whole symbol is still read as one
    expect(parseQuestion('45/2015/TT-BYT', lexicon).refs).toMatchObject([{ form: 'symbol' }]);
  });

  it('reads years named apart from the number', () => {
    const question = parseQuestion('chỉ thị 16 năm 2020 về giãn cách', lexicon);
    expect(question.refs).toMatchObject([{ number: '16', kind: 'ct', year: null }]);
    expect(question.years).toEqual([2020]);
    expect(parseQuestion('chỉ thị 09 ngày 22/11/2013', lexicon).years).toEqual([2013]);
  });
});

describe('issuers named in words', () => {
  it('count only next to the number, and show in its label', () => {
    expect(refsOf('thông tư 45 về trang phục y tế của bộ y tế')).toMatchObject([{ issuer: null }]);
    expect(refsOf('thông tư 45 và nghị định 04 của chính phủ')).toMatchObject([
      { kind: 'tt', issuer: null },
      { kind: 'nd', issuer: 'cp' },
    ]);
    expect(parseQuestion('thông tư 45 của Bộ Tài chính', lexicon).refs[0]!.label).toBe('45 (Bộ Tài chính)');
  });
});

describe('a kind word next to a number', () => {
  it('makes the number context only when it comes before it', () => {
    const kindAskedBefore = (text: string) => parseQuestion(text, lexicon).refs.map((r) => r.kindAskedBefore);
    expect(kindAskedBefore('thông tư hướng dẫn nghị định 61')).toEqual(['tt']);
    expect(kindAskedBefore('nghị định 61/2018 hướng dẫn thế nào về một cửa')).toEqual([null]);
    expect(kindAskedBefore('thông tư 01/2016/TT-BNV hướng dẫn gì')).toEqual([null]);
  });

  it('makes a number of the same kind context when words right before it relate the document asked for to it', () => {
    const relationBefore = (text: string) => parseQuestion(text, lexicon).refs.map((r) => r.relationBefore);
    expect(relationBefore('nghị quyết sửa đổi nghị quyết 30c về cải cách hành chính')).toEqual([true]);
    expect(relationBefore('nghi quyet sua doi nghi quyet 30c')).toEqual([true]);
    expect(relationBefore('nghị quyết 30c sửa đổi gì')).toEqual([false]);
    expect(relationBefore('sửa đổi nghị quyết 30c')).toEqual([false]);
  });
});

describe('an issuer named in words', () => {
  it.each([
    ['chỉ thị của thủ tướng về học tập và làm theo tư tưởng Hồ Chí Minh', ['ttg']],
    ['kế hoạch giảm thiểu chất thải nhựa của bộ y tế', ['byt']],
    ['đổi mới phong cách thái độ phục vụ của cán bộ y tế', []],
    ['thông tư 45 của Bộ Tài chính', []],
  ])('%s', (text, issuers) => {
    expect(parseQuestion(text, lexicon).issuers).toEqual(issuers);
  });
});

describe('the name of a law asked for', () => {
  it.each([
    ['luật khiếu nại', 'khieu nai'],
    ['luật tố cáo 2018', 'to cao'],
    ['luật tiếp dân còn hiệu lực không', 'tiep cong dan'],
    ['luật nào quy định tiếp công dân', ''],
    ['lịch tiếp công dân theo luật nào', ''],
    ['nghị định hướng dẫn luật dân chủ', ''],
    ['luật dân chủ cơ sở mới', 'dan chu co so'],
    ['luật tiếp công dân hiện hành', 'tiep cong dan'],
  ])('%s', (text, name) => {
    expect(parseQuestion(text, lexicon).lawName.join(' ')).toBe(name);
  });
});

describe('the subject of a question', () => {
  it('drops chat words, keeps the subject, rewrites synonyms and notes the kind asked for', () => {
    const question = parseQuestion('Cho em hỏi với ạ, đồng phục điều dưỡng theo thông tư nào vậy ạ?', lexicon);
    expect(question.askedKind).toBe('tt');
    expect(subjectOf('Cho em hỏi với ạ, đồng phục điều dưỡng theo thông tư nào vậy ạ?')).toContain('trang phuc dieu duong');
    expect(subjectOf('hotline tiếp nhận phản ánh')).toContain('duong day nong');
    expect(subjectOf('hộp thư góp ý')).toBe(subjectOf('hom thu gop y'));
  });

  it('takes the first kind word as the kind asked for: a plan that carries out a circular asks for a plan', () => {
    expect(parseQuestion('kế hoạch triển khai thông tư quy tắc ứng xử', lexicon).askedKind).toBe('kh');
    expect(parseQuestion('luật tiếp công dân', lexicon).askedKind).toBe('luat');
  });

  it('keeps how a word was typed when it was typed with diacritics', () => {
    const [first, second] = parseQuestion('nghỉ phép', lexicon).tokens;
    expect(first).toEqual({ token: 'nghi', form: 'nghỉ', clause: 0 });
    expect(second).toEqual({ token: 'phep', form: 'phép', clause: 0 });
    expect(parseQuestion('nghi phep', lexicon).tokens[0]).toEqual({ token: 'nghi', form: null, clause: 0 });
  });
});

describe('search tokens', () => {
  it('folds diacritics and writes spelling variants, Roman numerals and glued abbreviations one way', () => {
    expect(searchTokens('Nghị quyết Trung ương 4 khóa XII')).toEqual(['nghi', 'quyet', 'trung', 'uong', '4', 'khoa', '12']);
    expect(searchTokens('kỹ thuật, qui tắc')).toEqual(searchTokens('kĩ thuật, quy tắc'));
    expect(searchTokens('TW4')).toEqual(['tw', '4']);
  });
});

describe('chat words typed with diacritics', () => {
  it('are only the very words: "tài" is not "tại", "cơ" is not "có"; unaccented they may be either', () => {
    expect(lexicon.isStopWord('tai', 'tại')).toBe(true);
    expect(lexicon.isStopWord('tai', 'tài')).toBe(false);
    expect(lexicon.isStopWord('co', 'cơ')).toBe(false);
    expect(lexicon.isStopWord('co', null)).toBe(true);
    expect(lexicon.isStopWord('trang', null)).toBe(false);
  });

  it('do not take "luật" in "kỷ luật" for a law asked for, nor "cơ sở 2022" for document number 2022', () => {
    expect(parseQuestion('chỉ thị 26 kỷ luật kỷ cương', lexicon).askedKind).toBeNull();
    expect(parseQuestion('luật dân chủ ở cơ sở 2022', lexicon).refs).toEqual([]);
    expect(parseQuestion('văn bản số 2022', lexicon).refs).toMatchObject([{ number: '2022', form: 'numbered' }]);
  });
});
