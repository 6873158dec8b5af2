import type { WorkingCalendar } from '../../core/calendar/working-calendar.js';
import { formatDateVi, type LocalDate } from '../../core/dates/local-date.js';
import type { PageScope } from '../../core/dashboard/view-scope.js';
import { openDueState } from '../../core/deadlines/deadline.js';
import type { ExplanationState } from '../../core/plans/explanation-request.js';
import type { OccurrencePage } from '../../core/plans/occurrence-page.js';
import type { ConsolidatedRow } from '../../core/reports/consolidated-report.js';
import { type PlanGrid, gridPeriodKey } from '../../core/reports/plan-grid.js';
import { periodLabel } from '../../core/reports/report-period.js';
import type { BucketTotals } from '../../core/reports/status-bucket.js';
import type { Translate } from '../../core/text/translate.js';
import { UNIT_KINDS, type Unit, type UnitKind } from '../../core/units/unit.js';
import { periodOf } from '../format.js';
import { type Frame, layout, scrollingTable } from '../layout.js';
import { type Html, html } from '../html.js';
import { percent, scopeLine } from './overview.js';

const CELL_CLASS = { done_on_time: 'good', done_late: 'warn', open_on_time: 'open', open_overdue: 'bad', no_deadline: '' } as const;

/** "Xong", "Xong trễ 3 ngày", "Còn 4 ngày", "Quá hạn 5 ngày": a cell's state in words beside its colour. */
export function cellLabel(t: Translate, row: ConsolidatedRow, today: LocalDate, calendar: WorkingCalendar): string {
  switch (row.bucket) {
    case 'done_on_time':
      return t('web-grid-done');
    case 'done_late':
      return t('web-grid-done-late', { days: row.daysLate ?? 0 });
    case 'open_overdue':
      return t('web-due-overdue', { days: row.daysLate ?? 0 });
    case 'open_on_time': {
      const state = openDueState(row.dueDate, today, calendar);
      return state.kind === 'today' ? t('web-due-today') : t('web-due-left', { days: state.kind === 'upcoming' ? state.days : 0 });
    }
    default:
      return t('web-due-none');
  }
}

const totalsText = (t: Translate, totals: BucketTotals) =>
  t('web-grid-totals', { done: totals.doneOnTime + totals.doneLate, overdue: totals.openOverdue, total: totals.total });

/** A long explanation in a cell of the grid: its first words (the occurrence's page shows it all). */
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/**
 * "Đã yêu cầu giải trình 24/11", and once answered "Giải trình: <lý do> — <tên>, 25/11/2026": a request's state
 * in words (clipped in a cell of the grid).
 */
function explanationText(t: Translate, state: ExplanationState, max = Number.POSITIVE_INFINITY): string {
  if (!state.answer) return t('web-explain-requested', { date: formatDateVi(state.requestedOn).slice(0, 5) });
  return t('web-explain-answered', { text: clip(state.answer.text, max), name: state.answer.by, date: formatDateVi(state.answer.on) });
}

/** "Trang 2/8": links to every page of units, the filters kept. */
function pager(t: Translate, grid: PlanGrid, here: URL): Html {
  const link = (page: number) => {
    const url = new URL(here);
    url.searchParams.set('trang', String(page));
    return `${url.pathname}${url.search}`;
  };
  return html`<nav class="pager" aria-label="${t('web-grid-pages')}">
    <p>${t('web-grid-page', { page: grid.page, pages: grid.pages, units: grid.unitCount })}</p>
    <ul>
      ${Array.from({ length: grid.pages }, (_, i) => i + 1).map((page) =>
        page === grid.page
          ? html`<li><a href="${link(page)}" aria-current="page">${page}</a></li>`
          : html`<li><a href="${link(page)}">${page}</a></li>`,
      )}
    </ul>
  </nav>`;
}

/**
 * A red cell's buttons, "Nhắc" and "Giải trình", in one form (the second posts to its own address): a page of
 * 2 000 cells carries one token per cell, not two, on one line each.
 */
function cellActions(t: Translate, csrf: string, occurrenceId: number, nudgeLabel: string, explainLabel: string | null): Html {
  const explain = explainLabel
    ? html`<button type="submit" class="explain" formaction="/ky-bao-cao/${occurrenceId}/giai-trinh" aria-label="${explainLabel}">${t('web-explain-cell')}</button>`
    : '';
  return html`<form class="nudge" method="post" action="/ky-bao-cao/${occurrenceId}/nhac"><input type="hidden" name="csrf" value="${csrf}" /><button type="submit" aria-label="${nudgeLabel}">${t('web-nudge-cell')}</button>${explain}</form>`;
}

export interface PlanGridView {
  grid: PlanGrid;
  scope: PageScope;
  pickable: readonly Unit[];
  filters: { period: string; overdueOnly: boolean; unitKind: UnitKind | null };
  today: LocalDate;
  calendar: WorkingCalendar;
  /** the page's address, for the pager's links */
  here: URL;
  /** the units whose overdue cells carry a "Nhắc" button for this person (decided in the domain) */
  nudgeUnits: ReadonlySet<number>;
}

/** `/ke-hoach/<mã>`: units × tasks for a period, each cell coloured and labelled, with row and column totals. */
export function planGridPage(frame: Frame, view: PlanGridView): Html {
  const t = frame.t;
  const { grid, scope } = view;
  const code = grid.plan.code ?? grid.plan.symbol ?? String(grid.plan.id);
  const action = `/ke-hoach/${encodeURIComponent(code)}`;
  const filters = html`<form class="filters" method="get" action="${action}">
    <div>
      <label for="ky">${t('web-grid-period')}</label>
      <input type="text" id="ky" name="ky" value="${view.filters.period}" placeholder="2026, 2026-Q4, 2026-11" />
    </div>
    <div>
      <label for="don-vi">${t('web-filter-unit')}</label>
      <select id="don-vi" name="don-vi">
        <option value="" ${scope.unit === null ? html`selected` : ''}>${t('web-filter-unit-all')}</option>
        ${view.pickable.map(
          (unit) =>
            html`<option value="${unit.code}" ${unit.code === scope.unit?.code ? html`selected` : ''}>${unit.name} (${unit.code})</option>`,
        )}
      </select>
    </div>
    <div>
      <label for="loai">${t('web-grid-kind')}</label>
      <select id="loai" name="loai">
        <option value="" ${view.filters.unitKind === null ? html`selected` : ''}>${t('web-grid-kind-all')}</option>
        ${UNIT_KINDS.map((kind) => html`<option value="${kind}" ${kind === view.filters.unitKind ? html`selected` : ''}>${t(`web-kind-${kind}`)}</option>`)}
      </select>
    </div>
    <div>
      <input type="checkbox" id="qua-han" name="qua-han" value="1" ${view.filters.overdueOnly ? html`checked` : ''} />
      <label for="qua-han">${t('web-grid-overdue-only')}</label>
    </div>
    <button type="submit">${t('web-filter-apply')}</button>
  </form>`;
  const caption = t('web-grid-caption', { plan: grid.plan.title, period: periodLabel(t, grid.period) });
  const table = html`<table class="grid">
    <caption>${caption}</caption>
    <thead>
      <tr>
        <th scope="col">${t('web-overview-col-unit')}</th>
        ${grid.tasks.map((task) => html`<th scope="col" title="${task.title}"><abbr title="${task.title}">${task.taskCode}</abbr></th>`)}
        <th scope="col">${t('web-grid-row-total')}</th>
      </tr>
    </thead>
    <tbody>
      ${grid.rows.map(
        (row) =>
          html`<tr>
            <th scope="row"><a href="/don-vi/${row.unit.code}">${row.unit.shortName ?? row.unit.name}</a></th>
            ${grid.tasks.map((task) => {
              const cell = row.cells.get(task.taskId) ?? [];
              if (cell.length === 0) return html`<td class="none">—</td>`;
              return html`<td>
                ${cell.map(
                  (occurrence) =>
                    html`<a class="cell ${CELL_CLASS[occurrence.bucket]}" href="/ky-bao-cao/${occurrence.occurrenceId}"
                      >${cellLabel(t, occurrence, view.today, view.calendar)}${cell.length > 1 ? html` <small>(${periodOf(occurrence.period)})</small>` : ''}</a
                    >${
                      occurrence.bucket === 'open_overdue' && view.nudgeUnits.has(row.unit.id)
                        ? cellActions(
                            t,
                            frame.csrf ?? '',
                            occurrence.occurrenceId,
                            t('web-nudge-cell-label', { unit: row.unit.shortName ?? row.unit.name, task: task.taskCode }),
                            // one open request at a time: while it waits for its answer, the cell says so instead
                            grid.explanations.get(occurrence.occurrenceId)?.answer === null
                              ? null
                              : t('web-explain-cell-label', { unit: row.unit.shortName ?? row.unit.name, task: task.taskCode }),
                          )
                        : ''
                    }${explanationLine(grid.explanations.get(occurrence.occurrenceId))}`,
                )}
              </td>`;
            })}
            <td>${totalsText(t, row.totals)}</td>
          </tr>`,
      )}
    </tbody>
    <tfoot>
      <tr>
        <th scope="row">${t('web-grid-column-total')}</th>
        ${grid.tasks.map((task) => html`<td>${totalsText(t, task.totals)}</td>`)}
        <td>${totalsText(t, grid.totals)}</td>
      </tr>
    </tfoot>
  </table>`;
  function explanationLine(state: ExplanationState | undefined): Html | string {
    return state ? html`<small class="explanation">${explanationText(t, state, 80)}</small>` : '';
  }
  const rate = grid.totals.onTimeRate === null ? t('web-overview-rate-none') : percent(frame.locale, grid.totals.onTimeRate);
  const body = html`${filters}
    <p role="status">${scopeLine(t, scope)} ${t('web-grid-summary', { units: grid.unitCount, tasks: grid.tasks.length })}
      <a href="/cach-tinh#ti-le-dung-han">${t('web-overview-rate')}</a>: ${rate}.</p>
    ${grid.rows.length === 0 ? html`<p>${t('web-grid-empty')}</p>` : scrollingTable(caption, table)}
    ${grid.pages > 1 ? pager(t, grid, view.here) : ''}
    <ul class="legend">
      <li><span class="cell good">${t('web-grid-done')}</span></li>
      <li><span class="cell warn">${t('web-grid-done-late', { days: 'N' })}</span></li>
      <li><span class="cell open">${t('web-due-left', { days: 'N' })}</span></li>
      <li><span class="cell bad">${t('web-due-overdue', { days: 'N' })}</span></li>
    </ul>
    <p class="hint">${t('web-grid-period-hint', { key: gridPeriodKey(grid.period) })} ${formatDateVi(grid.period.from)} – ${formatDateVi(grid.period.to)}</p>`;
  return layout(frame, t('web-grid-title', { plan: code }), body);
}

/** `/ky-bao-cao/<id>`: a cell of the grid opened: the task, the unit, the deadline and its state, the latest report, the evidence. */
/** What came of a "Nhắc đơn vị" click, said above the occurrence. */
export type NudgeResult = { kind: 'sent'; chat: string } | { kind: 'already-sent' | 'no-group' | 'not-overdue' };
/** What came of a "Yêu cầu giải trình" click. */
export type ExplainResult = { kind: 'sent'; chat: string } | { kind: 'already-open' | 'no-group' | 'not-overdue' };

export function occurrencePageView(
  frame: Frame,
  view: {
    page: OccurrencePage;
    today: LocalDate;
    calendar: WorkingCalendar;
    nudged?: NudgeResult | null;
    explained?: ExplainResult | null;
  },
): Html {
  const t = frame.t;
  const { occurrence, unit, latestReport, evidence, nudge, explanation } = view.page;
  const state = openDueState(occurrence.dueDate, view.today, view.calendar);
  const overdue = occurrence.status === 'open' && state.kind === 'overdue';
  const result = view.nudged
    ? view.nudged.kind === 'sent'
      ? html`<p class="notice good" role="status">${t('web-nudge-sent', { chat: view.nudged.chat })}</p>`
      : html`<p class="notice${view.nudged.kind === 'no-group' ? ' bad' : ''}" role="status">${t(`web-nudge-${view.nudged.kind}`)}</p>`
    : '';
  // the button for those the domain allows, on an overdue period only; without a group, the page says so instead
  const button =
    nudge.allowed && overdue && view.nudged?.kind !== 'no-group'
      ? nudge.hasGroup
        ? html`<form method="post" action="/ky-bao-cao/${occurrence.occurrenceId}/nhac">
            <input type="hidden" name="csrf" value="${frame.csrf ?? ''}" />
            <button type="submit">${t('web-nudge-button')}</button>
            <p class="hint">${t('web-nudge-hint')}</p>
          </form>`
        : html`<p class="notice bad">${t('web-nudge-no-group')}</p>`
      : '';
  const explainedText = view.explained
    ? view.explained.kind === 'sent'
      ? html`<p class="notice good" role="status">${t('web-explain-sent', { chat: view.explained.chat })}</p>`
      : html`<p class="notice${view.explained.kind === 'no-group' ? ' bad' : ''}" role="status">${t(`web-explain-${view.explained.kind}`)}</p>`
    : '';
  // "Yêu cầu giải trình" beside it, for the same people, while no request waits for its answer
  const explainButton =
    explanation.allowed && overdue && nudge.hasGroup && view.explained?.kind !== 'no-group' && explanation.state?.answer !== null
      ? html`<form method="post" action="/ky-bao-cao/${occurrence.occurrenceId}/giai-trinh">
          <input type="hidden" name="csrf" value="${frame.csrf ?? ''}" />
          <button type="submit">${t('web-explain-button')}</button>
          <p class="hint">${t('web-explain-hint')}</p>
        </form>`
      : '';
  const stateText =
    occurrence.status === 'done'
      ? t('web-grid-done')
      : state.kind === 'overdue'
        ? t('web-due-overdue', { days: state.days })
        : state.kind === 'today'
          ? t('web-due-today')
          : state.kind === 'upcoming'
            ? t('web-due-left', { days: state.days })
            : t('web-due-none');
  const body = html`<dl class="definitions">
      <dt>${t('web-overview-col-unit')}</dt>
      <dd><a href="/don-vi/${unit.code}">${unit.name}</a></dd>
      <dt>${t('web-deadlines-col-plan')}</dt>
      <dd>${occurrence.planLabel}</dd>
      <dt>${t('web-col-period')}</dt>
      <dd>${periodOf(occurrence.period)}</dd>
      <dt>${t('web-col-due')}</dt>
      <dd>${occurrence.dueDate ? formatDateVi(occurrence.dueDate) : '—'} · ${stateText}</dd>
      <dt>${t('web-unit-col-last-report')}</dt>
      <dd>
        ${
          latestReport
            ? html`${latestReport.percent}% · ${t(`report-status-${latestReport.status.replace(/_/g, '-')}`)}${latestReport.text ? html` — ${latestReport.text}` : ''}`
            : t('web-occurrence-no-report')
        }
      </dd>
      <dt>${t('web-occurrence-evidence')}</dt>
      <dd>
        ${
          evidence.length === 0
            ? t('web-occurrence-no-evidence')
            : html`<ul class="plain">
              ${evidence.map((file) => html`<li>${file.name ?? file.kind}</li>`)}
            </ul>`
        }
      </dd>
      ${explanation.state ? html`<dt>${t('web-explain-label')}</dt><dd>${explanationText(t, explanation.state)}</dd>` : ''}
    </dl>
    ${result} ${explainedText} ${button} ${explainButton}`;
  return layout(frame, occurrence.title, body);
}
