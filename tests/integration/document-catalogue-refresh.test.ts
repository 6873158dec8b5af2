import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocumentCatalogue, seedReferenceData } from '../../src/reference/document-catalogue.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ demo: false });
});
afterAll(() => t.close());

describe('the shipped catalogue in a database loaded by an older version', () => {
  it('updates the documents an older catalogue wrote, keeps what an import changed, and writes nothing twice', async () => {
    const shipped = new Map((await readDocumentCatalogue()).map((doc) => [doc.symbol, doc]));
    const store = t.app.store;
    // at start the shipped catalogue is there, whole, and a second start changes nothing
    expect(await store.documents.count()).toBe(shipped.size);
    expect(await seedReferenceData(store)).toEqual([]);

    // an older catalogue said it could not verify the hotline directive; an administrator imported news about uniforms
    const hotline = shipped.get('09/CT-BYT')!;
    const uniforms = shipped.get('45/2015/TT-BYT')!;
    await store.documents.upsertMany([{ ...hotline, validity: null, provisions: [] }], 'catalogue');
    await store.documents.upsertMany([{ ...uniforms, status: 'replaced', replacedBy: '20/2026/TT-BYT', validity: null }], 'import');

    expect(await seedReferenceData(store)).toEqual(['09/CT-BYT']);
    const [after] = await store.documents.findBySymbols(['09/CT-BYT']);
    expect(after).toEqual(hotline);
    const [kept] = await store.documents.findBySymbols(['45/2015/TT-BYT']);
    expect(kept).toMatchObject({ status: 'replaced', replacedBy: '20/2026/TT-BYT' });
    expect(await seedReferenceData(store)).toEqual([]);
  });
});
