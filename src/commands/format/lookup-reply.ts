import { formatDateVi } from '../../core/dates/local-date.js';
import type { RegulationDocument } from '../../core/documents/document.js';
import type { LookupOutcome, ReplacementInfo, ScoredDocument } from '../../core/documents/lookup/decide.js';
import type { NumberRef } from '../../core/documents/lookup/question.js';
import type { Namesake } from '../../core/documents/namesake.js';
import type { Translate } from '../../core/text/translate.js';

const SUBJECT_MAX = 220;
const SUMMARY_MAX = 240;

// Cut at a word boundary so a long title still reads as one line.
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:(–-]+$/, '')}…`;
}

const dated = (t: Translate, date: string | null) => (date ? t('lookup-dated', { date: formatDateVi(date) }) : '');

/** "đã được thay thế bởi Nghị định 118/2025/NĐ-CP (…)" and the like, for a one-line list. */
function shortStatus(t: Translate, doc: RegulationDocument): string {
  switch (doc.status) {
    case 'in_force':
      return t('lookup-short-in-force');
    case 'replaced':
      // with its date when the symbol alone is ambiguous: 30c/NQ-CP's 76/NQ-CP is not the catalogued one
      return t('lookup-short-replaced', { by: `${doc.replacedBy ?? '?'}${dated(t, doc.replacedByIssuedOn)}` });
    case 'expired':
      return t('lookup-short-expired');
    default:
      return t('lookup-short-unknown');
  }
}

function line(t: Translate, doc: RegulationDocument): string {
  return t('lookup-line', {
    type: doc.type,
    symbol: doc.symbol,
    dated: dated(t, doc.issuedOn),
    title: shorten(doc.title, 120),
    status: shortStatus(t, doc),
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

function statusLine(t: Translate, doc: RegulationDocument, replacement: ReplacementInfo | null): string {
  switch (doc.status) {
    case 'in_force':
      return doc.effectiveOn ? t('lookup-status-in-force-since', { date: formatDateVi(doc.effectiveOn) }) : t('lookup-status-in-force');
    case 'replaced': {
      const by = replacement?.document
        ? t('lookup-replacement', {
            type: replacement.document.type,
            symbol: replacement.document.symbol,
            title: shorten(replacement.document.title, 140),
            dated: dated(t, replacement.document.issuedOn),
          })
        : replacement?.namesake
          ? t('lookup-replacement', {
              type: replacement.namesake.type,
              symbol: replacement.namesake.symbol,
              title: shorten(replacement.namesake.title, 140),
              dated: dated(t, replacement.namesake.issuedOn),
            })
          : `${doc.replacedBy ?? '?'}${dated(t, doc.replacedByIssuedOn)}`;
      return t('lookup-status-replaced', { replacement: by });
    }
    case 'expired':
      return t('lookup-status-expired');
    default:
      return t('lookup-status-unknown');
  }
}

/** The answer card: what the document is, what it governs, whether it still applies. */
export function documentCard(t: Translate, doc: RegulationDocument, replacement: ReplacementInfo | null): string[] {
  const lines = [
    doc.issuedOn
      ? t('lookup-heading', { type: doc.type, symbol: doc.symbol, issuer: doc.issuer, date: formatDateVi(doc.issuedOn) })
      : t('lookup-heading-undated', { type: doc.type, symbol: doc.symbol, issuer: doc.issuer }),
    t('lookup-subject', { title: shorten(doc.title, SUBJECT_MAX) }),
  ];
  if (doc.summary) lines.push(t('lookup-summary', { summary: shorten(doc.summary, SUMMARY_MAX) }));
  lines.push(statusLine(t, doc, replacement));
  return lines;
}

const refText = (ref: NumberRef) => ref.label;

/** Words the lookup's outcome for a chat reply. Never claims more than the outcome does. */
export function lookupReply(t: Translate, outcome: LookupOutcome): string {
  switch (outcome.kind) {
    case 'answer': {
      const doc = outcome.answer.document;
      const lines = documentCard(t, doc, outcome.replacement);
      if (outcome.citedAs) lines.push(t('lookup-cited-as', { cited: outcome.citedAs, symbol: doc.symbol }));
      if (outcome.askedKind) lines.push(t('lookup-kind-note', { type: doc.type }));
      for (const namesake of outcome.namesakes) lines.push(t('lookup-namesake-note', { line: outsideLine(t, namesake) }));
      if (outcome.alternatives.length > 0)
        lines.push(t('lookup-alternatives'), ...outcome.alternatives.map((alt: ScoredDocument) => line(t, alt.document)));
      return lines.join('\n');
    }
    case 'ambiguous': {
      const options = outcome.options.map((option) => ('document' in option ? line(t, option.document) : outsideLine(t, option.namesake)));
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
          ...outcome.candidates.map((c) => line(t, c.document)),
        );
      }
      lines.push(t('lookup-unsure-hint'));
      return lines.join('\n');
    }
    case 'nothing':
      return outcome.missing
        ? [t('lookup-missing-number', { number: refText(outcome.missing) }), t('lookup-nothing-hint')].join('\n')
        : t('lookup-nothing');
    case 'no-question':
      return t('lookup-no-question');
  }
}
