import { dayOffLabel } from '../../core/calendar/day-off-name.js';
import type { WorkingCalendar } from '../../core/calendar/working-calendar.js';
import { formatDateVi, isoWeekday, type LocalDate } from '../../core/dates/local-date.js';
import type { PageScope } from '../../core/dashboard/view-scope.js';
import { openDueState } from '../../core/deadlines/deadline.js';
import type { DeadlineCalendar } from '../../core/plans/deadline-calendar.js';
import type { Translate } from '../../core/text/translate.js';
import type { Unit } from '../../core/units/unit.js';
import { type Frame, layout, scrollingTable } from '../layout.js';
import { type Html, html } from '../html.js';
import { dateOf } from '../format.js';
import { scopeLine } from './overview.js';
import { unitPicker } from './unit-picker.js';

/** "Còn 4 ngày", "Hôm nay", "Quá hạn 5 ngày": where an occurrence stands, in words beside its colour. */
export function dueBadge(t: Translate, dueDate: LocalDate | null, today: LocalDate, calendar: WorkingCalendar): Html {
  const state = openDueState(dueDate, today, calendar);
  if (state.kind === 'none') return html`<span class="status">${t('web-due-none')}</span>`;
  if (state.kind === 'overdue') return html`<span class="status bad">${t('web-due-overdue', { days: state.days })}</span>`;
  if (state.kind === 'today') return html`<span class="status warn">${t('web-due-today')}</span>`;
  return html`<span class="status ${state.days <= 3 ? 'warn' : 'good'}">${t('web-due-left', { days: state.days })}</span>`;
}

export const weekdayDate = (t: Translate, date: LocalDate) =>
  t('date-with-weekday', { weekday: t(`weekday-${isoWeekday(date)}`), date: formatDateVi(date) });

export interface DeadlinesView {
  scope: PageScope;
  pickable: readonly Unit[];
  calendar: DeadlineCalendar;
  working: WorkingCalendar;
  today: LocalDate;
  feed: FeedSection;
}

/** The private calendar feed's section: whether one is on, and the address just made (shown this once). */
export interface FeedSection {
  days: number;
  activeSince: Date | null;
  address: string | null;
  notice: 'revoked' | 'nothing-to-revoke' | null;
}

/** "Đưa hạn chót vào lịch điện thoại": make (or replace) the private address, or turn it off. */
function feedSection(frame: Frame, feed: FeedSection): Html {
  const t = frame.t;
  const csrf = html`<input type="hidden" name="csrf" value="${frame.csrf ?? ''}" />`;
  const notice = feed.address
    ? html`<div class="notice good" role="status">
        <p>${t('web-feed-created')} <code>${feed.address}</code></p>
        <p class="hint">${t('web-feed-created-hint')}</p>
      </div>`
    : feed.notice
      ? html`<p class="notice" role="status">${t(feed.notice === 'revoked' ? 'web-feed-revoked' : 'web-feed-nothing-to-revoke')}</p>`
      : '';
  const state = feed.activeSince ? t('web-feed-active', { date: dateOf(feed.activeSince, frame.timezone) }) : t('web-feed-none');
  return html`<section aria-labelledby="lich-dien-thoai">
    <h2 id="lich-dien-thoai">${t('web-feed-title')}</h2>
    <p>${t('web-feed-intro', { days: feed.days })}</p>
    ${notice}
    <p>${state}</p>
    <form method="post" action="/han-chot/lich">
      ${csrf}
      <button type="submit">${t(feed.activeSince ? 'web-feed-replace' : 'web-feed-create')}</button>
    </form>
    ${
      feed.activeSince
        ? html`<form method="post" action="/han-chot/lich/tat">
            ${csrf}
            <button type="submit">${t('web-feed-revoke')}</button>
          </form>`
        : ''
    }
  </section>`;
}

/** `/han-chot`: the next 30 days, day by day, with days off named and what falls due on each. */
export function deadlinesPage(frame: Frame, view: DeadlinesView): Html {
  const t = frame.t;
  const { calendar: cal, scope } = view;
  const codes = new Map(scope.units.map((unit) => [unit.id, unit]));
  const rows = cal.days.flatMap((day) => {
    const label = weekdayDate(t, day.date);
    const off = day.working
      ? ''
      : html` <span class="status">${day.dayOff ? dayOffLabel(t, day.dayOff) : t('web-deadlines-weekend')}</span>`;
    if (day.due.length === 0) {
      if (!day.dayOff) return [];
      return [html`<tr class="${day.working ? '' : 'off'}"><th scope="row">${label}${off}</th><td colspan="4"></td></tr>`];
    }
    return day.due.map(
      (task, i) =>
        html`<tr>
          ${i === 0 ? html`<th scope="row" rowspan="${day.due.length}">${label}${off}</th>` : ''}
          <td>${codes.get(task.unitId) ? html`<a href="/don-vi/${codes.get(task.unitId)!.code}">${task.unitName}</a>` : task.unitName}</td>
          <td>${task.title}</td>
          <td>${task.planLabel}</td>
          <td>${dueBadge(t, task.dueDate, view.today, view.working)}</td>
        </tr>`,
    );
  });
  // from today, as the page's title says; a weekend's deadlines just before it, which end today, are listed on their own days
  const caption = t('web-deadlines-caption', { from: formatDateVi(view.today), to: formatDateVi(cal.to) });
  const body = html`${unitPicker(t, { action: '/han-chot', units: view.pickable, selected: scope.unit?.code ?? null, wholeLabel: t('web-filter-unit-all') })}
    <p role="status">${scopeLine(t, scope)} ${t('web-deadlines-count', { count: cal.total })}</p>
    ${cal.total > cal.shown ? html`<p class="notice">${t('web-deadlines-more', { shown: cal.shown, total: cal.total })}</p>` : ''}
    ${scrollingTable(
      caption,
      html`<table>
        <caption>${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${t('web-deadlines-col-day')}</th>
            <th scope="col">${t('web-overview-col-unit')}</th>
            <th scope="col">${t('web-col-task')}</th>
            <th scope="col">${t('web-deadlines-col-plan')}</th>
            <th scope="col">${t('web-deadlines-col-state')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>`,
    )}
    <p class="hint"><a href="/cach-tinh#ngay-lam-viec">${t('web-count-ngay-lam-viec-term')}</a></p>
    ${feedSection(frame, view.feed)}`;
  return layout(frame, t('web-deadlines-title'), body);
}
