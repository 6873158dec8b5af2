import { loadCorpus, measureRedaction } from '../../tests/support/redaction-corpus.js';

/**
 * How well the group view hides people and places: recall of the personal data marked in the corpus of
 * complaint texts (tests/fixtures/redaction-corpus.txt) and the share of non-personal capitalised words hidden
 * with it, with the time per text.
 */
export async function redactionBenchmark({ quick }: { quick: boolean }) {
  const corpus = loadCorpus();
  const rounds = quick ? 5 : 50;
  const started = performance.now();
  let measure = measureRedaction(corpus);
  for (let round = 1; round < rounds; round += 1) measure = measureRedaction(corpus);
  const msPerText = (performance.now() - started) / (rounds * corpus.length);
  return {
    texts: measure.texts,
    personalSpans: measure.personalSpans,
    hiddenSpans: measure.hiddenSpans,
    recall: Number(measure.recall.toFixed(4)),
    capitalizedWords: measure.capitalizedWords,
    capitalizedRedacted: measure.capitalizedRedacted,
    overRedaction: Number(measure.overRedaction.toFixed(4)),
    msPerText: Number(msPerText.toFixed(3)),
    misses: measure.misses.map((miss) => `${miss.line}: ${miss.span}`),
    overs: measure.overs.map((over) => `${over.line}: ${over.word}`),
  };
}
