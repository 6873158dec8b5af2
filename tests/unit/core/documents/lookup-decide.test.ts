import { beforeAll, describe, expect, it } from 'vitest';
import type { RegulationDocument } from '../../../../src/core/documents/document.js';
import { decide, type LookupOutcome } from '../../../../src/core/documents/lookup/decide.js';
import { createLexicon, type Lexicon, type LexiconData } from '../../../../src/core/documents/lookup/lexicon.js';
import { parseQuestion } from '../../../../src/core/documents/lookup/question.js';
import { buildLookupIndex, type LookupIndex } from '../../../../src/core/documents/lookup/text-index.js';
import type { Namesake } from '../../../../src/core/documents/namesake.js';
import { readDocumentCatalogue, readLexicon, readNamesakes } from '../../../../src/reference/document-catalogue.js';

let lexiconData: LexiconData;
let lexicon: Lexicon;
let catalogue: RegulationDocument[];
let namesakes: Namesake[];
let index: LookupIndex;

beforeAll(async () => {
  [lexiconData, catalogue, namesakes] = await Promise.all([readLexicon(), readDocumentCatalogue(), readNamesakes()]);
  lexicon = createLexicon(lexiconData);
  index = buildLookupIndex(catalogue, namesakes, lexicon);
});

const ask = (question: string, over = index): LookupOutcome => decide(parseQuestion(question, lexicon), over);
const answered = (outcome: LookupOutcome) => (outcome.kind === 'answer' ? outcome.answer.document.symbol : null);

describe('a number with its year and nothing else ("45/2015")', () => {
  it('answers the one document with that number and year, whatever its kind', () => {
    expect(answered(ask('45/2015'))).toBe('45/2015/TT-BYT');
    expect(answered(ask('văn bản 45/2015 là gì'))).toBe('45/2015/TT-BYT');
    expect(answered(ask('2151/2015'))).toBe('2151/QĐ-BYT');
  });

  it('asks back when several documents have that number and year', () => {
    const outcome = ask('12/2017');
    expect(outcome.kind).toBe('ambiguous');
    if (outcome.kind !== 'ambiguous') return;
    expect(outcome.options.map((o) => ('document' in o ? o.document.symbol : o.namesake.symbol)).sort()).toEqual([
      '12-CTr/TU',
      '12/CT-UBND',
    ]);
  });

  it('says so when no document has that year, offering the one with the number', () => {
    const outcome = ask('45/2018');
    expect(outcome).toMatchObject({ kind: 'unsure', missing: { label: '45/2018' } });
    if (outcome.kind === 'unsure') expect(outcome.candidates.map((c) => c.document.symbol)).toEqual(['45/2015/TT-BYT']);
  });
});

describe('a law asked for by its name', () => {
  it('is only a law of that name, not one whose summary mentions it', () => {
    for (const question of ['luật khiếu nại', 'luật khiếu nại năm 2011', 'luat to cao 2018'])
      expect(answered(ask(question)), question).toBeNull();
    // offered, not answered
    const outcome = ask('luật khiếu nại');
    expect(outcome.kind === 'unsure' && outcome.candidates.map((c) => c.document.symbol)).toContain('42/2013/QH13');
  });

  it('while the law of that name is answered, however its name is written', () => {
    for (const question of ['luật tiếp công dân', 'luat tiep dan', 'luật tiếp công dân năm 2013', 'luật dân chủ ở cơ sở 2022']) {
      expect(answered(ask(question)), question).not.toBeNull();
    }
  });
});

describe('a number with its issuer named in words', () => {
  it("is a near miss when the issuer is not the document's", () => {
    for (const question of ['thông tư 45 của bộ tài chính', 'thong tu 45 cua bo tai chinh', 'quyết định 2151 của thủ tướng']) {
      const outcome = ask(question);
      expect(outcome.kind, question).toBe('unsure');
      if (outcome.kind === 'unsure')
        expect(outcome.candidates.map((c) => c.document.symbol)[0]).toMatch(/^(45\/2015\/TT-BYT|2151\/QĐ-BYT)$/);
    }
  });

  it('and the document when it is', () => {
    expect(answered(ask('thông tư 45 của bộ y tế'))).toBe('45/2015/TT-BYT');
    expect(answered(ask('thông tư 01/2016 của bộ nội vụ'))).toBe('01/2016/TT-BNV');
    expect(answered(ask('chỉ thị 26 của thủ tướng chính phủ'))).toBe('26/CT-TTg');
  });
});

describe('a document named by its number, with words after it', () => {
  it('is the document asked about, whatever kind word follows', () => {
    expect(answered(ask('thông tư 01/2016/TT-BNV hướng dẫn gì'))).toBe('01/2016/TT-BNV');
    expect(answered(ask('nghị định 61/2018 hướng dẫn thế nào về một cửa'))).toBe('61/2018/NĐ-CP');
    // a kind word before it still asks for another document
    expect(answered(ask('thông tư hướng dẫn nghị định 61 về một cửa'))).toBe('01/2018/TT-VPCP');
  });
});

describe('a question about people or a sector a document is not about', () => {
  it("gets no confident answer from the health sector's rule that fits its other words", () => {
    for (const question of [
      'quy tắc ứng xử của giáo viên',
      'trang phục học sinh',
      'đường dây nóng điện lực',
      'quy tắc ứng xử của công chức thuế',
      'dong phuc nhan vien ngan hang',
    ]) {
      expect(answered(ask(question)), question).toBeNull();
    }
  });

  it("counts the people's committee as a workplace outside the health sector", () => {
    expect(answered(ask('đeo bảng tên khi làm việc ở ủy ban'))).toBeNull();
    expect(answered(ask('tiếp công dân tại ủy ban xã'))).toBe('42/2013/QH13');
  });

  it('while the same words about health staff are answered', () => {
    expect(answered(ask('quy tắc ứng xử của điều dưỡng'))).toBe('07/2014/TT-BYT');
    expect(answered(ask('trang phục điều dưỡng'))).toBe('45/2015/TT-BYT');
    expect(answered(ask('đường dây nóng bệnh viện'))).toBe('09/CT-BYT');
  });

  it("is read from the documents' own texts: a document that names the sector answers for it", () => {
    const schoolUniforms: RegulationDocument = {
      ...catalogue.find((d) => d.symbol === '45/2015/TT-BYT')!,
      symbol: '26/2009/TT-BGDĐT',
      issuer: 'Bộ Giáo dục và Đào tạo',
      title: 'Quy định về trang phục của học sinh, giáo viên trong nhà trường',
      summary: null,
      keywords: [],
      aliases: [],
    };
    const withSchools = buildLookupIndex([...catalogue, schoolUniforms], namesakes, lexicon);
    expect(answered(ask('trang phục học sinh', withSchools))).toBe('26/2009/TT-BGDĐT');
    expect(answered(ask('trang phục điều dưỡng', withSchools))).toBe('45/2015/TT-BYT');
  });

  it('also when the people are in no list: whoever follows "của" and no document names', () => {
    expect(answered(ask('quy tắc ứng xử của thủ thư'))).toBeNull();
    expect(answered(ask('đồng phục của tiếp viên'))).toBeNull();
  });

  it('reads a sector word with the diacritics it was typed with: "thuê" (to rent) is not "thuế" (tax)', () => {
    const sectorsOf = (text: string) => lexicon.sectorsIn(parseQuestion(text, lexicon).tokens);
    const tax = lexiconData.sectors.findIndex((group) => group.includes('thuế'));
    expect(sectorsOf('công chức thuế')).toEqual([tax]);
    expect(sectorsOf('cong chuc thue')).toEqual([tax]);
    expect(sectorsOf('thuê xe')).toEqual([]);
  });
});

describe('a word the catalogue never uses', () => {
  it('is not matched through its syllables in other words ("giáo viên" against "giao tiếp", "viên chức")', () => {
    const coverage = (question: string, symbol: string) =>
      index.rank(parseQuestion(question, lexicon).tokens).matches.find((m) => m.entry.symbol === symbol)!.coverage;
    // below what an answer needs, sectors aside
    expect(coverage('quy tắc ứng xử của giáo viên', '07/2014/TT-BYT')).toBeLessThan(0.7);
    expect(coverage('đường dây nóng điện lực', '09/CT-BYT')).toBeLessThan(0.7);
    expect(coverage('quy tắc ứng xử của điều dưỡng', '07/2014/TT-BYT')).toBeGreaterThan(0.9);
  });
});

describe('the subject of a question, as a reader takes it', () => {
  const candidates = (outcome: LookupOutcome) => (outcome.kind === 'unsure' ? outcome.candidates.map((c) => c.document.symbol) : []);

  it('is X in "X của Y": a document with nothing of X is not the answer, however well it fits Y', () => {
    // the survey forms for inpatients have none of the clothes
    const outcome = ask('quy dinh ve quan ao cua nguoi benh noi tru');
    expect(answered(outcome)).not.toBe('3869/QĐ-BYT');
    expect(answered(outcome) ?? candidates(outcome)).toContain('45/2015/TT-BYT');
  });

  it('is the decree when a decree is asked for, not the circular guiding it whose title names its subject', () => {
    expect(answered(ask('nghị định về cơ chế một cửa năm 2018'))).toBe('61/2018/NĐ-CP');
    expect(answered(ask('nghị định về thực hiện dân chủ trong cơ quan hành chính nhà nước năm 2015'))).toBe('04/2015/NĐ-CP');
  });

  it('is the document whose whole title it names, against one whose title says more', () => {
    expect(answered(ask('kế hoạch cải cách hành chính tỉnh khánh hòa năm 2019'))).toBe('4089/QĐ-UBND');
  });

  it('is the amended document before its amendment, whose title repeats the subject', () => {
    const outcome = ask('chương trình tổng thể cải cách hành chính giai đoạn 2011 2020');
    expect(answered(outcome)).toBe('30c/NQ-CP');
    if (outcome.kind === 'answer') expect(outcome.together.map((t) => t.document.symbol)).toContain('76/NQ-CP');
  });

  it('is not challenged by a document that mentions it only in passing, nor by one that no longer applies', () => {
    // the code of conduct mentions the hotline in its summary; the decree on democracy was replaced
    expect(answered(ask('đường dây nóng có phải trực cả đêm không'))).toBe('09/CT-BYT');
    expect(answered(ask('03 trường hợp nào được từ chối tiếp công dân'))).toBe('42/2013/QH13');
  });
});
