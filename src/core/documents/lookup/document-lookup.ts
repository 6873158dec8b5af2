import type { DocumentsRepository } from '../document.js';
import type { Namesake } from '../namesake.js';
import { decide, type LookupOutcome } from './decide.js';
import { createLexicon, type Lexicon, type LexiconData } from './lexicon.js';
import { type ParsedQuestion, parseQuestion } from './question.js';
import { buildLookupIndex, type LookupIndex } from './text-index.js';

export interface LookupResult {
  question: ParsedQuestion;
  outcome: LookupOutcome;
}

/** "Which document governs…?" over the catalogue in the database. */
export interface DocumentLookup {
  /**
   * Inside a transaction, pass its repository: a read outside it would need a second connection while the
   * transaction holds one (PGlite has only one, and a busy pool may have none left), and wait forever.
   */
  ask(question: string, documents?: DocumentsRepository): Promise<LookupResult>;
}

export interface DocumentLookupDeps {
  documents: DocumentsRepository;
  namesakes: readonly Namesake[];
  lexicon: LexiconData;
}

/**
 * Keeps one index of the catalogue in memory and rebuilds it when the catalogue's fingerprint changes
 * (an import here, or on another replica), so every question costs one small query plus in-memory work.
 */
export function createDocumentLookup(deps: DocumentLookupDeps): DocumentLookup {
  const lexicon: Lexicon = createLexicon(deps.lexicon);
  let current: { fingerprint: string; index: Promise<LookupIndex> } | null = null;

  async function index(documents: DocumentsRepository): Promise<LookupIndex> {
    const fingerprint = await documents.fingerprint();
    if (current?.fingerprint !== fingerprint) {
      const building = documents.listAll().then((documents) => buildLookupIndex(documents, deps.namesakes, lexicon));
      current = { fingerprint, index: building };
      // a failed build is not cached: the next question tries again
      building.catch(() => {
        if (current?.index === building) current = null;
      });
    }
    return current.index;
  }

  return {
    async ask(text, documents = deps.documents) {
      const question = parseQuestion(text, lexicon);
      return { question, outcome: decide(question, await index(documents)) };
    },
  };
}
