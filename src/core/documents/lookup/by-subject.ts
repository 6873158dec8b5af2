import { type DocumentKind, kindsCompatible } from '../symbol.js';
import { editDistance } from '../../text/edit-distance.js';
import type { IndexedEntry } from './indexed-entry.js';
import type { SearchToken } from './normalize.js';
import { isReplacementOf, type LookupOutcome, MAX_ALTERNATIVES, MAX_CANDIDATES, replacementOf, scored, THRESHOLDS } from './outcome.js';
import type { ParsedQuestion } from './question.js';
import type { LookupIndex, TextMatch } from './text-index.js';

function kindFits(asked: DocumentKind | null, entry: IndexedEntry): boolean {
  return !asked || !entry.kind || kindsCompatible(asked, entry.kind);
}

// Kinds that are also ordinary subject words: asked for, they tip the balance but never rule a document out.
const SOFT_KINDS: readonly DocumentKind[] = ['kh', 'hd', 'ctr'];
// A plan or programme carries out other documents; unless the question asks for one, those come first.
const PLAN_KINDS: readonly DocumentKind[] = ['kh', 'ctr'];
const PLAN_DISCOUNT = 0.8;
// The assistant serves a health department: between a health-sector rule and a general one that fit about as
// well, the sector's own (issued by Bộ Y tế or a Sở Y tế) is the more specific answer.
const HEALTH_SECTOR = 1.1;
// A document about other people than the question names is a poor fit, however many words it shares.
const OFF_AUDIENCE = 0.5;
// Words that ask for the document that carries out, explains or amends another one.
const RELATION_WORDS = new Set(['huong', 'trien', 'sua', 'bo', 'chi', 'thi']);
const RELATION_PAIRS = new Set(['huong dan', 'trien khai', 'sua doi', 'bo sung', 'chi tiet', 'thi hanh']);

function pairsOf(tokens: ReadonlyArray<SearchToken | null>): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const [a, b] = [tokens[i]?.token, tokens[i + 1]?.token];
    if (a && b && RELATION_WORDS.has(a)) pairs.add(`${a} ${b}`);
  }
  return pairs;
}

/**
 * A law asked for by its name ("luật khiếu nại") is the law of that name: every word of the name is a word
 * of its title (a longer one spelt one letter off counts). A law about something else whose summary or
 * everyday words mention the name (the law on receiving citizens mentions complaints) is not it.
 */
function isCalled(entry: IndexedEntry, name: readonly string[]): boolean {
  const words = [...entry.titleWords];
  return name.every(
    (word) => entry.titleWords.has(word) || (word.length >= 4 && words.some((t) => t.length >= 4 && editDistance(word, t, 1) <= 1)),
  );
}

/** Neither expired nor replaced: a repealed decree is no better answer than the circular that guided it. */
const stillApplies = (entry: IndexedEntry) => entry.document?.status !== 'expired' && entry.document?.status !== 'replaced';

/**
 * `current` is what a question about the subject of `other` should get: its replacement, the document it
 * carries out, or the replacement of the document it carries out (a guide to a replaced decree).
 */
function supersedes(current: IndexedEntry, other: IndexedEntry, asksForDerived: boolean): boolean {
  if (isReplacementOf(current, other)) return true;
  // a replaced document never comes before what replaced it, whatever the new one's title cites
  if (isReplacementOf(other, current)) return false;
  if (asksForDerived || !stillApplies(current)) return false;
  return other.basedOn.some((base) => base === current || isReplacementOf(current, base));
}

// A document outside the catalogue is "probably the one you mean" when the question names this much of its title.
const OUTSIDE_TITLE = 0.6;
// A document of another kind than the one asked for needs this much of the question to be the answer.
const OTHER_KIND_COVERAGE = 0.75;
// Documents that no longer apply (a plan whose period is over, a replaced decree) come after those that still
// apply when both fit.
const NO_LONGER = 0.85;
/** How close another document must come to the best one for the kind asked for to choose between them. */
const KIND_REACH = 0.8;
// A document that applies together with the answer (the plan carrying it out) fits the question this well.
const TOGETHER = 0.45;
// A year the question names that is the document's own (issued, or in its title: "kế hoạch … năm 2019") tells
// it from the plans of other years, whose titles share every other word.
const YEAR_NAMED = 1.2;
// A document that has the question's words only in passing (its summary mentions the hotline), hardly any in
// what it is about (its title and everyday words), comes after one that is about them.
const IN_PASSING = { anchor: 0.05, factor: 0.75 } as const;
// A question that names this share of a document's title names it, against one whose title it names less.
const WHOLE_TITLE = { named: 0.85, lead: 0.15 } as const;
// The issuer named in words ("chỉ thị của thủ tướng về…") is a preference, as the kind is.
const ISSUER_NAMED = 1.15;
/**
 * A question that tells its situation in everyday words no document has ("đi dép lê", "bà cụ bỏ thư", "uống
 * cà phê") covers less of itself than the usual share, though its subject is one document's own. In Vietnamese
 * each such word costs an unknown pair on top of its syllables, so the share understates the match most. Such
 * a document answers when a good part of the question is in its own title or everyday words and it scores
 * far above any other document (a namesake outside the catalogue included).
 */
const DOMINANT = { coverage: 0.42, anchor: 0.4, relevance: 0.42, lead: 0.42 } as const;

const issuerOf = (entry: IndexedEntry) => entry.symbols[0]?.parts.issuer ?? null;

/**
 * No number: the subject words alone. An answer needs most of them found in one document, a strong match
 * and a clear lead; the kind asked for chooses between close documents; a document related to the answer
 * (the plan carrying out a directive, the decree detailing a law) that fits as well is named with it.
 * Otherwise the closest documents are offered as candidates.
 */
export function decideBySubject(
  index: LookupIndex,
  question: ParsedQuestion,
  matches: TextMatch[],
  wordWeight: number,
  askedKind: DocumentKind | null,
  years: readonly number[],
): LookupOutcome {
  if (wordWeight === 0) return question.refs.length > 0 ? { kind: 'nothing', missing: null } : { kind: 'no-question' };

  const pairs = pairsOf(question.tokens);
  const namesIssuer = (entry: IndexedEntry) => question.issuers.length > 0 && question.issuers.includes(issuerOf(entry) ?? '');
  const asksForRelation = [...pairs].some((pair) => RELATION_PAIRS.has(pair));
  const asksForPlan = (askedKind !== null && PLAN_KINDS.includes(askedKind)) || pairs.has('trien khai');
  const softKind = askedKind !== null && SOFT_KINDS.includes(askedKind);

  const yearNamed = (entry: IndexedEntry) => years.some((y) => y === entry.issuedYear || entry.titleYears.has(y));
  // the year named tips the balance between otherwise close documents; a plan comes after what it carries out
  const adjusted = matches
    .map((m) => {
      let relevance = m.relevance;
      if (softKind && kindFits(askedKind, m.entry)) relevance *= 1.15;
      if (namesIssuer(m.entry)) relevance *= ISSUER_NAMED;
      if (!asksForPlan && m.entry.kind && PLAN_KINDS.includes(m.entry.kind)) relevance *= PLAN_DISCOUNT;
      if (m.entry.healthSector) relevance *= HEALTH_SECTOR;
      // unless the year named is its own: the question asks about that document, then
      if (!yearNamed(m.entry) && (m.entry.document?.status === 'expired' || m.entry.document?.status === 'replaced'))
        relevance *= NO_LONGER;
      if (m.offAudience) relevance *= OFF_AUDIENCE;
      if (m.anchor < IN_PASSING.anchor) relevance *= IN_PASSING.factor;
      if (yearNamed(m.entry)) relevance *= YEAR_NAMED;
      return { ...m, relevance };
    })
    .sort((a, b) => b.relevance - a.relevance);

  // The kind asked for is a preference: among the documents close to the best one, one of that kind decides.
  // A law is asked for by name ("luật tiếp công dân"): only a law of that name is it.
  const best = adjusted[0];
  if (best && askedKind && !softKind && !kindFits(askedKind, best.entry)) {
    const ofKind = adjusted.find(
      (m) =>
        m.entry.document &&
        !m.offAudience &&
        kindFits(askedKind, m.entry) &&
        m.relevance >= KIND_REACH * best.relevance &&
        m.coverage >= THRESHOLDS.coverage * best.coverage,
    );
    if (ofKind) {
      adjusted.splice(adjusted.indexOf(ofKind), 1);
      adjusted.unshift(ofKind);
    }
  }

  // a decree asked for, and the best document is the circular guiding it (whose title names the decree's
  // subject): the decree answers, the guide with it
  const guideFirst = adjusted[0];
  if (guideFirst && askedKind && !softKind && !kindFits(askedKind, guideFirst.entry)) {
    const base = adjusted.find(
      (m) =>
        m.entry.document &&
        !m.offAudience &&
        kindFits(askedKind, m.entry) &&
        guideFirst.entry.related.some((r) => r.entry === m.entry && r.role === 'base') &&
        m.relevance >= TOGETHER * guideFirst.relevance &&
        m.coverage >= THRESHOLDS.coverage * guideFirst.coverage,
    );
    if (base) {
      adjusted.splice(adjusted.indexOf(base), 1);
      adjusted.unshift(base);
    }
  }

  // a plan, a guide or a programme asked for, and the best document is what it carries out: the plan answers
  const leader = adjusted[0];
  if (leader && askedKind && softKind && !kindFits(askedKind, leader.entry)) {
    const derived = adjusted.find(
      (m) =>
        m.entry.document &&
        kindFits(askedKind, m.entry) &&
        leader.entry.related.some((r) => r.entry === m.entry) &&
        m.relevance >= TOGETHER * leader.relevance,
    );
    if (derived) {
      adjusted.splice(adjusted.indexOf(derived), 1);
      adjusted.unshift(derived);
    }
  }

  // the document in force before the one it replaced, the base document before the one carrying it out
  const [first, second] = adjusted;
  if (
    first &&
    second &&
    second.relevance >= THRESHOLDS.margin * first.relevance &&
    (!askedKind || softKind || kindFits(askedKind, second.entry) || !kindFits(askedKind, first.entry)) &&
    supersedes(second.entry, first.entry, asksForRelation || asksForPlan) &&
    // "nghị định một cửa năm 2018" asks for the decree of 2018, not the one that replaced it
    !(yearNamed(first.entry) && !yearNamed(second.entry))
  ) {
    adjusted[0] = second;
    adjusted[1] = first;
  }

  // a plan or directive carrying out another one that fits too: the one carried out first, the plan with it
  const lead = adjusted[0];
  if (lead && !asksForPlan && !asksForRelation) {
    const base = adjusted.find(
      (m) =>
        m !== lead &&
        m.entry.document &&
        lead.entry.related.some((r) => r.entry === m.entry && r.role === 'base') &&
        stillApplies(m.entry) &&
        m.relevance >= TOGETHER * lead.relevance &&
        (!askedKind || softKind || kindFits(askedKind, m.entry) || !kindFits(askedKind, lead.entry)) &&
        // "chỉ thị của thủ tướng về…": the directive of the issuer named stays first
        (namesIssuer(m.entry) || !namesIssuer(lead.entry)),
    );
    if (base) {
      adjusted.splice(adjusted.indexOf(base), 1);
      adjusted.unshift(base);
    }
  }

  // a document and the one amending it fit as well (the amendment's title repeats the subject): the subject's
  // own document first, the amendment with it, unless the question asks for the amendment
  const amendment = adjusted[0];
  if (amendment && !asksForRelation) {
    const amended = adjusted.find(
      (m) =>
        m !== amendment &&
        m.entry.document &&
        amendment.entry.related.some((r) => r.entry === m.entry && r.role === 'amended') &&
        m.relevance >= THRESHOLDS.margin * amendment.relevance,
    );
    if (amended) {
      adjusted.splice(adjusted.indexOf(amended), 1);
      adjusted.unshift(amended);
    }
  }

  // "luật dân chủ ở cơ sở và văn bản hướng dẫn": the decree fits best, the law of that name goes first with it
  const guide = adjusted[0];
  if (guide && askedKind === 'luat' && question.lawName.length > 0 && !kindFits(askedKind, guide.entry)) {
    const law = adjusted.find(
      (m) =>
        m.entry.document &&
        kindFits(askedKind, m.entry) &&
        isCalled(m.entry, question.lawName) &&
        guide.entry.related.some((r) => r.entry === m.entry) &&
        m.relevance >= TOGETHER * guide.relevance,
    );
    if (law) {
      adjusted.splice(adjusted.indexOf(law), 1);
      adjusted.unshift(law);
    }
  }

  // two documents fit about as well and the question names the whole title of one, not all of the other's
  // ("kế hoạch cải cách hành chính tỉnh khánh hòa năm 2019" is not the plan for propaganda on it): that one
  let [named, other] = adjusted;
  let namesTitle = false;
  if (named && other && other.relevance >= THRESHOLDS.margin * named.relevance) {
    const [a, b] = [index.titleCoverage(named.entry, question.tokens), index.titleCoverage(other.entry, question.tokens)];
    if (b > a) [named, other, namesTitle] = [other, named, b >= WHOLE_TITLE.named && a <= b - WHOLE_TITLE.lead];
    else namesTitle = a >= WHOLE_TITLE.named && b <= a - WHOLE_TITLE.lead;
    if (namesTitle && named !== adjusted[0]) {
      adjusted.splice(adjusted.indexOf(named), 1);
      adjusted.unshift(named);
    }
  }

  const top = adjusted[0];
  if (!top) return { kind: 'nothing', missing: null };
  // a document related to the answer fits the question as one of a pair: it is named with it, not against it
  const partners = top.entry.document
    ? adjusted.filter(
        (m) =>
          m !== top &&
          m.entry.document &&
          !m.offAudience &&
          top.entry.related.some((r) => r.entry === m.entry) &&
          m.relevance >= TOGETHER * top.relevance &&
          m.coverage >= 0.4,
      )
    : [];
  const rival = adjusted.find((m) => m !== top && !partners.includes(m));
  const kindChose = askedKind !== null && !softKind && kindFits(askedKind, top.entry) && rival && !kindFits(askedKind, rival.entry);
  // between a document that still applies and one that no longer does, fitting about as well, the one that
  // applies is the answer (the other is offered beside it), unless a year named points to the past
  const outlived =
    years.length === 0 &&
    rival !== undefined &&
    stillApplies(top.entry) &&
    rival.entry.document !== null &&
    !stillApplies(rival.entry) &&
    rival.relevance <= top.relevance;
  const clearLead =
    !rival ||
    (namesTitle && rival === other) ||
    rival.relevance < THRESHOLDS.margin * top.relevance ||
    outlived ||
    supersedes(top.entry, rival.entry, asksForRelation || asksForPlan) ||
    (kindChose && rival.relevance <= top.relevance / KIND_REACH);
  const nameOk = askedKind !== 'luat' || question.lawName.length === 0 || isCalled(top.entry, question.lawName);
  // "quy tắc ứng xử của giáo viên": the words fit the health sector's code of conduct, the people do not
  // a law named by its name ("luật phòng chống tham nhũng") is a law: a Party rule of that subject is not it
  const lawOk = askedKind !== 'luat' || question.lawName.length === 0 || kindFits(askedKind, top.entry);
  // a document of another kind than asked is answered (with a note) when it fits the question well
  const kindOk = !askedKind || softKind || kindFits(askedKind, top.entry) || top.coverage >= OTHER_KIND_COVERAGE;
  // documents answered together are judged together: the plan may say what the directive does not
  const coverage = Math.max(top.coverage, ...partners.map((m) => m.coverage));
  // a document that has the question's words only in passing (its summary), hardly any in what it is about, is
  // no contender
  // no contender either is a document that no longer applies, beside one that does (`outlived`)
  const contender = adjusted.find(
    (m) =>
      m !== top &&
      !partners.includes(m) &&
      m.anchor >= IN_PASSING.anchor &&
      !supersedes(top.entry, m.entry, false) &&
      !(years.length === 0 && m.entry.document && stillApplies(top.entry) && !stillApplies(m.entry)),
  );
  const dominant =
    index.readsCompounds &&
    top.coverage >= DOMINANT.coverage &&
    top.anchor >= DOMINANT.anchor &&
    top.relevance >= DOMINANT.relevance &&
    (!contender || contender.relevance <= DOMINANT.lead * top.relevance);
  const confident =
    top.entry.document !== null &&
    !top.offAudience &&
    !top.missesHead &&
    (top.anchored || partners.some((m) => m.anchored)) &&
    lawOk &&
    kindOk &&
    (coverage >= THRESHOLDS.coverage || dominant) &&
    top.relevance >= THRESHOLDS.relevance &&
    clearLead &&
    nameOk;

  const catalogued = adjusted.filter((m) => m.entry.document);
  if (confident) {
    // a replaced answer shows its replacement first among the alternatives, whatever it scored (if at all)
    const replacedBy = replacementOf(index, top.entry);
    const replacement = catalogued.find((m) => isReplacementOf(m.entry, top.entry));
    const alternatives = [...(replacement ? [replacement] : []), ...catalogued.filter((m) => m !== replacement)]
      .filter(
        (m) =>
          m !== top &&
          !partners.includes(m) &&
          (m === replacement || (m.relevance >= THRESHOLDS.alternative * top.relevance && m.coverage >= 0.4 && !m.offAudience)),
      )
      .map((m) => scored(m.entry, Math.min(1, m.relevance)));
    if (!replacement && replacedBy?.entry) alternatives.unshift(scored(replacedBy.entry, 0));
    return {
      kind: 'answer',
      answer: scored(top.entry, Math.min(1, top.relevance)),
      replacement: replacedBy,
      alternatives: alternatives.slice(0, MAX_ALTERNATIVES),
      together: partners.map((m) => ({
        ...scored(m.entry, Math.min(1, m.relevance)),
        role: top.entry.related.find((r) => r.entry === m.entry)!.role,
      })),
      provisions: [],
      citedAs: null,
      askedKind: softKind || kindFits(askedKind, top.entry) ? null : askedKind,
      namesakes: [],
    };
  }

  const candidates = catalogued
    .filter((m) => m.coverage >= 0.3 && m.relevance >= 0.15)
    .slice(0, MAX_CANDIDATES)
    .map((m) => scored(m.entry, Math.min(1, m.relevance)));
  // a document outside the catalogue is named only when the question asks for its very subject
  const outside =
    top.entry.namesake && top.coverage >= THRESHOLDS.coverage && index.titleCoverage(top.entry, question.tokens) >= OUTSIDE_TITLE
      ? top.entry.namesake
      : null;
  if (candidates.length === 0 && !outside) return { kind: 'nothing', missing: null };
  return { kind: 'unsure', candidates, outside, missing: null };
}
