import { isSafeNumber, parse } from 'lossless-json';
import { jsonDepth, storableCopy } from '../../http/server.js';

/**
 * JSON as Zalo sends it, with every number that a double cannot hold exactly kept as its text. Zalo's ids are
 * strings in its examples but typed "long" in its tables (getoa's oa_id): an id of 19 digits read as a number
 * would come back with other last digits, and the bot would not recognise its own OA or a person again.
 * Throws on text that is not JSON (and on a key given twice with two values, which no Zalo payload does).
 */
export function parseZaloJson(text: string): unknown {
  return parse(text, null, (value) => (isSafeNumber(value) ? Number(value) : value));
}

/** An id Zalo sent as a string or as a number (already kept as text when beyond a double's precision). */
export const idText = (value: unknown): string | null =>
  typeof value === 'string' && value.length > 0 ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : null;

// A platform's event nests a dozen levels at most; deeper is not one (and would overflow whatever walks it later).
const MAX_DEPTH = 64;

/**
 * A webhook body from Zalo as JSON: long ids kept as text, what PostgreSQL cannot store made storable (NUL
 * dropped, half a surrogate pair replaced), nesting deeper than any event refused. Undefined when it is not JSON.
 */
export function readZaloBody(body: Buffer): unknown {
  const text = body.toString('utf8');
  if (jsonDepth(text) > MAX_DEPTH) return undefined;
  try {
    return storableCopy(parseZaloJson(text));
  } catch {
    return undefined;
  }
}
