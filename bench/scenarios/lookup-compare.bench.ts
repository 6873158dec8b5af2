import { askJson } from '../../src/cli/lookup-json.js';
import { createApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { fixedClock } from '../../src/core/clock.js';
import type { LookupOutcome } from '../../src/core/documents/lookup/decide.js';
import { createLexicon } from '../../src/core/documents/lookup/lexicon.js';
import { buildLookupIndex } from '../../src/core/documents/lookup/text-index.js';
import { createLogger } from '../../src/logger.js';
import { readLexicon, readNamesakes } from '../../src/reference/document-catalogue.js';
import { openBenchDatabase } from '../lookup/bench-database.js';
import { type EvaluationQuestion, evaluationQuestions, isRight, percentile, round } from '../lookup/evaluation.js';
import { createPgRanker } from '../lookup/pg-ranker.js';
import { syntheticCatalogue } from '../lookup/synthetic-catalogue.js';

type Ask = (question: string) => Promise<LookupOutcome>;

async function accuracy(ask: Ask, questions: EvaluationQuestion[]) {
  let right = 0;
  let confidentOnNone = 0;
  for (const question of questions) {
    const json = askJson(question.q, await ask(question.q));
    if (
      isRight(
        question,
        json.answer?.symbol ?? null,
        json.candidates.map((c) => c.symbol),
      )
    )
      right += 1;
    if (question.expect === null && json.answer) confidentOnNone += 1;
  }
  return { accuracy: Number((right / questions.length).toFixed(3)), confidentOnNone };
}

async function latency(ask: Ask, questions: EvaluationQuestion[], rounds: number) {
  const samples: number[] = [];
  for (let r = -1; r < rounds; r += 1) {
    for (const question of questions) {
      const started = performance.now();
      await ask(question.q);
      if (r >= 0) samples.push(performance.now() - started);
    }
  }
  return round(percentile(samples, 95));
}

/**
 * The in-process ranker (shipped) against ranking in PostgreSQL (unaccent + pg_trgm + full-text search,
 * bench/lookup/pg-ranker.ts), both with the same question parser, synonyms and decision: accuracy on the
 * public evaluation set, and p95 latency over the shipped catalogue and over 10 000 more documents.
 */
export async function lookupCompareBenchmark({ quick }: { quick: boolean }) {
  const database = await openBenchDatabase();
  const parsed = parseConfig({});
  if (!parsed.ok) throw new Error('bad configuration');
  const app = await createApp({
    config: parsed.config,
    logger: createLogger('silent'),
    clock: fixedClock('2026-11-23T09:00:00+07:00'),
    database: database.handle,
  });
  try {
    const questions = await evaluationQuestions();
    const rounds = quick ? 1 : 5;
    const lexicon = createLexicon(await readLexicon());
    const namesakes = await readNamesakes();
    const inProcess: Ask = async (q) => (await app.services.documentLookup.ask(q)).outcome;

    let pg = await createPgRanker(app.database.db, buildLookupIndex(await app.store.documents.listAll(), namesakes, lexicon), lexicon);
    const results = {
      inProcess: { ...(await accuracy(inProcess, questions)), p95Ms: await latency(inProcess, questions, rounds), p95MsAt10k: 0 },
      postgres: { ...(await accuracy(pg.ask, questions)), p95Ms: await latency(pg.ask, questions, rounds), p95MsAt10k: 0 },
    };

    await app.store.documents.upsertMany(syntheticCatalogue(10_000));
    pg = await createPgRanker(app.database.db, buildLookupIndex(await app.store.documents.listAll(), namesakes, lexicon), lexicon);
    results.inProcess.p95MsAt10k = await latency(inProcess, questions, rounds);
    results.postgres.p95MsAt10k = await latency(pg.ask, questions, rounds);

    const kept =
      results.inProcess.accuracy >= results.postgres.accuracy && results.inProcess.p95MsAt10k <= results.postgres.p95MsAt10k
        ? 'in-process'
        : 'see numbers';
    return { driver: app.database.driver, questions: questions.length, ...results, kept };
  } finally {
    await database.close();
  }
}
