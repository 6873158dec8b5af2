import type { PageScope } from '../../core/dashboard/view-scope.js';
import type { ExportPreview } from '../../core/reports/export-preview.js';
import { planHandle } from '../../core/reports/report-plan.js';
import type { Unit } from '../../core/units/unit.js';
import { formatDateVi } from '../../core/dates/local-date.js';
import { planReference, reportPeriodLabel, summaryLine } from '../../exports/report-text.js';
import { type Frame, layout, scrollingTable } from '../layout.js';
import { type Html, html } from '../html.js';
import { scopeLine } from './overview.js';
import { unitPicker } from './unit-picker.js';

export interface ExportsView {
  scope: PageScope;
  pickable: readonly Unit[];
  preview: ExportPreview;
  /** the filters as typed, kept in the form and in every download link */
  plan: string;
  period: string;
}

/** The query of a download: the page's own filters, so that the file is exactly the preview. */
export function downloadQuery(view: Pick<ExportsView, 'plan' | 'period' | 'scope'>, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams({ 'ke-hoach': view.plan, ky: view.period, ...extra });
  if (view.scope.unit) query.set('don-vi', view.scope.unit.code);
  return query.toString();
}

/**
 * `/bao-cao`: the consolidated report of a plan for a period as the chat's /xuatbaocao builds it, previewed unit
 * by unit, with its .xlsx and .docx; and the feedback statistics of a period as .xlsx. The files are drawn in a
 * renderer process when downloaded.
 */
export function exportsPage(frame: Frame, view: ExportsView): Html {
  const t = frame.t;
  const { preview } = view;
  const filters = html`<form class="filters" method="get" action="/bao-cao">
    ${unitPicker(t, { action: '/bao-cao', units: view.pickable, selected: view.scope.unit?.code ?? null, wholeLabel: t('web-filter-unit-all'), bare: true })}
    <div>
      <label for="ke-hoach">${t('web-exports-plan')}</label>
      <select id="ke-hoach" name="ke-hoach">
        <option value="">${t('web-exports-plan-choose')}</option>
        ${preview.plans.map((plan) => {
          const handle = planHandle(plan);
          const chosen = preview.report ? preview.report.plan.id === plan.id : handle === view.plan;
          return html`<option value="${handle}" ${chosen ? html`selected` : ''}>${handle} — ${plan.shortTitle ?? plan.title}</option>`;
        })}
      </select>
    </div>
    <div>
      <label for="ky">${t('web-filter-period')}</label>
      <input type="text" id="ky" name="ky" value="${view.period}" placeholder="${t('web-exports-period-example')}" />
    </div>
    <button type="submit">${t('web-exports-show')}</button>
  </form>`;
  const feedback = html`<h2>${t('web-exports-feedback')}</h2>
    <p>
      <a href="/bao-cao/phan-anh.xlsx?${downloadQuery(view)}" download>${t('web-exports-feedback-xlsx')}</a>
      <span class="hint">${t('web-exports-feedback-hint')}</span>
    </p>`;
  let report: Html | string = html`<p>${t('web-exports-pick')}</p>`;
  if (preview.problem) report = html`<p role="alert">${t(preview.problem.key, { command: '/xuatbaocao', ...preview.problem.params })}</p>`;
  if (preview.report) {
    const r = preview.report;
    const rows = r.units.map(
      (unit, index) =>
        html`<tr>
          <td>${index + 1}</td>
          <th scope="row"><a href="/don-vi/${unit.unit.code}">${unit.unit.name}</a></th>
          <td>${unit.totals.doneOnTime}</td>
          <td>${unit.totals.doneLate}</td>
          <td>${unit.totals.openOnTime}</td>
          <td>${unit.totals.openOverdue}</td>
          <td>${unit.totals.noDeadline}</td>
        </tr>`,
    );
    const caption = t('web-exports-table', { plan: planHandle(r.plan), period: reportPeriodLabel(t, r) });
    report = html`<h2>${t('export-report-heading', { plan: planReference(t, r.plan), period: reportPeriodLabel(t, r), date: formatDateVi(r.today) })}</h2>
      <p>${t('export-report-scope', { units: r.units.length, tasks: r.taskCount })} ${summaryLine(t, r.totals)}</p>
      <p class="downloads">
        <a href="/bao-cao/tai-ve?${downloadQuery(view, { 'dinh-dang': 'xlsx' })}" download>${t('web-exports-xlsx')}</a>
        <a href="/bao-cao/tai-ve?${downloadQuery(view, { 'dinh-dang': 'docx' })}" download>${t('web-exports-docx')}</a>
      </p>
      ${scrollingTable(
        caption,
        html`<table>
          <caption>${caption}</caption>
          <thead>
            <tr>
              <th scope="col">${t('consolidated-col-number')}</th>
              <th scope="col">${t('consolidated-col-unit')}</th>
              <th scope="col">${t('web-exports-col-on-time')}</th>
              <th scope="col">${t('web-exports-col-late')}</th>
              <th scope="col">${t('web-exports-col-open')}</th>
              <th scope="col">${t('web-exports-col-overdue')}</th>
              <th scope="col">${t('web-exports-col-undated')}</th>
            </tr>
          </thead>
          <tbody>
            ${rows}
          </tbody>
        </table>`,
      )}`;
  }
  const body = html`${filters}
    <p role="status">${scopeLine(t, view.scope)}</p>
    ${report} ${feedback}`;
  return layout(frame, t('web-exports-title'), body);
}
