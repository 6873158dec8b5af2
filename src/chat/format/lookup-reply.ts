import { formatDateVi, type LocalDate } from '../../core/dates/local-date.js';
import type { Provision, RegulationDocument, Successor } from '../../core/documents/document.js';
import type { LookupOutcome, ReplacementInfo, ScoredDocument } from '../../core/documents/lookup/decide.js';
import type { RelatedRole } from '../../core/documents/lookup/indexed-entry.js';
import type { NumberRef } from '../../core/documents/lookup/question.js';
import type { Namesake } from '../../core/documents/namesake.js';
import { type DocumentKind, kindOfTypeName, parseSymbol } from '../../core/documents/symbol.js';
import type { ValidityView } from '../../core/documents/validity.js';
import type { Translate } from '../../core/text/translate.js';

export interface LookupReplyOptions {
  /** the language of the reply: the document's English side is shown in English */
  locale: string;
  /** today in the reader's timezone: an amendment "will take" or "took" effect */
  today: LocalDate;
}

const SUBJECT_MAX = 220;
const SUMMARY_MAX = 260;

/** Cut at a word boundary so a long title still reads as one line. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:(–-]+$/, '')}…`;
}

/**
 * Cut at the end of a clause: a sentence or a part of one after a semicolon or a colon is whole, never a phrase
 * cut in the middle. Only when no clause ends early enough does it fall back to a comma or a word.
 */
export function cutAtClause(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  for (const marks of [/[.;](?=\s|$)/g, /:(?=\s)/g]) {
    const ends = [...head.matchAll(marks)].map((m) => m.index);
    const end = ends.filter((i) => i >= max * 0.4).pop();
    if (end !== undefined) return head[end] === ':' ? `${head.slice(0, end)}…` : head.slice(0, end + 1);
  }
  const comma = [...head.matchAll(/,(?=\s)/g)]
    .map((m) => m.index)
    .filter((i) => i >= max * 0.5)
    .pop();
  return comma !== undefined ? `${head.slice(0, comma)}…` : shorten(text, max);
}

const dated = (t: Translate, date: string | null) => (date ? t('lookup-dated', { date: formatDateVi(date) }) : '');

/** The kind of a symbol in words ("Nghị định", "Decree"), for documents known only by their symbol. */
function kindName(t: Translate, kind: DocumentKind | null): string {
  return kind ? t(`lookup-kind-${kind}`) : t('lookup-kind-other');
}

const kindOf = (doc: Pick<RegulationDocument, 'symbol' | 'type'>) => parseSymbol(doc.symbol)?.kind ?? kindOfTypeName(doc.type);

/** The document's own words in the reply's language (its English side, when it has one). */
function fields(t: Translate, doc: RegulationDocument, locale: string) {
  const english = locale === 'en';
  return {
    type: english ? kindName(t, kindOf(doc)) : doc.type,
    title: (english ? doc.titleEn : null) ?? doc.title,
    issuer: (english ? doc.issuerEn : null) ?? doc.issuer,
    summary: english ? (doc.summaryEn ?? doc.summary) : doc.summary,
    provision: (p: Provision) => (english ? (p.en ?? p.vi) : p.vi),
  };
}

/** "Nghị định 285/2025/NĐ-CP (03/11/2025)": a document named by its symbol. */
const named = (t: Translate, symbol: string, date: string | null) =>
  `${kindName(t, parseSymbol(symbol)?.kind ?? null)} ${symbol}${dated(t, date)}`;

function successorText(t: Translate, successor: Successor): string {
  return t(`lookup-v-${successor.role}`, { doc: named(t, successor.symbol, successor.date) });
}

/** The month the sources go up to: "02/2026". */
const month = (date: string) => `${date.slice(5, 7)}/${date.slice(0, 4)}`;

/** One line: whether the document still applies, how it is known, and what follows from its relations. */
export function validityLine(t: Translate, view: ValidityView, today: LocalDate, replacement: string | null = null): string {
  const parts: string[] = [];
  switch (view.state) {
    case 'in_force':
      parts.push(
        view.party
          ? t('lookup-v-party-in-force')
          : view.since
            ? t('lookup-v-in-force-since', { date: formatDateVi(view.since) })
            : t('lookup-v-in-force'),
      );
      break;
    case 'replaced':
      parts.push(t('lookup-v-replaced', { by: replacement ?? named(t, view.replacedBy!.symbol, view.replacedBy!.date) }));
      break;
    case 'repealed':
      parts.push(t('lookup-v-repealed', { by: named(t, view.repealedBy!.symbol, view.repealedBy!.date) }));
      break;
    case 'expired':
      parts.push(t('lookup-v-expired'));
      break;
    case 'may-not-apply': {
      const parent = view.parent!;
      parts.push(
        t('lookup-v-may-not-apply', {
          relation: t(`lookup-rel-${parent.relation}`),
          parent: named(t, parent.symbol, null),
          fate: t(`lookup-fate-${parent.fate}`, { by: parent.by ? named(t, parent.by, parent.date) : '' }),
        }),
      );
      if (parent.carriedBy.length > 0)
        parts.push(t('lookup-v-carried', { list: parent.carriedBy.map((s) => named(t, s, null)).join(', ') }));
      break;
    }
    case 'no-repeal-found':
      parts.push(view.party ? t('lookup-v-party-no-repeal-found') : t('lookup-v-no-repeal-found'));
      break;
    case 'unverified':
      parts.push(view.party ? t('lookup-v-party-unverified') : t('lookup-v-unverified'));
      break;
  }
  if (view.party && view.state !== 'in_force' && view.state !== 'no-repeal-found' && view.state !== 'unverified')
    parts.unshift(t('lookup-v-party'));
  const carries = view.successors.filter((s) => s.role === 'carries');
  if (carries.length > 0) parts.push(t('lookup-v-carried', { list: carries.map((s) => named(t, s.symbol, s.date)).join(', ') }));
  for (const successor of view.successors) if (successor.role !== 'carries') parts.push(successorText(t, successor));
  // what a document rests on matters while it applies
  const applies = view.state === 'in_force' || view.state === 'no-repeal-found' || view.state === 'unverified';
  if (applies && view.parent && view.parent.relation === 'based_on') {
    parts.push(
      t('lookup-v-basis-caveat', {
        parent: named(t, view.parent.symbol, null),
        fate: t(`lookup-fate-${view.parent.fate}`, { by: view.parent.by ? named(t, view.parent.by, view.parent.date) : '' }),
      }),
    );
    if (view.parent.carriedBy.length > 0)
      parts.push(t('lookup-v-basis-now', { list: view.parent.carriedBy.map((s) => named(t, s, null)).join(', ') }));
  }
  if (view.amended)
    parts.push(
      t(view.amended.effective <= today ? 'lookup-v-amended-done' : 'lookup-v-amended-coming', {
        date: formatDateVi(view.amended.effective),
      }),
    );
  const basis =
    view.basis === 'source' && view.source && view.asOf
      ? t('lookup-v-source', { source: view.source, month: month(view.asOf) })
      : view.basis === 'searched' && view.asOf
        ? t('lookup-v-searched', { month: month(view.asOf) })
        : view.basis === 'inferred'
          ? t('lookup-v-inferred')
          : '';
  return t('lookup-validity', { line: parts.join('; '), basis: basis ? ` — ${basis}` : '' });
}

/** "còn hiệu lực", "đã được thay thế bởi …", "chưa xác minh được hiệu lực": for a one-line list. */
function shortStatus(t: Translate, view: ValidityView): string {
  const state = t(`lookup-short-${view.state}`, {
    by: view.replacedBy ? `${view.replacedBy.symbol}${dated(t, view.replacedBy.date)}` : (view.repealedBy?.symbol ?? ''),
  });
  return view.party ? t('lookup-short-party', { state }) : state;
}

function line(t: Translate, scored: ScoredDocument, locale: string): string {
  const doc = scored.document;
  const f = fields(t, doc, locale);
  return t('lookup-line', {
    type: f.type,
    symbol: doc.symbol,
    dated: dated(t, doc.issuedOn),
    title: shorten(f.title, 120),
    status: shortStatus(t, scored.validity),
  });
}

function outsideLine(t: Translate, namesake: Namesake): string {
  return t('lookup-line-outside', {
    type: namesake.type,
    symbol: namesake.symbol,
    dated: dated(t, namesake.issuedOn),
    title: shorten(namesake.title, 120),
  });
}

function place(t: Translate, at: Provision['at']): string | null {
  if (!at) return null;
  if (at.article && at.clause) return t('lookup-at-article-clause', { article: at.article, clause: at.clause });
  if (at.article) return t('lookup-at-article', { article: at.article });
  if (at.chapter) return t('lookup-at-chapter', { chapter: at.chapter });
  return null;
}

/**
 * The answer card: what the document is, what it says about the question (its provisions with the question's
 * words, or else its summary cut at a clause), whether it still applies.
 */
export function documentCard(
  t: Translate,
  scored: ScoredDocument,
  provisions: readonly Provision[],
  options: LookupReplyOptions,
  replacement: ReplacementInfo | null = null,
): string[] {
  const doc = scored.document;
  const f = fields(t, doc, options.locale);
  const lines = [
    doc.issuedOn
      ? t('lookup-heading', { type: f.type, symbol: doc.symbol, issuer: f.issuer, date: formatDateVi(doc.issuedOn) })
      : t('lookup-heading-undated', { type: f.type, symbol: doc.symbol, issuer: f.issuer }),
    t('lookup-subject', { title: shorten(f.title, SUBJECT_MAX) }),
  ];
  // the provisions on the question; else its key provisions; else its summary, cut at a clause
  const shown = provisions.length > 0 ? provisions : doc.provisions.slice(0, 2);
  if (shown.length > 0) {
    lines.push(t(provisions.length > 0 ? 'lookup-provisions' : 'lookup-key-provisions'));
    for (const provision of shown) {
      const at = place(t, provision.at);
      lines.push(
        at ? t('lookup-provision', { at, text: f.provision(provision) }) : t('lookup-provision-unplaced', { text: f.provision(provision) }),
      );
    }
  } else if (f.summary) lines.push(t('lookup-summary', { summary: cutAtClause(f.summary, SUMMARY_MAX) }));
  // what replaced it, with its subject, when the catalogue (or the list of documents outside it) knows it
  const by = replacement?.document ?? replacement?.namesake ?? null;
  const replacedBy = by
    ? t('lookup-replacement', {
        doc: `${replacement?.document ? fields(t, replacement.document, options.locale).type : by.type} ${by.symbol}${dated(t, by.issuedOn)}`,
        title: shorten(replacement?.document ? fields(t, replacement.document, options.locale).title : by.title, 140),
      })
    : null;
  lines.push(validityLine(t, scored.validity, options.today, replacedBy));
  return lines;
}

const refText = (ref: NumberRef) => ref.label;

const roleKey = (role: RelatedRole) => `lookup-role-${role}`;

/** Words the lookup's outcome for a chat reply, in the reply's language. Never claims more than the outcome does. */
export function lookupReply(t: Translate, outcome: LookupOutcome, options: LookupReplyOptions): string {
  const { locale } = options;
  switch (outcome.kind) {
    case 'answer': {
      const doc = outcome.answer.document;
      const lines = documentCard(t, outcome.answer, outcome.provisions, options, outcome.replacement);
      if (outcome.citedAs) lines.push(t('lookup-cited-as', { cited: outcome.citedAs, symbol: doc.symbol }));
      if (outcome.askedKind)
        lines.push(t('lookup-kind-note', { type: fields(t, doc, locale).type, asked: kindName(t, outcome.askedKind).toLowerCase() }));
      for (const namesake of outcome.namesakes) lines.push(t('lookup-namesake-note', { line: outsideLine(t, namesake) }));
      if (outcome.together.length > 0) {
        lines.push(t('lookup-together'));
        for (const partner of outcome.together)
          lines.push(t('lookup-together-line', { line: line(t, partner, locale), role: t(roleKey(partner.role)) }));
      }
      if (outcome.alternatives.length > 0) lines.push(t('lookup-alternatives'), ...outcome.alternatives.map((alt) => line(t, alt, locale)));
      return lines.join('\n');
    }
    case 'ambiguous': {
      const options = outcome.options.map((option) => ('document' in option ? line(t, option, locale) : outsideLine(t, option.namesake)));
      const first = outcome.options.find((option): option is ScoredDocument => 'document' in option);
      // when the options share the very symbol (16/CT-TTg of 2016 and of 2020), only the year tells them apart
      const shared =
        first &&
        outcome.options.some(
          (option) =>
            option !== first && ('document' in option ? option.document.symbol : option.namesake.symbol) === first.document.symbol,
        );
      const year = first?.document.issuedOn?.slice(0, 4);
      const example = first
        ? shared && year
          ? t('lookup-symbol-of-year', { symbol: first.document.symbol, year })
          : first.document.symbol
        : refText(outcome.ref);
      return [t('lookup-ambiguous', { number: refText(outcome.ref) }), ...options, t('lookup-ambiguous-hint', { example })].join('\n');
    }
    case 'unsure': {
      const lines: string[] = [];
      if (outcome.missing) lines.push(t('lookup-missing-number', { number: refText(outcome.missing) }));
      if (outcome.outside) lines.push(t('lookup-outside', { line: outsideLine(t, outcome.outside) }));
      if (outcome.candidates.length > 0) {
        lines.push(
          t(outcome.missing || outcome.outside ? 'lookup-maybe' : 'lookup-unsure'),
          ...outcome.candidates.map((c) => line(t, c, locale)),
        );
        lines.push(t('lookup-unsure-hint'));
      } else lines.push(t(outcome.outside ? 'lookup-outside-add' : 'lookup-catalogue-covers'));
      return lines.join('\n');
    }
    case 'nothing':
      return outcome.missing
        ? [t('lookup-missing-number', { number: refText(outcome.missing) }), t('lookup-nothing-hint')].join('\n')
        : [t('lookup-nothing'), t('lookup-catalogue-covers')].join('\n');
    case 'no-question':
      return t('lookup-no-question');
  }
}
