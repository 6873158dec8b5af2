import { editDistance } from '../../text/edit-distance.js';

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
