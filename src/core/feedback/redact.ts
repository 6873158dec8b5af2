import type { ComplainantContact } from './feedback.js';

export const REDACTED = '[đã ẩn]';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[A-Za-z]{2,}/gu;
// Vietnamese phone numbers as people write them: 0912345678, 0912 345 678, 0912.345.678, +84 912 345 678, (028) 3822 1234.
// Ten digits for mobiles and eleven for landlines, counting the leading 0; never part of a longer number.
const PHONE = /(?<!\d)(?:\+84[\s.-]?|\(?0)(?:\d[\s.)-]{0,2}){8,9}\d(?!\d)/g;
// CCCD (12 digits), CMND (9 digits), written in one piece or in groups.
const ID_NUMBER = /\b\d{3}[\s.-]?\d{3}[\s.-]?\d{3}(?:[\s.-]?\d{3})?\b/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * What a group may read of a complaint: phone numbers, e-mail addresses and ID numbers hidden, and the name
 * the complainant gave (when we know it) hidden wherever it appears.
 */
export function redact(text: string, contact: Pick<ComplainantContact, 'name'> | null = null): string {
  let result = text.replace(EMAIL, REDACTED).replace(PHONE, REDACTED).replace(ID_NUMBER, REDACTED);
  const name = contact?.name?.trim();
  if (name && name.length >= 3) result = result.replace(new RegExp(escapeRegExp(name), 'giu'), REDACTED);
  return result;
}

/** Picks the phone, e-mail and ID number out of what someone typed as the complainant's contact; the rest is the name. */
export function parseContact(text: string): ComplainantContact {
  const email = text.match(EMAIL)?.[0] ?? null;
  const phone = text.match(PHONE)?.[0]?.trim() ?? null;
  const withoutKnown = text.replace(EMAIL, ' ').replace(PHONE, ' ');
  const idNumber = withoutKnown.match(ID_NUMBER)?.[0] ?? null;
  const name = withoutKnown
    .replace(ID_NUMBER, ' ')
    .replace(/\b(sđt|sdt|dt|đt|email|e-mail|cccd|cmnd|ten|tên|họ tên|ho ten)\b[:.]?/giu, ' ')
    .replace(/[,;:|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { name: name || null, phone, email, idNumber, note: null };
}
