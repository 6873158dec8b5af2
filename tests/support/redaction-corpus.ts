import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseContact, redactionRanges } from '../../src/core/feedback/redact.js';

/**
 * The redaction corpus (tests/fixtures/redaction-corpus.txt): complaint texts with their personal data marked
 * [[like this]], and how well `redactionRanges` does on them. Recall: the share of marked spans entirely hidden
 * (every letter and digit of them). Over-redaction: the share of capitalised words outside the marked spans
 * (units, departments, places above the village, documents, sentence starts) that something hid.
 */

export interface CorpusEntry {
  line: number;
  /** the text as typed, without the marks */
  text: string;
  /** the complainant's contact registered in private, if the line gives one */
  contact: string | null;
  /** where the marked personal data is in `text` */
  personal: Array<[number, number]>;
}

export interface RedactionMeasure {
  texts: number;
  personalSpans: number;
  hiddenSpans: number;
  recall: number;
  capitalizedWords: number;
  capitalizedRedacted: number;
  overRedaction: number;
  /** marked spans not entirely hidden */
  misses: Array<{ line: number; span: string }>;
  /** capitalised words outside the marks that were hidden */
  overs: Array<{ line: number; word: string }>;
}

export const corpusPath = fileURLToPath(new URL('../fixtures/redaction-corpus.txt', import.meta.url));

export function loadCorpus(path = corpusPath): CorpusEntry[] {
  const entries: CorpusEntry[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((raw, index) => {
      if (!raw.trim() || raw.startsWith('#')) return;
      const split = /^contact:\s*(.+?)\s*\|\|\s*(.*)$/.exec(raw);
      const marked = split ? split[2]! : raw;
      let text = '';
      const personal: Array<[number, number]> = [];
      for (const part of marked.split(/(\[\[.*?\]\])/)) {
        if (part.startsWith('[[') && part.endsWith(']]')) {
          personal.push([text.length, text.length + part.length - 4]);
          text += part.slice(2, -2);
        } else text += part;
      }
      entries.push({ line: index + 1, text, contact: split ? split[1]! : null, personal });
    });
  return entries;
}

export function measureRedaction(entries: readonly CorpusEntry[]): RedactionMeasure {
  const misses: RedactionMeasure['misses'] = [];
  const overs: RedactionMeasure['overs'] = [];
  let spans = 0;
  let hidden = 0;
  let capitalized = 0;
  let capitalizedRedacted = 0;
  for (const entry of entries) {
    const contacts = entry.contact ? [parseContact(entry.contact)] : [];
    const ranges = redactionRanges(entry.text, contacts);
    const covered = (at: number) => ranges.some(([start, end]) => at >= start && at < end);
    for (const [start, end] of entry.personal) {
      spans += 1;
      let all = true;
      for (let at = start; at < end; at += 1) if (/[\p{L}\p{N}]/u.test(entry.text[at]!) && !covered(at)) all = false;
      if (all) hidden += 1;
      else misses.push({ line: entry.line, span: entry.text.slice(start, end) });
    }
    const personal = (at: number) => entry.personal.some(([start, end]) => at >= start && at < end);
    for (const word of entry.text.matchAll(/[\p{L}\p{M}]+/gu)) {
      if (!/^\p{Lu}/u.test(word[0]) || personal(word.index)) continue;
      capitalized += 1;
      let hit = false;
      for (let at = word.index; at < word.index + word[0].length; at += 1) if (covered(at)) hit = true;
      if (hit) {
        capitalizedRedacted += 1;
        overs.push({ line: entry.line, word: word[0] });
      }
    }
  }
  return {
    texts: entries.length,
    personalSpans: spans,
    hiddenSpans: hidden,
    recall: spans === 0 ? 1 : hidden / spans,
    capitalizedWords: capitalized,
    capitalizedRedacted,
    overRedaction: capitalized === 0 ? 0 : capitalizedRedacted / capitalized,
    misses,
    overs,
  };
}
