import fc from 'fast-check';
import { mutated } from './fuzz-json.js';

/**
 * Raw webhook bodies as bytes, built from a realistic payload of the platform: cut short, mutated (wrong
 * types, missing or extra fields), nested thousands of levels deep, with numbers beyond what a double holds,
 * with a key given twice, with bytes that are not UTF-8 — or plain random bytes. Each case says how it was
 * made, so that a failure reads as what was sent.
 */
export interface RawBody {
  how: string;
  bytes: Buffer;
}

const json = (value: unknown) => JSON.stringify(value) ?? 'undefined';
// Deep enough to break a recursive walk (JSON.stringify overflows its stack near 10 000 object levels), small
// enough to stay far under the 1 MB limit.
const DEPTHS = [1, 64, 65, 1000, 10_000, 100_000];

/** Puts `inner` in place of the payload's first value after `"key":` (or appends it as a new field). */
function replaceFirstValue(text: string, key: string, inner: string): string {
  const at = text.indexOf(`"${key}":`);
  if (at < 0) return text.replace(/^\{/, `{"${key}":${inner},`);
  const start = at + key.length + 3;
  // the value ends at the next comma or closing brace of the same object, good enough for the leaf values targeted here
  const end = text.slice(start).search(/[,}]/);
  return `${text.slice(0, start)}${inner}${end < 0 ? '' : text.slice(start + end)}`;
}

export function rawBodies(realistic: fc.Arbitrary<unknown>, keys: readonly string[]): fc.Arbitrary<RawBody> {
  const text = realistic.map(json);
  return fc.oneof(
    { arbitrary: text.map((body) => ({ how: 'realistic', bytes: Buffer.from(body) })), weight: 2 },
    {
      arbitrary: fc
        .tuple(text, fc.nat())
        .map(([body, cut]) => ({ how: `cut at ${cut % body.length}`, bytes: Buffer.from(body.slice(0, cut % body.length)) })),
      weight: 3,
    },
    { arbitrary: mutated(realistic).map((value) => ({ how: 'mutated', bytes: Buffer.from(json(value)) })), weight: 4 },
    {
      arbitrary: fc
        .tuple(text, fc.constantFrom(...keys), fc.constantFrom(...DEPTHS), fc.constantFrom('[', '{"a":'))
        .map(([body, key, depth, open]) => {
          const close = open === '[' ? ']' : '}';
          const nested = `${open.repeat(depth)}1${close.repeat(depth)}`;
          return { how: `${key} nested ${depth} deep with ${open}`, bytes: Buffer.from(replaceFirstValue(body, key, nested)) };
        }),
      weight: 2,
    },
    {
      arbitrary: fc
        .tuple(
          text,
          fc.constantFrom(...keys),
          fc.constantFrom(
            '1e400',
            '-1e400',
            '123456789012345678901234567890',
            '9007199254740993',
            '-0',
            '1e-400',
            '0.1e999999999',
            '1'.repeat(5000),
          ),
        )
        .map(([body, key, number]) => ({
          how: `${key} = ${number.slice(0, 40)}`,
          bytes: Buffer.from(replaceFirstValue(body, key, number)),
        })),
      weight: 2,
    },
    {
      // a key given twice: JSON.parse keeps the last, and the signature (Zalo OA) covers both
      arbitrary: fc.tuple(text, fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 1 })).map(([body, key, value]) => ({
        how: `duplicate ${key}`,
        bytes: Buffer.from(body.replace(/\}\s*$/, `,"${key}":${json(value)}}`)),
      })),
      weight: 2,
    },
    {
      // bytes that are not UTF-8 (a lone continuation byte, an overlong form, a surrogate, 0xFF), anywhere
      arbitrary: fc
        .tuple(
          text,
          fc.array(
            fc.tuple(
              fc.nat(),
              fc.constantFrom([0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xff], [0xfe, 0xff], [0xf8, 0x88, 0x80, 0x80, 0x80]),
            ),
            { minLength: 1, maxLength: 4 },
          ),
        )
        .map(([body, inserts]) => {
          let bytes = Buffer.from(body);
          for (const [at, bad] of inserts) {
            const where = at % (bytes.length + 1);
            bytes = Buffer.concat([bytes.subarray(0, where), Buffer.from(bad), bytes.subarray(where)]);
          }
          return { how: 'invalid UTF-8', bytes };
        }),
      weight: 2,
    },
    { arbitrary: fc.uint8Array({ maxLength: 512 }).map((bytes) => ({ how: 'random bytes', bytes: Buffer.from(bytes) })), weight: 1 },
    { arbitrary: fc.json({ maxDepth: 3 }).map((body) => ({ how: 'any JSON', bytes: Buffer.from(body) })), weight: 1 },
  );
}
