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

  it('reads its namesakes and lexicon', async () => {
    const namesakes = await readNamesakes();
    expect(namesakes.map((n) => `${n.symbol} ${n.issuedOn?.slice(0, 4) ?? ''}`)).toContain('16/CT-TTg 2020');
    const lexicon = await readLexicon();
    expect(lexicon.synonyms.some((group) => group.includes('đồng phục'))).toBe(true);
  });
});
