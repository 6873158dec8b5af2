import { foldVietnamese } from '../../core/text/vietnamese.js';

/**
 * Removes a leading "@<bot name>" (typed with or without diacritics, in any case) and tells whether it was
 * there. Zalo does not say in its payloads which account a mention names, so the name is all there is.
 */
export function withoutLeadingMention(text: string, name: string | null): { text: string; mentioned: boolean } {
  const trimmed = text.trimStart();
  if (!name || !trimmed.startsWith('@')) return { text, mentioned: false };
  const wanted = foldVietnamese(name);
  const rest = trimmed.slice(1);
  // Folding can change the length (a decomposed mark), so try the prefixes around the name's length.
  for (let length = Math.max(1, name.length - 4); length <= Math.min(rest.length, name.length + 8); length += 1) {
    const next = rest[length];
    if (next !== undefined && /[\p{L}\p{N}_]/u.test(next)) continue;
    if (foldVietnamese(rest.slice(0, length)) === wanted) {
      return { text: rest.slice(length).replace(/^[\s,:;-]+/, ''), mentioned: true };
    }
  }
  return { text, mentioned: false };
}
