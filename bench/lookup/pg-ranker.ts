import { sql } from 'drizzle-orm';
import type { LookupOutcome } from '../../src/core/documents/lookup/decide.js';
import { decide } from '../../src/core/documents/lookup/decide.js';
import type { IndexedEntry } from '../../src/core/documents/lookup/indexed-entry.js';
import type { Lexicon } from '../../src/core/documents/lookup/lexicon.js';
import { searchTokenForms, type SearchToken } from '../../src/core/documents/lookup/normalize.js';
import { parseQuestion } from '../../src/core/documents/lookup/question.js';
import type { LookupIndex, TextMatch, TextRanking } from '../../src/core/documents/lookup/text-index.js';
import type { Database } from '../../src/db/client.js';

/**
 * The alternative we measured the in-process ranker against: matching and ranking in PostgreSQL with
 * unaccent (documents folded in SQL), pg_trgm (word similarity, for typos) and full-text search (a
 * tsvector per document, weighted by field, GIN-indexed). To compare ranking and nothing else it shares
 * the question parser, the synonyms and the decision with the shipped lookup; only `rank` differs.
 */
export interface PgRanker {
  ask(question: string): Promise<LookupOutcome>;
}

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

function fieldText(entry: IndexedEntry): { main: string; summary: string; other: string } {
  const doc = entry.document;
  const namesake = entry.namesake;
  return {
    main: [doc?.title ?? namesake!.title, ...(doc?.keywords ?? namesake!.keywords)].join(' . '),
    summary: doc?.summary ?? '',
    other: [doc?.issuer ?? namesake!.issuer, doc?.type ?? namesake!.type].join(' . '),
  };
}

/** Documents' words in the same canonical form the question gets (synonyms, narrower terms). */
function canonicalText(lexicon: Lexicon, text: string): string {
  const tokens = lexicon.canonical(searchTokenForms(text)).map((t) => t.token);
  return [...tokens, ...lexicon.narrowerTerms(tokens).flat()].join(' ');
}

export async function createPgRanker(db: Database, index: LookupIndex, lexicon: Lexicon): Promise<PgRanker> {
  await db.execute(sql`drop table if exists lookup_bench_search`);
  await db.execute(sql`create table lookup_bench_search (position integer primary key, folded text not null, words tsvector not null)`);
  for (let start = 0; start < index.entries.length; start += 500) {
    const slice = index.entries.slice(start, start + 500);
    const values = slice.map((entry) => {
      const { main, summary, other } = fieldText(entry);
      return sql`(${entry.position}, unaccent(lower(${`${main} . ${summary}`})),
        setweight(to_tsvector('simple', ${canonicalText(lexicon, main)}), 'A') ||
        setweight(to_tsvector('simple', ${canonicalText(lexicon, summary)}), 'B') ||
        setweight(to_tsvector('simple', ${canonicalText(lexicon, other)}), 'C'))`;
    });
    await db.execute(sql`insert into lookup_bench_search (position, folded, words) values ${sql.join(values, sql`, `)}`);
  }
  await db.execute(sql`create index on lookup_bench_search using gin (folded gin_trgm_ops)`);
  await db.execute(sql`create index on lookup_bench_search using gin (words)`);
  await db.execute(sql`analyze lookup_bench_search`);

  async function rank(tokens: ReadonlyArray<SearchToken | null>): Promise<TextRanking> {
    const words = tokens.filter((t): t is SearchToken => t !== null && !lexicon.isStopWord(t.token, t.form)).map((t) => t.token);
    const unique = [...new Set(words)];
    if (unique.length === 0) return { matches: [], subjectWeight: 0, wordWeight: 0, coverageOf: () => 0 };
    const pairs: string[] = [];
    for (let i = 0; i + 1 < tokens.length; i += 1)
      if (tokens[i] && tokens[i + 1]) pairs.push(`(${tokens[i]!.token} <-> ${tokens[i + 1]!.token})`);
    const query = [...unique, ...pairs].join(' | ');
    const text = words.join(' ');
    const rows = rowsOf<{ position: number; fts: number; sim: number; hits: number }>(
      await db.execute(sql`
        with q as (select to_tsquery('simple', ${query}) as tsq, unaccent(lower(${text})) as text),
        -- each condition on its own index, cut to the best 200 of each, then ranked together
        candidates as (
          (select s.position from lookup_bench_search s, q where s.words @@ q.tsq order by ts_rank(s.words, q.tsq) desc limit 200)
          union
          (select s.position from lookup_bench_search s, q where q.text <% s.folded limit 200)
        )
        select s.position, ts_rank(s.words, q.tsq) as fts, word_similarity(q.text, s.folded) as sim,
               (select count(*) from unnest(string_to_array(${unique.join(' ')}, ' ')) w where s.words @@ to_tsquery('simple', w))::int as hits
        from candidates c join lookup_bench_search s using (position), q
        order by ts_rank(s.words, q.tsq) + word_similarity(q.text, s.folded) desc
        limit 200`),
    );
    const top = Math.max(0, ...rows.map((r) => Number(r.fts)));
    const coverage = new Map<number, number>();
    // the sectors a question names are read as the in-process ranker reads them (the entries know theirs)
    const sectors = lexicon.sectorsIn(tokens);
    const matches: TextMatch[] = rows.map((row) => {
      coverage.set(row.position, Number(row.hits) / unique.length);
      const entry = index.entries[row.position]!;
      return {
        entry,
        relevance: 0.5 * (top > 0 ? Number(row.fts) / top : 0) + 0.5 * Number(row.sim),
        coverage: Number(row.hits) / unique.length,
        offAudience: sectors.some((sector) => !entry.sectors.has(sector)),
        missesHead: false,
        // full-text search does not tell which field a word was found in
        anchored: true,
        anchor: 1,
      };
    });
    matches.sort((a, b) => b.relevance - a.relevance);
    const wordWeight = unique.some((w) => /[a-z]/.test(w)) ? unique.length : 0;
    return { matches, subjectWeight: unique.length, wordWeight, coverageOf: (entry) => coverage.get(entry.position) ?? 0 };
  }

  return {
    async ask(question) {
      const parsed = parseQuestion(question, lexicon);
      // the decision reads the ranking synchronously: record what it asks for, rank that in PostgreSQL, decide again
      let asked: ReadonlyArray<SearchToken | null> = [];
      decide(parsed, {
        ...index,
        rank: (tokens) => ((asked = tokens), { matches: [], subjectWeight: 0, wordWeight: 0, coverageOf: () => 0 }),
      });
      const ranking = await rank(asked);
      return decide(parsed, { ...index, rank: () => ranking });
    },
  };
}
