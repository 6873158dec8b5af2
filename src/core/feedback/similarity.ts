import { foldVietnamese } from '../text/vietnamese.js';

function trigrams(text: string): Set<string> {
  const folded = ` ${foldVietnamese(text)
    .replace(/[^\p{L}\p{N} ]/gu, ' ')
    .replace(/\s+/g, ' ')} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= folded.length; i += 1) grams.add(folded.slice(i, i + 3));
  return grams;
}

/** How alike two complaints read, 0…1 (trigram Jaccard over folded text): the same case told twice scores high. */
export function contentSimilarity(a: string, b: string): number {
  const x = trigrams(a);
  const y = trigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const gram of x) if (y.has(gram)) shared += 1;
  return shared / (x.size + y.size - shared);
}

export const DUPLICATE_THRESHOLD = 0.55;
