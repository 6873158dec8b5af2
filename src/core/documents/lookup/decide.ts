import { kindsCompatible } from '../symbol.js';
import { decideByNumber } from './by-number.js';
import { decideBySubject } from './by-subject.js';
import type { SearchToken } from './normalize.js';
import { matchRef, type RefMatch } from './number-match.js';
import { type LookupOutcome, THRESHOLDS } from './outcome.js';
import type { NumberRef, ParsedQuestion } from './question.js';
import type { LookupIndex } from './text-index.js';

export type { LookupOutcome, ReplacementInfo, ScoredDocument } from './outcome.js';
export { isReplacementOf, THRESHOLDS } from './outcome.js';

/**
 * Whether a number the question names is taken as the document asked for. A lone number ("4448") may be a
 * quantity: only when a document has it. A number with a year ("45/2015") is a document number unless it
 * could be a month ("5/2021") that no document has: then "45/2018" is reported as not in the catalogue.
 */
function counts(ref: NumberRef, matches: readonly RefMatch[]): boolean {
  if (ref.form === 'bare') return matches.some((m) => m.exact);
  if (ref.form === 'number-year') return matches.length > 0 || !/^(?:0?[1-9]|1[0-2])$/.test(ref.number);
  return true;
}

/**
 * What to answer: reads the question's numbers against the catalogue, ranks its subject words, and lets the
 * number or the subject decide (by-number.ts, by-subject.ts).
 */
export function decide(question: ParsedQuestion, index: LookupIndex): LookupOutcome {
  const { askedKind, years } = question;
  const tokens: Array<SearchToken | null> = [...question.tokens];

  // A number of another kind than the one a kind word before it asks for is context: "thông tư hướng dẫn
  // nghị định 61". Words after it never are: "nghị định 61/2018 hướng dẫn thế nào về một cửa" asks about it.
  let target: { ref: NumberRef; matches: RefMatch[] } | null = null;
  for (const ref of question.refs) {
    const asked = ref.kindAskedBefore;
    const isContext = (asked !== null && ref.kind !== null && !kindsCompatible(asked, ref.kind)) || ref.relationBefore;
    const matches = isContext ? [] : matchRef(index.withNumber(ref.number), ref, years);
    if (!isContext && !target && counts(ref, matches)) {
      target = { ref, matches };
      continue;
    }
    // the number stays a subject word: titles cite other documents by number
    tokens.push(null, { token: ref.number, form: null });
  }
  // with a number to go by, years were read as part of it; as words they would only blur the subject
  if (target) for (let i = 0; i < tokens.length; i += 1) if (tokens[i] && /^\d+$/.test(tokens[i]!.token)) tokens[i] = null;

  const ranking = index.rank(tokens);
  const coverageOf = ranking.coverageOf;
  const hasSubject = ranking.subjectWeight >= THRESHOLDS.subject;

  let outcome: LookupOutcome;
  if (target) {
    // "chỉ thị 09 năm 2020" is reported as "09 (2020)" when nothing has that number in that year
    const ref =
      target.ref.year === null && years.length > 0 ? { ...target.ref, label: `${target.ref.label} (${years.join(', ')})` } : target.ref;
    outcome = decideByNumber(index, ref, target.matches, ranking.matches, coverageOf, hasSubject);
  } else outcome = decideBySubject(index, question, ranking.matches, ranking.wordWeight, askedKind, years);
  if (outcome.kind !== 'answer') return outcome;
  // what the answer says about the question: its provisions with the question's words
  const answered = index.entries.find((entry) => entry.document === outcome.answer.document);
  const provisions = answered ? index.provisionsFor(answered, question.tokens, MAX_PROVISIONS) : [];
  return { ...outcome, provisions: provisions.map((i) => outcome.answer.document.provisions[i]!) };
}

/** One or two provisions: the answer is a chat message, not the document. */
const MAX_PROVISIONS = 2;
