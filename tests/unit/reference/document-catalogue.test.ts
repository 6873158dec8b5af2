import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../../src/core/text/vietnamese.js';
import { readDocumentCatalogue, readLexicon, readNamesakes } from '../../../src/reference/document-catalogue.js';

const ABBREVIATION = /^(TT|QĐ|QD|CT|NĐ|ND|KH|KL|NQ|HD|CTr)\s?\d/;

describe('the shipped catalogue', () => {
  it('has a Vietnamese summary and everyday words for every document', async () => {
    const documents = await readDocumentCatalogue();
    expect(documents).toHaveLength(58);
    for (const doc of documents) {
      expect(doc.summary?.length ?? 0, doc.symbol).toBeGreaterThan(50);
      expect(doc.keywords.length, doc.symbol).toBeGreaterThanOrEqual(4);
    }
  });

  it('gives every health-sector document words without diacritics and an abbreviated number', async () => {
    const health = (await readDocumentCatalogue()).filter((doc) => /y tế/i.test(doc.issuer));
    expect(health.length).toBeGreaterThanOrEqual(15);
    for (const doc of health) {
      expect(
        doc.keywords.some((k) => !ABBREVIATION.test(k) && foldVietnamese(k) === k.toLowerCase()),
        doc.symbol,
      ).toBe(true);
      expect(
        doc.keywords.some((k) => ABBREVIATION.test(k)),
        doc.symbol,
      ).toBe(true);
    }
  });

  it('keeps the symbols the plans cite as aliases, and the dated replacement of 30c/NQ-CP', async () => {
    const bySymbol = new Map((await readDocumentCatalogue()).map((doc) => [doc.symbol, doc]));
    expect(bySymbol.get('07/2014/TT-BYT')?.aliases).toEqual(['07/2013/TT-BYT']);
    // "2151-QĐ/BYT" is the same symbol with its separators swapped: symbols are compared by their parts
    expect(bySymbol.get('2151/QĐ-BYT')?.aliases).toEqual(['2151/2015/QĐ-BYT']);
    expect(bySymbol.get('20/2008/NĐ-CP')?.aliases).toEqual(['20/2018/NĐ-CP']);
    expect(bySymbol.get('30c/NQ-CP')).toMatchObject({ status: 'replaced', replacedBy: '76/NQ-CP', replacedByIssuedOn: '2021-07-15' });
  });

  it('says how the status of every document is known, and says it in English too', async () => {
    const documents = await readDocumentCatalogue();
    for (const doc of documents) {
      expect(doc.validity, doc.symbol).not.toBeNull();
      expect(doc.titleEn?.length ?? 0, doc.symbol).toBeGreaterThan(5);
      expect(doc.issuerEn, doc.symbol).toBeTruthy();
      expect(doc.summaryEn?.length ?? 0, doc.symbol).toBeGreaterThan(30);
      expect(doc.keywordsEn.length, doc.symbol).toBeGreaterThanOrEqual(2);
      // the summary says what it says; whether it still applies is the validity's to say
      expect(doc.summary, doc.symbol).not.toMatch(/thay thế|hết giai đoạn|đã xong|nay được/i);
    }
    // "chưa xác minh được" only where nothing at all was found
    const unverified = documents.filter((doc) => doc.validity?.basis === 'none').map((doc) => doc.symbol);
    expect(unverified.length).toBeLessThanOrEqual(10);
    expect(unverified).not.toContain('09/CT-BYT');
    const bySymbol = new Map(documents.map((doc) => [doc.symbol, doc]));
    // the research's correction: the decree was repealed by another decree; the law carries its subject
    expect(bySymbol.get('04/2015/NĐ-CP')).toMatchObject({
      status: 'expired',
      validity: { repealedBy: { symbol: '285/2025/NĐ-CP', date: '2025-11-03' } },
    });
    expect(bySymbol.get('01/2016/TT-BNV')?.relations).toEqual([{ kind: 'guides', symbol: '04/2015/NĐ-CP' }]);
  });

  it("gives the health sector's documents their key provisions, with the article where the sources name it", async () => {
    const health = (await readDocumentCatalogue()).filter((doc) => /^Bộ Y tế/.test(doc.issuer));
    // a scheme, an umbrella plan: nothing in the sources beyond their title
    const without = health.filter((doc) => doc.provisions.length === 0).map((doc) => doc.symbol);
    expect(without.sort()).toEqual(['1510/KH-BYT', '4448/QĐ-BYT']);
    for (const doc of health) for (const provision of doc.provisions) expect(provision.en, doc.symbol).toBeTruthy();
    expect(health.find((doc) => doc.symbol === '05/2021/TT-BYT')?.provisions.map((p) => p.at?.article)).toEqual([4, 6, 8, 10, 12]);
  });

  it('reads its namesakes and lexicon', async () => {
    const namesakes = await readNamesakes();
    expect(namesakes.map((n) => `${n.symbol} ${n.issuedOn?.slice(0, 4) ?? ''}`)).toContain('16/CT-TTg 2020');
    const lexicon = await readLexicon();
    expect(lexicon.synonyms.some((group) => group.includes('đồng phục'))).toBe(true);
  });
});
