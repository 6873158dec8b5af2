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

/** Removes control and bidi-override characters that would garble what the bot echoes back. */
export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARS, '');
}
