import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocumentCatalogue, seedReferenceData, seedReferenceDataOnce } from '../../src/reference/document-catalogue.js';
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

describe('the catalogue at a start of the embedded database, with the stamp beside it', () => {
  it('compares once, then skips while neither the shipped files nor the documents changed, and compares again when they did', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tda-stamp-'));
    const stamp = path.join(dir, 'reference-data.json');
    try {
      const store = t.app.store;
      const shipped = new Map((await readDocumentCatalogue()).map((doc) => [doc.symbol, doc]));
      const hotline = shipped.get('09/CT-BYT')!;
      // no stamp yet: the comparison runs (nothing to write) and the stamp records the outcome
      expect(await seedReferenceDataOnce(store, stamp)).toEqual([]);
      expect(JSON.parse(await readFile(stamp, 'utf8'))).toEqual({
        shipped: expect.stringMatching(/^[0-9a-f]{64}$/),
        documents: await store.documents.fingerprint(),
      });

      // a document written since (an older catalogue's content): the fingerprint moved, so it compares and restores it
      await store.documents.upsertMany([{ ...hotline, validity: null, provisions: [] }], 'catalogue');
      expect(await seedReferenceDataOnce(store, stamp)).toEqual(['09/CT-BYT']);
      expect((await store.documents.findBySymbols(['09/CT-BYT']))[0]).toEqual(hotline);

      // the stamp matches: no comparison at all. Shown by a change made behind the fingerprint's back (its time put
      // back), which only a comparison would see: skipped with the stamp, found without it.
      const fingerprint = await store.documents.fingerprint();
      await t.db.db.execute(
        sql`update documents set provisions = '[]'::jsonb, updated_at = (select max(updated_at) from documents) where symbol = '09/CT-BYT'`,
      );
      expect(await store.documents.fingerprint()).toBe(fingerprint);
      expect(await seedReferenceDataOnce(store, stamp)).toEqual([]);
      expect(await seedReferenceDataOnce(store, null)).toEqual(['09/CT-BYT']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
