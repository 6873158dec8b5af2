import type { ComplainantContact } from './feedback.js';
import { personalRanges } from './personal.js';

export interface RedactOptions {
  /** what stands in for a hidden part, in the reader's language (locale key feedback-redacted: "[đã ẩn]") */
  placeholder: string;
  /** the complainants' contacts of the case: their names, phones, e-mails and ID numbers are hidden wherever they appear */
  contacts?: ReadonlyArray<Pick<ComplainantContact, 'name' | 'phone' | 'email' | 'idNumber'>>;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[A-Za-z]{2,}/gu;

// Between the digits of a number as people write it: nothing, or one or two of space, dot, dash, parenthesis
// ("0912 345 678", "0912.345.678", "(0213) 387 6543", "+84 (0) 912-345-678").
const SEP = String.raw`[\s.\-()]{0,2}`;
// Never part of a longer number: no digit before (nor a digit and a thousands separator, as in "1.234.567.890").
const START = String.raw`(?<![\p{N}+])(?<!\p{N}[.,])`;
const END = String.raw`(?!\p{N})(?![.,]\p{N})`;
// The country code: +84, 0084, or 84 written in front of the number without its leading 0 (+84 (0) too).
const COUNTRY = String.raw`(?:(?:\+|00)\s?84|84)${SEP}(?:0${SEP})?`;
const NATIONAL = String.raw`(?:${COUNTRY}|\(?0${SEP})`;
// Mobiles: 0 + 9 digits starting 3, 5, 7, 8 or 9. Landlines: 0 + 2 + 9 digits (the area code is part of them:
// 024 3822 1234, 0213 387 6543).
const PHONE = new RegExp(String.raw`${START}${NATIONAL}(?:[35789](?:${SEP}\p{N}){8}|2(?:${SEP}\p{N}){9})${END}`, 'gu');
// CCCD (12 digits) and CMND (9 digits), in one piece or in groups.
const ID_NUMBER = new RegExp(String.raw`${START}\p{N}(?:(?:[\s.\-]?\p{N}){11}|(?:[\s.\-]?\p{N}){8})${END}`, 'gu');

// An amount of money is not an ID number: "150.000.000 đồng", "2.500.000đ", "120 triệu", "1.234.567.890 VND".
const MONEY_AFTER = /^(?:\s?(?:đồng|dong|đ|vnđ|vnd|triệu|trieu|tr|nghìn|nghin|ngàn|ngan|tỷ|tỉ|ty|ti|k|usd|%)|d)(?![\p{L}\p{N}])/iu;
// Written in thousands with the last group 000 and no leading zero: money, whatever follows ("thu 150.000.000
// tiền giường"). A CCCD always begins with 0 (the province code), so it is never taken for one; a CMND written
// "123.456.000" is, which is the price of leaving amounts readable.
const THOUSANDS_ROUND = /^[1-9]\p{N}{0,2}(?:[.\s]\p{N}{3})*[.\s]000$/u;

const isMoney = (match: string, after: string) => MONEY_AFTER.test(after) || THOUSANDS_ROUND.test(match);

const digitsOf = (text: string) => text.replace(/\D/g, '');

/** The nine digits that name a Vietnamese phone number whatever prefix it was written with. */
function significantDigits(phone: string): string | null {
  const digits = digitsOf(phone);
  return digits.length >= 9 ? digits.slice(-9) : null;
}

/** Lower case without tone marks, character by character, remembering where each folded character came from. */
function foldWithOrigins(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let index = 0; index < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(index)!);
    const plain = char
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toLowerCase();
    for (let k = 0; k < plain.length; k += 1) origin.push(index);
    folded += plain;
    index += char.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

const fold = (text: string) => foldWithOrigins(text).folded;

// How a name is often introduced; the complainant's name is searched without them ("Ông Trần Văn Bình").
const HONORIFICS = new Set(['ong', 'ba', 'anh', 'chi', 'co', 'chu', 'bac', 'em', 'cu', 'di', 'thim', 'mo', 'me', 'bo']);

function nameWords(name: string): string[] {
  const words = fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  while (words.length > 1 && HONORIFICS.has(words[0]!)) words.shift();
  return words;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces every [start, end) range of the text (ranges may overlap) by the placeholder. */
export function replaceRanges(text: string, ranges: Array<[number, number]>, placeholder: string): string {
  if (ranges.length === 0) return text;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  let result = '';
  let at = 0;
  for (const [start, end] of merged) {
    result += text.slice(at, start) + placeholder;
    at = end;
  }
  return result + text.slice(at);
}

/** Where the complainant's name appears, typed with or without diacritics, in any case. */
function nameRanges(text: string, name: string | null | undefined): Array<[number, number]> {
  const words = name ? nameWords(name) : [];
  if (words.join('').length < 3) return [];
  const { folded, origin } = foldWithOrigins(text);
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])${words.map(escapeRegExp).join(String.raw`[\s,.\-]+`)}(?![\p{L}\p{N}])`, 'gu');
  return [...folded.matchAll(pattern)].map((m) => [origin[m.index]!, origin[m.index + m[0].length]!]);
}

/** Where a known phone, e-mail or ID number of the complainant appears, in whatever way it was written. */
function knownContactRanges(text: string, contact: NonNullable<RedactOptions['contacts']>[number]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const email = contact?.email?.trim().toLowerCase();
  if (email) {
    for (let at = text.toLowerCase().indexOf(email); at >= 0; at = text.toLowerCase().indexOf(email, at + 1))
      ranges.push([at, at + email.length]);
  }
  for (const number of [contact?.phone ? significantDigits(contact.phone) : null, contact?.idNumber ? digitsOf(contact.idNumber) : null]) {
    if (!number || number.length < 9) continue;
    // the digits of the text, each remembering its place, read across the separators people put between them
    for (const run of text.matchAll(/\p{N}(?:[\s.\-()]{0,2}\p{N})*/gu)) {
      const positions: number[] = [];
      for (let i = 0; i < run[0].length; i += 1) if (/\p{N}/u.test(run[0][i]!)) positions.push(run.index + i);
      const digits = positions.map((p) => text[p]).join('');
      for (let at = digits.indexOf(number); at >= 0; at = digits.indexOf(number, at + 1)) {
        ranges.push([positions[at]!, positions[at + number.length - 1]! + 1]);
      }
    }
  }
  return ranges;
}

function patternRanges(
  text: string,
  pattern: RegExp,
  keep: (match: string, after: string) => boolean = () => false,
): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const search = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (let match = search.exec(text); match; match = search.exec(text)) {
    const end = match.index + match[0].length;
    if (!keep(match[0], text.slice(end, end + 12))) ranges.push([match.index, end]);
    // A number kept (money) may hide one that begins inside it: "phòng 204 087 011 000 032" reads first as
    // "204 087 011 000" (an amount written in thousands), then from "087" as the ID number it is.
    else search.lastIndex = match.index + 1;
  }
  return ranges;
}

/**
 * The parts of a complaint a group may not read: phone numbers (mobile and landline, with 0, 84, +84 or 0084 in
 * front), e-mail addresses and ID numbers (CCCD, CMND), amounts of money left alone; people's names and places
 * below the commune (src/core/feedback/personal.ts); and the complainant's own name, given name, phone, e-mail
 * and ID number (when we know them) wherever they appear, with or without diacritics.
 */
export function redactionRanges(text: string, contacts: RedactOptions['contacts'] = []): Array<[number, number]> {
  const names = contacts.map((contact) => (contact.name ? nameWords(contact.name) : [])).filter((words) => words.length >= 2);
  return [
    ...patternRanges(text, EMAIL),
    ...patternRanges(text, PHONE, (match, after) => MONEY_AFTER.test(after) && !/^\+|^00/.test(match)),
    ...patternRanges(text, ID_NUMBER, isMoney),
    ...contacts.flatMap((contact) => [...knownContactRanges(text, contact), ...nameRanges(text, contact.name)]),
    ...personalRanges(text, names),
  ];
}

/** Where a text holds a phone number, an e-mail address or an ID number (CCCD, CMND). */
export function contactDetailRanges(text: string): Array<[number, number]> {
  return [
    ...patternRanges(text, EMAIL),
    ...patternRanges(text, PHONE, (match, after) => MONEY_AFTER.test(after) && !/^\+|^00/.test(match)),
    ...patternRanges(text, ID_NUMBER, isMoney),
  ];
}

/**
 * The texts redacted last, by their text, contacts and placeholder: a redaction is a pure function of those,
 * and the feedback book and the digests show the same cases again and again (finding names and addresses
 * costs about 0.2 ms a text; a book page of 200 cases spent a quarter of its time on it). Bounded: the oldest
 * are dropped first.
 */
const REMEMBERED = 4000;
const remembered = new Map<string, string>();

/** What a group may read of a complaint: `redactionRanges` replaced by the placeholder. */
export function redact(text: string, options: RedactOptions): string {
  const contacts = options.contacts ?? [];
  const key = `${options.placeholder}\u0000${contacts.length === 0 ? '' : JSON.stringify(contacts.map((c) => [c.name, c.phone, c.email, c.idNumber]))}\u0000${text}`;
  const known = remembered.get(key);
  if (known !== undefined) return known;
  const redacted = replaceRanges(text, redactionRanges(text, contacts), options.placeholder);
  if (remembered.size >= REMEMBERED) remembered.delete(remembered.keys().next().value!);
  remembered.set(key, redacted);
  return redacted;
}

const firstOf = (text: string, pattern: RegExp, keep?: (match: string, after: string) => boolean): [number, number] | null =>
  patternRanges(text, pattern, keep)[0] ?? null;

/** Picks the phone, e-mail and ID number out of what someone typed as the complainant's contact; the rest is the name. */
export function parseContact(text: string): ComplainantContact {
  const emailAt = firstOf(text, EMAIL);
  const email = emailAt ? text.slice(...emailAt) : null;
  const withoutEmail = emailAt ? `${text.slice(0, emailAt[0])} ${text.slice(emailAt[1])}` : text;
  const phoneAt = firstOf(withoutEmail, PHONE);
  const phone = phoneAt ? withoutEmail.slice(...phoneAt).trim() : null;
  const withoutPhone = phoneAt ? `${withoutEmail.slice(0, phoneAt[0])} ${withoutEmail.slice(phoneAt[1])}` : withoutEmail;
  const idAt = firstOf(withoutPhone, ID_NUMBER, isMoney);
  const idNumber = idAt ? withoutPhone.slice(...idAt) : null;
  const rest = idAt ? `${withoutPhone.slice(0, idAt[0])} ${withoutPhone.slice(idAt[1])}` : withoutPhone;
  const name = rest
    .replace(
      /(?<![\p{L}])(sđt|sdt|dt|đt|điện thoại|dien thoai|email|e-mail|cccd|cmnd|ten|tên|họ tên|ho ten|họ và tên|ho va ten)(?![\p{L}])[:.]?/giu,
      ' ',
    )
    .replace(/[,;:|]+/g, ' ')
    .split(/\s+/)
    // what separated the parts ("Trần Thị Hồng - 0912… - …") is not part of the name
    .filter((word) => word && !/^[-–—._/\\()]+$/.test(word))
    .join(' ');
  return { name: name || null, phone, email, idNumber, note: null };
}
