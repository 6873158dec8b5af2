/**
 * Typo tolerance for short words: which known words are one edit (insertion, deletion, substitution or
 * swap of neighbours) away from a typed one. Built on the "deletion neighbourhood" idea (SymSpell): two
 * words within one edit share a word obtained by deleting at most one letter from each, so a lookup is a
 * handful of map reads instead of a scan of the vocabulary.
 */
export interface FuzzyVocabulary {
  /** known words within one edit of `word` (not `word` itself) */
  near(word: string): string[];
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i += 1) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Optimal string alignment distance, stopping as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i += 1) {
    let best = Number.POSITIVE_INFINITY;
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[i - 2]![j - 2]! + 1);
      d[i]![j] = value;
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
  }
  return d[a.length]![b.length]!;
}

export function createFuzzyVocabulary(words: Iterable<string>): FuzzyVocabulary {
  const byDeletion = new Map<string, string[]>();
  const add = (key: string, word: string) => {
    const list = byDeletion.get(key);
    if (list) list.push(word);
    else byDeletion.set(key, [word]);
  };
  for (const word of words) {
    add(word, word);
    for (const deleted of new Set(deletions(word))) add(deleted, word);
  }
  return {
    near(word) {
      const found = new Set<string>();
      for (const key of [word, ...deletions(word)]) {
        for (const candidate of byDeletion.get(key) ?? []) {
          if (candidate !== word && editDistance(word, candidate, 1) <= 1) found.add(candidate);
        }
      }
      return [...found];
    },
  };
}
