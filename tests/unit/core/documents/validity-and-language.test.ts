import { beforeAll, describe, expect, it } from 'vitest';
import type { RegulationDocument } from '../../../../src/core/documents/document.js';
import { detectLanguage } from '../../../../src/core/documents/lookup/language.js';
import { createLexicon } from '../../../../src/core/documents/lookup/lexicon.js';
import { buildLookupIndex } from '../../../../src/core/documents/lookup/text-index.js';
import { assessValidity, isPartyDocument } from '../../../../src/core/documents/validity.js';
import { readDocumentCatalogue, readLexicon } from '../../../../src/reference/document-catalogue.js';

let catalogue: Map<string, RegulationDocument>;
let vocabulary: { vi: Set<string>; en: Set<string> };
let isChatWord: (word: string) => boolean;

beforeAll(async () => {
  const documents = await readDocumentCatalogue();
  catalogue = new Map(documents.map((doc) => [doc.symbol, doc]));
  const lexicon = createLexicon(await readLexicon());
  isChatWord = (word) => lexicon.isStopWord(word);
  const en = new Set<string>();
  for (const doc of documents)
    for (const text of [doc.titleEn, doc.summaryEn, ...doc.keywordsEn])
      for (const w of (text ?? '').toLowerCase().match(/[a-z]+/g) ?? []) en.add(w);
  vocabulary = { vi: new Set(buildLookupIndex(documents, [], lexicon).vocabulary), en };
});

const assess = (symbol: string) => assessValidity(catalogue.get(symbol)!, (s) => catalogue.get(s));

describe('validity, reasoned along relations', () => {
  it('says what the research found about the document itself', () => {
    expect(assess('07/2014/TT-BYT')).toMatchObject({ state: 'in_force', basis: 'source', source: 'vietjack.me', since: '2014-05-01' });
    expect(assess('09/CT-BYT')).toMatchObject({ state: 'no-repeal-found', basis: 'searched', party: false });
    expect(assess('4448/QĐ-BYT')).toMatchObject({ state: 'unverified' });
    expect(assess('04/2015/NĐ-CP')).toMatchObject({ state: 'repealed', repealedBy: { symbol: '285/2025/NĐ-CP' } });
    expect(assess('61/2018/NĐ-CP')).toMatchObject({ state: 'replaced', replacedBy: { symbol: '118/2025/NĐ-CP' } });
  });

  it('a guide of a repealed decree may no longer apply; a circular resting on it keeps its status with a caveat', () => {
    expect(assess('01/2016/TT-BNV')).toMatchObject({
      state: 'may-not-apply',
      parent: { relation: 'guides', symbol: '04/2015/NĐ-CP', fate: 'repealed', carriedBy: ['10/2022/QH15', '59/2023/NĐ-CP'] },
    });
    expect(assess('01/2018/TT-VPCP')).toMatchObject({
      state: 'may-not-apply',
      parent: { fate: 'replaced', carriedBy: ['118/2025/NĐ-CP'] },
    });
    expect(assess('05/2021/TT-BYT')).toMatchObject({ state: 'in_force', parent: { relation: 'based_on', symbol: '04/2015/NĐ-CP' } });
  });

  it('tells Party documents by their symbol or issuer', () => {
    expect(isPartyDocument({ symbol: '05-CT/TW', issuer: 'Bộ Chính trị' })).toBe(true);
    expect(isPartyDocument({ symbol: '17-CT/BCSĐ', issuer: 'Ban Cán sự Đảng Bộ Y tế (Bí thư)' })).toBe(true);
    expect(isPartyDocument({ symbol: '11-CTr/TU', issuer: 'Ban Thường vụ Tỉnh ủy Đắk Nông' })).toBe(true);
    expect(isPartyDocument({ symbol: '09/CT-BYT', issuer: 'Bộ Y tế (Bộ trưởng)' })).toBe(false);
    expect(assess('205-QĐ/TW')).toMatchObject({ state: 'replaced', party: true });
    expect(assess('35-CT/TW')).toMatchObject({ state: 'expired', party: true, successors: [{ symbol: '45-CT/TW', role: 'next' }] });
  });
});

describe('the language of a question', () => {
  it('is English for English words, Vietnamese with or without diacritics, teencode and symbols alone', () => {
    const language = (text: string) => detectLanguage(text, vocabulary, isChatWord);
    for (const text of [
      'Which circular sets the rules for medical uniforms?',
      'is decree 61/2018 still valid',
      'Decree 04/2015/NĐ-CP',
      'hello bot, what is the rule on hospital uniforms?',
      // words no Vietnamese syllables spell, though neither side of the catalogue has them
      'thanks a lot!',
      'essential medicines list',
    ])
      expect(language(text), text).toBe('en');
    for (const text of [
      'thông tư nào quy định về trang phục y tế',
      'trang phuc y te',
      'hotline bv theo ct nao',
      'mn cho e hỏi tt trang phục yte vs ạ',
      'TT25 BYT',
      '45/TT-BYT',
      'homthu gop y',
      'trangphuc yte',
    ])
      expect(language(text), text).toBe('vi');
  });
});
