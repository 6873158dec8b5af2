/**
 * Folds Vietnamese text for pattern matching while keeping every character where it was: "Quý 11/2014"
 * becomes "quy 11/2014" with the same length, so a match in the folded text points at the same words in
 * the original. The input must be NFC (precomposed letters fold to exactly one base letter).
 */
export function foldInPlace(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
      continue;
    }
    if (ch === 'đ' || ch === 'Đ') {
      out += 'd';
      continue;
    }
    const base = ch.normalize('NFD')[0]!.toLowerCase();
    out += base.length === 1 ? base : ch;
  }
  return out;
}

/** Collapses runs of white space and trims: what the user sees quoted back in a warning. */
export const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();
