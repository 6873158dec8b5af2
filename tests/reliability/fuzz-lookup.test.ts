import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { askJson, replacedByJson } from '../../src/cli/lookup-json.js';
import { lookupReply } from '../../src/chat/format/lookup-reply.js';
import type { RegulationDocument } from '../../src/core/documents/document.js';
import { isLocalDate } from '../../src/core/dates/local-date.js';
import { projectRoot } from '../../src/paths.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { adversarialText, fragment, hugeText } from './support/fuzz-arbitraries.js';

/*
 * Issue 9, part 5: the document lookup behind /tracuu and `cli ask --json`, on the shipped catalogue in a
 * PostgreSQL database. Whatever the question — a real one with junk spliced in, a made-up document
 * number, adversarial text — it never throws, the JSON matches the CLI contract
 * {"query", "answer": Doc | null, "candidates": Doc[]}, and every document in it is one of the catalogue's,
 * as the catalogue has it. The chat's wording of the same outcome is produced too, and stays short.
 */

const doc = z.strictObject({
  symbol: z.string().min(1),
  type: z.string().min(1),
  title: z.string().min(1),
  issued: z.string().refine(isLocalDate, 'not a calendar date').nullable(),
  status: z.enum(['in_force', 'replaced', 'expired', 'unknown']),
  replacedBy: z.string().min(1).nullable(),
  score: z.number().min(0).max(1),
});
const askContract = z.strictObject({ query: z.string(), answer: doc.nullable(), candidates: z.array(doc) });

const questions = (
  JSON.parse(readFileSync(path.join(projectRoot, 'tests/fixtures/lookup-questions.json'), 'utf8')) as { questions: Array<{ q: string }> }
).questions.map((question) => question.q);

let t: TestApp;
let catalogue: Map<string, RegulationDocument>;

beforeAll(async () => {
  t = await startTestApp({ demo: false });
  catalogue = new Map((await t.app.store.documents.listAll()).map((document) => [document.symbol, document]));
  expect(catalogue.size).toBeGreaterThan(10);
});
afterAll(() => t?.close());

const symbolLike = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 1900, max: 2100 }),
      fc.constantFrom('TT-BYT', 'NĐ-CP', 'QĐ-BYT', 'CT-TTg', 'nd-cp', 'TT', 'KH-SYT', 'QĐ/BYT', ''),
    )
    .map(([n, y, kind]) => `${n}/${y}/${kind}`),
  fc
    .tuple(fc.constantFrom('thông tư', 'nghị định', 'quyết định', 'chỉ thị', 'tt', 'nd', 'qd', 'luật'), fc.integer({ min: 0, max: 99999 }))
    .map(([kind, n]) => `${kind} ${n}`),
  fc.constantFrom('45/2015/TT-BYT', '45/2015', '45', '07/2014/TT-BYT', '2151/QĐ-BYT', '/', '//', '0/0/0', 'TT-BYT', '-1/2015/TT-BYT'),
);
const spliced = fc.tuple(fc.constantFrom(...questions), fragment, fc.nat()).map(([question, junk, at]) => {
  const cut = at % (question.length + 1);
  return `${question.slice(0, cut)}${junk}${question.slice(cut)}`;
});
const query = fc.oneof(
  { weight: 3, arbitrary: spliced },
  { weight: 2, arbitrary: symbolLike },
  { weight: 2, arbitrary: adversarialText },
  { weight: 1, arbitrary: fc.tuple(symbolLike, adversarialText).map(([a, b]) => `${b} ${a} ${b}`) },
  { weight: 1, arbitrary: hugeText.map((text) => text.slice(0, 4096)) },
);

async function check(question: string) {
  const { outcome, language } = await t.app.services.documentLookup.ask(question);
  const json = JSON.parse(JSON.stringify(askJson(question, outcome))) as unknown;
  const parsed = askContract.safeParse(json);
  if (!parsed.success) throw new Error(`${JSON.stringify(json).slice(0, 400)}: ${parsed.error.message}`);
  expect(parsed.data.query).toBe(question);
  for (const shown of [...(parsed.data.answer ? [parsed.data.answer] : []), ...parsed.data.candidates]) {
    const known = catalogue.get(shown.symbol);
    expect(known, `${shown.symbol} is not in the catalogue`).toBeDefined();
    expect({ type: shown.type, title: shown.title, issued: shown.issued, status: shown.status, replacedBy: shown.replacedBy }).toEqual({
      type: known!.type,
      title: known!.title,
      issued: known!.issuedOn,
      status: known!.status,
      replacedBy: replacedByJson(known!),
    });
  }
  const symbols = parsed.data.candidates.map((candidate) => candidate.symbol);
  expect(new Set(symbols).size).toBe(symbols.length);
  // the chat's answer to the same outcome: words, not a key or a placeholder, and short enough to read
  const locale = language === 'en' ? 'en' : 'vi';
  const reply = lookupReply(t.app.i18n.translator(locale), outcome, { locale, today: '2026-11-23' });
  expect(reply.length).toBeGreaterThan(0);
  expect(reply.length).toBeLessThanOrEqual(4096);
  expect(reply).not.toMatch(/\{\s*\$|^lookup-/m);
}

describe('document lookup', () => {
  it('answers any question with the contract’s JSON and catalogue documents only', async () => {
    await fc.assert(fc.asyncProperty(query, check), { numRuns: 300 });
  });

  it('still answers the real questions confidently (the fuzzing did not test a lookup that answers nothing)', async () => {
    await check('thông tư nào quy định về trang phục y tế?');
    const { outcome } = await t.app.services.documentLookup.ask('thông tư nào quy định về trang phục y tế?');
    expect(askJson('q', outcome).answer?.symbol).toBe('45/2015/TT-BYT');
  });
});
