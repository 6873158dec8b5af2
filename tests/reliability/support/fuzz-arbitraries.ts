import fc from 'fast-check';

/**
 * Adversarial text for the fuzz tests: what people paste into a group chat by accident or on purpose. Every
 * generator is built from fixed pieces plus fast-check's own strings, so a failure shrinks to a short case.
 */

// Characters that garble a reply when echoed: C0/C1 controls, bidi embeddings, overrides and isolates,
// zero-width characters, the byte-order mark, line and paragraph separators.
export const CONTROL = ['\u0000', '\u0001', '\u0007', '\b', '\t', '\u000b', '\f', '\r', '\u001b', '\u007f', '\u0085', '\u009b'];
export const BIDI = [
  '\u200e',
  '\u200f',
  '\u061c',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
];
export const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u034f', '\u180e'];
export const SEPARATORS = ['\n', '\r\n', '\u2028', '\u2029', ' ', '\u00a0', '\u3000'];
export const RTL = ['مرحبا بالعالم', 'שלום עולם', '\u202eتقرير\u202c', 'ܫܠܡܐ', 'دستور ۱۲۳'];
export const EMOJI = ['🏥', '👩‍⚕️', '🇻🇳', '👨‍👩‍👧‍👦', '✅', '⚠️', '🧑🏽‍💻', '1️⃣', '\u{1f600}\u{1f3fb}'];
export const SQL = [
  "'; DROP TABLE members; --",
  "' OR '1'='1",
  '" OR ""="',
  '1; select pg_sleep(5); --',
  "'); delete from reports where ('1'='1",
  '$1',
  '%',
  '_',
  '\\',
  "\\'; truncate units cascade; --",
  "E'\\x00'",
];
export const MARKUP = [
  '<b>đậm</b>',
  '<script>alert(1)</script>',
  '<a href="tg://user?id=1">x</a>',
  '</code>',
  '<',
  '>',
  '&',
  '&amp;',
  '&lt;b&gt;',
  '&#60;',
  '&#x3C;',
  '&nbsp',
  '*đậm*',
  '_nghiêng_',
  '`mã`',
  '```\nkhối\n```',
  '[liên kết](javascript:alert(1))',
  '||ẩn||',
  '{ $name }',
  '{',
  '}',
  '[@Nguyễn Văn A]',
  '@all',
];
export const VIETNAMESE = [
  'báo cáo',
  'bao cao',
  'hòm thư góp ý',
  'đường dây nóng',
  'duong day nong',
  'NV12',
  'NV0',
  'NV999999999999',
  '100%',
  '-5%',
  '150 %',
  'đã hoàn thành',
  'trước ngày 31/02/2026',
  'chậm nhất ngày 15 hằng tháng',
  'quý IV/2026',
  'Thông tư 45/2015/TT-BYT',
  'e\u0301', // a decomposed "é"
  'Nguye\u0302\u0303n', // "Nguyễn" with stacked combining marks
  'thứ 2 7:30',
  'xong',
  'Lưu',
  'bỏ 2 5',
  '"trong ngoặc kép"',
  '“ngoặc cong”',
  '"',
  '“',
];
export const NUMBERS = ['0', '-1', '99999999999999999999', '1e308', 'NaN', 'Infinity', '0x1F', '١٢٣', '３'];

/** A lone UTF-16 surrogate: text that is not valid Unicode, as a broken client could send it. */
export const loneSurrogate = fc
  .oneof(fc.integer({ min: 0xd800, max: 0xdbff }), fc.integer({ min: 0xdc00, max: 0xdfff }))
  .map((code) => String.fromCharCode(code));

const pieces = [...CONTROL, ...BIDI, ...ZERO_WIDTH, ...SEPARATORS, ...RTL, ...EMOJI, ...SQL, ...MARKUP, ...VIETNAMESE, ...NUMBERS];

/** One adversarial fragment. */
export const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...pieces) },
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: loneSurrogate },
);

/** A message of a few fragments, space-separated or glued together. */
export const adversarialText: fc.Arbitrary<string> = fc
  .tuple(fc.array(fragment, { maxLength: 12 }), fc.constantFrom(' ', '', '\n'))
  .map(([parts, glue]) => parts.join(glue));

/** Long text of about the given lengths: one fragment, then one character repeated. */
export const longText = (lengths: readonly number[]): fc.Arbitrary<string> =>
  fc
    .tuple(fc.constantFrom(...lengths), fragment, fc.constantFrom('a', 'ạ', '🏥', '\u200b', '<', '&', '\n', ' ', 'ab '))
    .map(([length, head, filler]) => head + filler.repeat(Math.ceil(length / filler.length)).slice(0, length));

/** Text around Telegram's 4 096 limit, below it and beyond it, with a multi-unit character at the edge. */
export const hugeText: fc.Arbitrary<string> = longText([1, 2000, 4095, 4096, 4097, 5000, 20_000]);

/** A command name as typed: a real one (or an alias, folded or not), a near miss, or nothing sensible. */
export function commandName(names: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...names) },
    { weight: 1, arbitrary: fc.constantFrom(...names).map((name) => name.toUpperCase()) },
    { weight: 1, arbitrary: fc.constantFrom('trợgiúp', 'báocáo', 'hạnchót', 'nhiệmvụ', 'phảnánh', 'HELP', 'Start') },
    { weight: 1, arbitrary: fc.constantFrom('', '/', '@', 'x'.repeat(40), 'help\u200b', '\u202ehelp', 'báo cáo', 'xyz', '123') },
    { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
  );
}

/** "/cmd", "/cmd@bot", "/cmd@otherbot", "/cmd@" …, then arguments. */
export function commandText(names: readonly string[], botUsername: string): fc.Arbitrary<string> {
  // Mostly well-formed, so that the commands themselves get the adversarial arguments; sometimes broken.
  const usually = <T>(common: T, ...rare: T[]) =>
    fc.oneof({ weight: 4, arbitrary: fc.constant(common) }, { weight: 1, arbitrary: fc.constantFrom(...rare) });
  const suffix = usually(
    '',
    `@${botUsername}`,
    `@${botUsername.toUpperCase()}`,
    '@other_bot',
    '@',
    '@@',
    `@${botUsername}@x`,
    ' @' + botUsername,
  );
  const separator = usually(' ', '  ', '\n', '\t', '\u00a0', '', '\u200b ');
  const slash = usually('/', ' /', '//', '\u200b/', '／');
  return fc
    .tuple(slash, commandName(names), suffix, separator, adversarialText)
    .map(([s, name, bot, sep, args]) => `${s}${name}${bot}${sep}${args}`);
}
