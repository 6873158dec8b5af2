/**
 * Folds Vietnamese text for matching: lower case, no tone marks or diacritics, đ → d, single spaces.
 * "Hòm thư góp ý" and "hom thu gop y" fold to the same string, so users may type either.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Folded and with spaces, dashes and dots removed: "Đầu mối", "dau-moi" and "daumoi" all become "daumoi". */
export function compactKey(text: string): string {
  return foldVietnamese(text).replace(/[\s\-_.]+/g, '');
}

const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;

// Half of a UTF-16 surrogate pair with no other half is not a character: PostgreSQL refuses it in a jsonb
// value (a flow's saved answer), and a platform refuses a reply that echoes it.
const LONE_SURROGATES = /\p{Cs}/gu;

/** Removes control and bidi-override characters that would garble what the bot echoes back, and broken Unicode. */
export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARS, '').replace(LONE_SURROGATES, '');
}
