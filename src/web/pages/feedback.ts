import { formatDateVi } from '../../core/dates/local-date.js';
import type { PageScope } from '../../core/dashboard/view-scope.js';
import { statsPeriodLabel } from '../../core/feedback/period.js';
import type { GroupTicketView } from '../../core/feedback/group-view.js';
import {
  type CasePage,
  type CaseStep,
  type FeedbackBook,
  type RevealedCase,
  SLA_POSITIONS,
  type SlaPosition,
} from '../../core/feedback/queries.js';
import type { Translate } from '../../core/text/translate.js';
import type { Unit } from '../../core/units/unit.js';
import { dateTimeOf } from '../format.js';
import { type Frame, layout, scrollingTable } from '../layout.js';
import { type Html, html } from '../html.js';
import { percent, scopeLine } from './overview.js';
import { unitPicker } from './unit-picker.js';

/*
 * The feedback book (`/phan-anh`) and a case (`/phan-anh/<mã>`). Lists show a case only as a group sees it
 * (GroupTicketView: the redacted summary); the full text and the contact are on the case page only, for those
 * allowed, after the button whose POST writes the audit row.
 */

const channel = (t: Translate, value: string) => t(`feedback-channel-${value.replace(/_/g, '-')}`);
const category = (t: Translate, value: string) => t(`feedback-category-${value.replace(/_/g, '-')}`);
const status = (t: Translate, value: string) => t(`feedback-status-${value.replace(/_/g, '-')}`);

const POSITION_CLASS: Record<SlaPosition, string> = {
  overdue: 'bad',
  dueToday: 'warn',
  dueSoon: 'warn',
  inTime: 'good',
  noDeadline: '',
  closed: 'good',
};

function casesTable(
  frame: Frame,
  position: SlaPosition,
  cases: readonly GroupTicketView[],
  names: ReadonlyMap<number, string>,
  total: number,
): Html {
  const t = frame.t;
  const caption = t(`web-feedback-${position}`);
  return scrollingTable(
    caption,
    html`<table>
      <caption>${caption} <span class="count">(${total})</span></caption>
      <thead>
        <tr>
          <th scope="col">${t('web-feedback-col-code')}</th>
          <th scope="col">${t('web-overview-col-unit')}</th>
          <th scope="col">${t('web-feedback-col-summary')}</th>
          <th scope="col">${t('web-feedback-col-category')}</th>
          <th scope="col">${t('web-feedback-col-due')}</th>
          <th scope="col">${t('web-feedback-col-status')}</th>
        </tr>
      </thead>
      <tbody>
        ${cases.map(
          (view) =>
            html`<tr>
              <th scope="row"><a href="/phan-anh/${view.code}">${view.code}</a></th>
              <td>${names.get(view.unitId) ?? ''}</td>
              <td>${view.summary ?? t('feedback-sensitive-label')}</td>
              <td>${view.category ? category(t, view.category) : t('feedback-sensitive-label')} · ${channel(t, view.channel)}${view.severity === 'urgent' ? html` · <strong>${t('feedback-severity-urgent')}</strong>` : ''}</td>
              <td>${view.slaDue ? formatDateVi(view.slaDue) : '—'}</td>
              <td><span class="status ${POSITION_CLASS[position]}">${status(t, view.status)}</span></td>
            </tr>`,
        )}
      </tbody>
    </table>`,
  );
}

export interface FeedbackBookView {
  scope: PageScope;
  pickable: readonly Unit[];
  book: FeedbackBook;
  /** the period as typed in the filter (`?ky=`), echoed back */
  periodText: string;
}

export function feedbackBookPage(frame: Frame, view: FeedbackBookView): Html {
  const t = frame.t;
  const { book, scope } = view;
  const names = new Map(scope.units.map((unit) => [unit.id, unit.shortName ?? unit.name]));
  const stats = book.statistics.stats;
  const period = statsPeriodLabel(t, book.statistics.period);
  const filters = html`<form class="filters" method="get" action="/phan-anh">
    ${unitPicker(t, { action: '/phan-anh', units: view.pickable, selected: scope.unit?.code ?? null, wholeLabel: t('web-filter-unit-all'), bare: true })}
    <div>
      <label for="ky">${t('web-filter-period')}</label>
      <input type="text" id="ky" name="ky" value="${view.periodText}" placeholder="${t('web-filter-period-example')}" />
    </div>
    <button type="submit">${t('web-filter-apply')}</button>
  </form>`;
  const rate = stats.onTimeRate === null ? t('feedback-rate-none') : percent(frame.locale, stats.onTimeRate);
  const body = html`${filters}
    <p role="status">${scopeLine(t, scope)} ${t('web-feedback-period', { period })}</p>
    <dl class="metrics">
      <div><dt>${t('web-feedback-received')}</dt><dd>${stats.total}</dd></div>
      <div>
        <dt><a href="/cach-tinh#thoi-han-phan-anh">${t('web-feedback-on-time')}</a></dt>
        <dd>${rate}<span class="hint">${t('web-feedback-on-time-of', { onTime: stats.closedOnTime, late: stats.closedLate, overdue: stats.openOverdue })}</span></dd>
      </div>
      <div><dt><a href="/cach-tinh#ton-dong">${t('web-overview-feedback-backlog')}</a></dt><dd>${book.statistics.backlog.length}</dd></div>
    </dl>
    ${SLA_POSITIONS.filter((position) => position !== 'noDeadline' || book.counts.noDeadline > 0).map((position) =>
      book.counts[position] === 0
        ? html`<h2>${t(`web-feedback-${position}`)} <span class="count">(0)</span></h2>`
        : html`<h2>${t(`web-feedback-${position}`)}</h2>
            ${casesTable(frame, position, book.cases[position], names, book.counts[position])}
            ${
              book.counts[position] > book.cases[position].length
                ? html`<p class="hint">${t('web-feedback-more', { count: book.counts[position] - book.cases[position].length })}</p>`
                : ''
            }`,
    )}`;
  return layout(frame, t('web-feedback-title'), body);
}

function historyTable(frame: Frame, history: readonly CaseStep[]): Html {
  const t = frame.t;
  if (history.length === 0) return html`<p>${t('web-case-history-none')}</p>`;
  const caption = t('web-case-history');
  return scrollingTable(
    caption,
    html`<table>
      <caption>${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${t('web-case-col-at')}</th>
          <th scope="col">${t('web-feedback-col-status')}</th>
          <th scope="col">${t('web-case-col-note')}</th>
        </tr>
      </thead>
      <tbody>
        ${history.map(
          (step) =>
            html`<tr>
              <td>${dateTimeOf(step.at, frame.timezone)}</td>
              <td>${status(t, step.status)}</td>
              <td>${step.note ?? ''}</td>
            </tr>`,
        )}
      </tbody>
    </table>`,
  );
}

export interface CasePageView {
  page: CasePage;
  unitName: string;
  /** the full case, once revealed by the button (a POST that wrote the audit row) */
  revealed: RevealedCase | null;
}

/** A case: what a group sees of it; for those allowed, a button that reveals the rest (and is audited). */
export function casePageView(frame: Frame, view: CasePageView): Html {
  const t = frame.t;
  const { page, revealed } = view;
  const v = page.view;
  const facts = html`<dl class="metrics">
    <div><dt>${t('web-overview-col-unit')}</dt><dd class="text">${view.unitName}</dd></div>
    <div><dt>${t('web-feedback-col-category')}</dt><dd class="text">${v.category ? category(t, v.category) : t('feedback-sensitive-label')} · ${channel(t, v.channel)}</dd></div>
    <div><dt>${t('web-feedback-col-due')}</dt><dd class="text">${v.slaDue ? formatDateVi(v.slaDue) : '—'}</dd></div>
    <div><dt>${t('web-feedback-col-status')}</dt><dd class="text">${status(t, v.status)}</dd></div>
  </dl>`;
  const reveal = revealed
    ? html`<section aria-labelledby="day-du" class="card">
        <h2 id="day-du">${t('web-case-full')}</h2>
        <p>${revealed.content}</p>
        <p>
          <strong>${t('web-case-contact')}:</strong>
          ${
            revealed.contact
              ? [revealed.contact.name, revealed.contact.phone, revealed.contact.email, revealed.contact.idNumber]
                  .filter(Boolean)
                  .join(' · ')
              : '—'
          }
        </p>
        <p class="hint">${t('web-case-audited')}</p>
      </section>`
    : page.mayReveal
      ? html`<form method="post" action="/phan-anh/${v.code}/xem-day-du">
          <input type="hidden" name="csrf" value="${frame.csrf ?? ''}" />
          <button type="submit">${t('web-case-reveal')}</button>
          <p class="hint">${t('web-case-reveal-hint')}</p>
        </form>`
      : html`<p class="hint">${t('web-case-redacted-only')}</p>`;
  const body = html`<p class="lead">${v.summary ?? t('feedback-sensitive-label')}</p>
    ${facts} ${reveal}
    <h2>${t('web-case-history')}</h2>
    ${historyTable(frame, revealed ? revealed.history : page.history)}
    <p><a href="/phan-anh">${t('web-case-back')}</a></p>`;
  return layout(frame, t('web-case-title', { code: v.code }), body);
}
