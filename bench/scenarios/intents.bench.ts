import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createApp } from '../../src/app.js';
import { askJson } from '../../src/cli/lookup-json.js';
import { parseConfig } from '../../src/config.js';
import { fixedClock } from '../../src/core/clock.js';
import { classifyIntent } from '../../src/core/intents/classify.js';
import type { Intent, IntentValues } from '../../src/core/intents/intent.js';
import { createLogger } from '../../src/logger.js';
import { projectRoot } from '../../src/paths.js';
import { openBenchDatabase } from '../lookup/bench-database.js';

interface LabelledMessage {
  text: string;
  intent: Intent;
  expect?: IntentValues;
  tags: string[];
}

export const INTENT_SETS = ['intents-heldout.json', 'intents-heldout-2.json'] as const;

export async function intentMessages(name: string): Promise<LabelledMessage[]> {
  const file = path.join(projectRoot, 'tests', 'fixtures', name);
  return (JSON.parse(await readFile(file, 'utf8')) as { messages: LabelledMessage[] }).messages;
}

/** Right when the intent is the labelled one and every labelled value was read as labelled. */
export function valuesRight(expected: IntentValues | undefined, read: IntentValues): boolean {
  return Object.entries(expected ?? {}).every(([key, value]) => read[key as keyof IntentValues] === value);
}

/**
 * The intent classifier on the held-out messages (tests/fixtures/intents-heldout.json): accuracy (the intent
 * decided and every labelled value read; asking back counts as wrong), how often it asked back with the right
 * intent among the choices, and the documents given with confidence to a message that does not ask about
 * regulations (the text routed to the lookup, on the shipped catalogue).
 */
export async function intentsBenchmark(_options: { quick: boolean }) {
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
    const sets = await Promise.all(INTENT_SETS.map(async (name) => ({ name, messages: await intentMessages(name) })));
    const messages = sets.flatMap((set) => set.messages.map((message) => ({ ...message, set: set.name })));
    const rightBySet = new Map<string, number>();
    let right = 0;
    let asked = 0;
    let askedWithRight = 0;
    let confidentWrongDocuments = 0;
    const wrong: Array<{ set: string; text: string; expected: Intent; got: Intent | null; values: IntentValues }> = [];
    const started = performance.now();
    for (const message of messages) {
      const reading = classifyIntent(message.text);
      if (reading.intent === null) {
        asked += 1;
        if (reading.alternatives.includes(message.intent)) askedWithRight += 1;
      }
      const ok = reading.intent === message.intent && valuesRight(message.expect, reading.values);
      if (ok) {
        right += 1;
        rightBySet.set(message.set, (rightBySet.get(message.set) ?? 0) + 1);
      } else wrong.push({ set: message.set, text: message.text, expected: message.intent, got: reading.intent, values: reading.values });
      if (reading.intent === 'lookup' && message.intent !== 'lookup') {
        const { outcome } = await app.services.documentLookup.ask(message.text);
        if (askJson(message.text, outcome).answer !== null) confidentWrongDocuments += 1;
      }
    }
    const elapsedMs = performance.now() - started;
    const bySet = sets.map((set) => ({
      set: set.name,
      messages: set.messages.length,
      accuracy: Number(((rightBySet.get(set.name) ?? 0) / set.messages.length).toFixed(4)),
    }));
    process.stderr.write(`${JSON.stringify({ bySet, asked, askedWithRight, elapsedMs: Math.round(elapsedMs), wrong }, null, 1)}\n`);
    return {
      messages: messages.length,
      accuracy: Number((right / messages.length).toFixed(4)),
      confidentWrongDocuments,
    };
  } finally {
    await database.close();
  }
}
