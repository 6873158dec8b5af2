import { createApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { fixedClock } from '../../src/core/clock.js';
import { createLogger } from '../../src/logger.js';
import { openBenchDatabase } from '../lookup/bench-database.js';
import { evaluationQuestions, percentile, round } from '../lookup/evaluation.js';
import { syntheticCatalogue } from '../lookup/synthetic-catalogue.js';

const SYNTHETIC_DOCUMENTS = 10_000;

/**
 * Latency of a lookup (`/tracuu`, `cli ask`: the catalogue's fingerprint query, parsing, ranking and the
 * decision) for the questions of the public evaluation set, over the shipped catalogue and then over a
 * synthetic one of 10 000 more documents, on the configured database (PostgreSQL with DATABASE_URL, in a
 * throwaway database; otherwise PGlite). The index is rebuilt after the import, outside the timing.
 */
export async function lookupBenchmark({ quick }: { quick: boolean }) {
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
    const questions = (await evaluationQuestions()).map((q) => q.q);
    const rounds = quick ? 2 : 10;
    // one unmeasured round first: steady-state latency is what a running bot sees
    const measure = async () => {
      const samples: number[] = [];
      for (let round = -1; round < rounds; round += 1) {
        for (const question of questions) {
          const started = performance.now();
          await app.services.documentLookup.ask(question);
          if (round >= 0) samples.push(performance.now() - started);
        }
      }
      return samples;
    };

    const documents = await app.store.documents.count();
    await app.services.documentLookup.ask('khởi động');
    const real = await measure();

    await app.store.documents.upsertMany(syntheticCatalogue(SYNTHETIC_DOCUMENTS));
    const buildStarted = performance.now();
    await app.services.documentLookup.ask('khởi động');
    const buildMs = performance.now() - buildStarted;
    const large = await measure();

    process.stderr.write(
      `${JSON.stringify({
        driver: app.database.driver,
        questions: questions.length,
        rounds,
        catalogue: {
          documents,
          p50Ms: round(percentile(real, 50)),
          p95Ms: round(percentile(real, 95)),
          p99Ms: round(percentile(real, 99)),
        },
        at10k: {
          documents: documents + SYNTHETIC_DOCUMENTS,
          indexBuildMs: round(buildMs),
          p50Ms: round(percentile(large, 50)),
          p95Ms: round(percentile(large, 95)),
          p99Ms: round(percentile(large, 99)),
        },
      })}\n`,
    );
    return { documents, p95Ms: round(percentile(real, 95)), p95MsAt10k: round(percentile(large, 95)) };
  } finally {
    // closes the app's database too, and drops it on PostgreSQL
    await database.close();
  }
}
