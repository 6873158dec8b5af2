import type { DocumentsRepository, RegulationDocument } from '../document.js';
import type { Namesake } from '../namesake.js';
import { decide, type LookupOutcome } from './decide.js';
import { detectLanguage, ENGLISH, LANGUAGES, type LookupLanguage, VIETNAMESE } from './language.js';
import { createLexicon, type Lexicon, type LexiconData } from './lexicon.js';
import { foldKeepingPositions } from './normalize.js';
import { type ParsedQuestion, parseQuestion } from './question.js';
import { buildLookupIndex, type LookupIndex } from './text-index.js';

export interface LookupResult {
  question: ParsedQuestion;
  /** the language the question was asked in: the answer is given in it */
  language: LookupLanguage;
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
  /** the English vocabulary; without it every question is read as Vietnamese */
  lexiconEn?: LexiconData;
}

/** The words of the English side of the catalogue, as typed (not stemmed): what tells an English question. */
function englishVocabulary(documents: readonly RegulationDocument[], lexicon: LexiconData | undefined): Set<string> {
  const words = new Set<string>();
  const add = (text: string | null) => {
    if (!text) return;
    for (const match of foldKeepingPositions(text).folded.matchAll(/[a-z]+/g)) words.add(match[0]);
  };
  for (const doc of documents) {
    add(doc.titleEn);
    add(doc.summaryEn);
    add(doc.issuerEn);
    for (const keyword of doc.keywordsEn) add(keyword);
    for (const provision of doc.provisions) add(provision.en);
  }
  for (const group of [...(lexicon?.synonyms ?? []), ...(lexicon?.includes ?? []), ...(lexicon?.sectors ?? [])])
    for (const phrase of group) add(phrase);
  return words;
}

/** One catalogue version: its Vietnamese index, its English one (built on the first English question). */
interface Catalogue {
  vi: LookupIndex;
  en: () => LookupIndex;
  vocabulary: { vi: ReadonlySet<string>; en: ReadonlySet<string> };
}

/**
 * Keeps the index of the catalogue in memory, built on the first question, and rebuilds it when the
 * catalogue's fingerprint changes (an import here, or on another replica), so every question costs one small
 * query plus in-memory work. A question is answered in the language it is asked in.
 */
export function createDocumentLookup(deps: DocumentLookupDeps): DocumentLookup {
  const lexicons: Record<LookupLanguage, Lexicon> = {
    vi: createLexicon(deps.lexicon, VIETNAMESE),
    en: createLexicon(deps.lexiconEn ?? { synonyms: [], stopPhrases: [], stopWords: [], includes: [], sectors: [] }, ENGLISH),
  };
  let current: { fingerprint: string; catalogue: Promise<Catalogue> } | null = null;

  function build(documents: RegulationDocument[]): Catalogue {
    const vi = buildLookupIndex(documents, deps.namesakes, lexicons.vi);
    let en: LookupIndex | null = null;
    return {
      vi,
      en: () => (en ??= buildLookupIndex(documents, [], lexicons.en)),
      vocabulary: { vi: vi.vocabulary, en: deps.lexiconEn ? englishVocabulary(documents, deps.lexiconEn) : new Set() },
    };
  }

  async function catalogue(documents: DocumentsRepository): Promise<Catalogue> {
    const fingerprint = await documents.fingerprint();
    if (current?.fingerprint !== fingerprint) {
      const building = documents.listAll().then(build);
      current = { fingerprint, catalogue: building };
      // a failed build is not cached: the next question tries again
      building.catch(() => {
        if (current?.catalogue === building) current = null;
      });
    }
    return current.catalogue;
  }

  return {
    async ask(text, documents = deps.documents) {
      const known = await catalogue(documents);
      const language = detectLanguage(text, known.vocabulary, (word) => lexicons.vi.isStopWord(word));
      const question = parseQuestion(text, lexicons[language]);
      const index = language === 'en' ? known.en() : known.vi;
      return { question, language: LANGUAGES[language].code, outcome: decide(question, index) };
    },
  };
}
