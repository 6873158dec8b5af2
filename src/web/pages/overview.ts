import type { Overview } from '../../core/dashboard/overview.js';
import { DUE_SOON_WORKING_DAYS } from '../../core/dashboard/overview.js';
import type { PageScope } from '../../core/dashboard/view-scope.js';
import { describeShift } from '../../core/deadlines/describe-deadline.js';
import type { UnitBuckets } from '../../core/digest/digest.js';
import type { Translate } from '../../core/text/translate.js';
import type { Unit } from '../../core/units/unit.js';
import { formatDateVi } from '../../core/dates/local-date.js';
import { periodOf } from '../format.js';
import { type Frame, layout, scrollingTable } from '../layout.js';
import { type Html, html } from '../html.js';
import { BUCKETS, completionChart } from './chart.js';
import { unitPicker } from './unit-picker.js';

/** How many units the chart draws (the table lists them all). */
const CHART_UNITS = 15;

export interface OverviewView {
  name: string;
  roles: string;
  scope: PageScope;
  pickable: readonly Unit[];
  overview: Overview;
}

/** "Đang xem: …": what the page covers, said once at the top of every page that has the unit filter. */
export function scopeLine(t: Translate, scope: PageScope): string {
  return scope.unit
    ? t('web-home-scope-unit', { unit: scope.unit.name, below: scope.units.length - 1 })
    : scope.wholeDepartment
      ? t('web-home-scope-department', { units: scope.units.length })
      : t('web-home-scope-own', { units: scope.units.length });
}

export const percent = (locale: string, value: number) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);

function metric(label: string, value: Html | string | number, definition: string | null, hint?: string): Html {
  return html`<div>
    <dt>${definition ? html`<a href="/cach-tinh#${definition}">${label}</a>` : label}</dt>
    <dd>${value}${hint ? html`<span class="hint">${hint}</span>` : ''}</dd>
  </div>`;
}

function unitsTable(t: Translate, units: readonly UnitBuckets[], codes: ReadonlyMap<number, string>): Html {
  const caption = t('web-overview-units-caption');
  return scrollingTable(
    caption,
    html`<table>
      <caption>${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${t('web-overview-col-unit')}</th>
          ${BUCKETS.map((bucket) => html`<th scope="col" class="num">${t(`web-bucket-${bucket}`)}</th>`)}
          <th scope="col" class="num">${t('web-overview-col-max-late')}</th>
        </tr>
      </thead>
      <tbody>
        ${units.map((unit) => {
          const code = codes.get(unit.unitId);
          return html`<tr>
            <th scope="row">${code ? html`<a href="/don-vi/${code}">${unit.unitName}</a>` : unit.unitName}</th>
            ${BUCKETS.map((bucket) => html`<td class="num">${unit[bucket]}</td>`)}
            <td class="num">${unit.maxDaysLate > 0 ? t('web-days', { days: unit.maxDaysLate }) : '—'}</td>
          </tr>`;
        })}
      </tbody>
    </table>`,
  );
}

/** The level of a heat map cell: 0 none, then 1–2, 3–5, 6 and more overdue. */
const heatLevel = (count: number) => (count === 0 ? 0 : count <= 2 ? 1 : count <= 5 ? 2 : 3);

/**
 * Units × the last weeks: how many occurrences were overdue at the end of each week's day. Each cell carries its
 * number (the colour only repeats it), the units overdue now first.
 */
function heatMapTable(t: Translate, heat: Overview['heatMap'], names: ReadonlyMap<number, Unit>): Html {
  const caption = t('web-overview-heat-caption', { weeks: heat.weeks.length });
  return scrollingTable(
    caption,
    html`<table class="heat">
      <caption>${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${t('web-overview-col-unit')}</th>
          ${heat.weeks.map((day) => html`<th scope="col" class="num">${formatDateVi(day).slice(0, 5)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${heat.units.map((row) => {
          const unit = names.get(row.unitId);
          const name = unit?.shortName ?? unit?.name ?? String(row.unitId);
          return html`<tr>
            <th scope="row">${unit ? html`<a href="/don-vi/${unit.code}">${name}</a>` : name}</th>
            ${row.counts.map((count) => html`<td class="num heat-${heatLevel(count)}">${count}</td>`)}
          </tr>`;
        })}
      </tbody>
    </table>`,
  );
}

function reportingTable(t: Translate, reporting: NonNullable<Overview['reporting']>): Html {
  const owed = reporting.filter((row) => row.missingCount > 0);
  if (owed.length === 0) return html`<p><span class="status good">${t('web-overview-reporting-none')}</span></p>`;
  const caption = t('web-overview-reporting-caption');
  return scrollingTable(
    caption,
    html`<table>
      <caption>${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${t('web-col-task')}</th>
          <th scope="col">${t('web-col-period')}</th>
          <th scope="col">${t('web-col-due')}</th>
          <th scope="col" class="num">${t('web-overview-col-reported')}</th>
          <th scope="col">${t('web-overview-col-missing')}</th>
        </tr>
      </thead>
      <tbody>
        ${owed.map(
          (row) =>
            html`<tr>
              <th scope="row">${row.title}</th>
              <td>${periodOf(row.period)}</td>
              <td>${(row.deadline && describeShift(t, row.deadline)) ?? (row.dueDate ? formatDateVi(row.dueDate) : '—')}</td>
              <td class="num">${row.reportedCount}/${row.total}</td>
              <td>
                ${row.missing.join(', ')}${
                  row.missingCount > row.missing.length
                    ? ` ${t('web-overview-and-more', { count: row.missingCount - row.missing.length })}`
                    : ''
                }
              </td>
            </tr>`,
        )}
      </tbody>
    </table>`,
  );
}

/**
 * "Tổng quan" (`/`): the Department at a glance, from the same query as /tonghop and the leaders' digest. Each
 * figure links to its definition on "Cách tính"; the chart is an image of the table that follows it.
 */
export function overviewPage(frame: Frame, view: OverviewView): Html {
  const t = frame.t;
  const { overview: o, scope } = view;
  const codes = new Map(scope.units.map((unit) => [unit.id, unit.code]));
  const rate =
    o.onTimeRate === null ? html`<span class="muted">${t('web-overview-rate-none')}</span>` : html`${percent(frame.locale, o.onTimeRate)}`;
  const body = html`<p class="lead">${t('web-home-hello', { name: view.name })}</p>
    <p>${t('web-home-roles', { roles: view.roles })}</p>
    ${unitPicker(t, { action: '/', units: view.pickable, selected: scope.unit?.code ?? null, wholeLabel: t('web-filter-unit-all') })}
    <p role="status">${scopeLine(t, scope)}</p>
    <h2>${t('web-overview-work')}</h2>
    <dl class="metrics">
      ${metric(t('web-overview-open'), o.open, 'trang-thai')}
      ${metric(t('web-overview-overdue'), o.overdue, 'trang-thai')}
      ${metric(t('web-overview-due-soon', { days: DUE_SOON_WORKING_DAYS }), o.dueSoon, 'ngay-lam-viec')}
      ${metric(
        t('web-overview-rate'),
        rate,
        'ti-le-dung-han',
        t('web-overview-rate-of', { onTime: o.totals.doneOnTime, denominator: o.onTimeDenominator, since: formatDateVi(o.since) }),
      )}
    </dl>
    <h2>${t('web-overview-feedback')}</h2>
    <dl class="metrics">
      ${metric(t('web-overview-feedback-open'), o.feedback.open, null)}
      ${metric(t('web-overview-feedback-backlog'), o.feedback.backlog, 'ton-dong')}
      ${metric(t('web-overview-feedback-due-today'), o.feedback.dueToday, 'thoi-han-phan-anh')}
    </dl>
    <h2 id="don-vi">${t('web-overview-units')}</h2>
    ${
      o.units.length === 0
        ? html`<p>${t('web-overview-units-none')}</p>`
        : html`${completionChart(t, o.units.slice(0, CHART_UNITS), 'bieu-do-caption')}
        ${unitsTable(t, o.units, codes)}`
    }
    <h2 id="qua-han-theo-tuan">${t('web-overview-heat')}</h2>
    ${
      o.heatMap.units.length === 0
        ? html`<p>${t('web-overview-heat-none', { weeks: o.heatMap.weeks.length })}</p>`
        : heatMapTable(t, o.heatMap, new Map(scope.units.map((unit) => [unit.id, unit])))
    }
    ${
      o.reporting
        ? html`<h2 id="chua-bao-cao">${t('web-overview-reporting')}</h2>
          ${reportingTable(t, o.reporting)}`
        : ''
    }`;
  return layout(frame, t('web-overview-title'), body);
}
