import type { WorkingCalendar } from '../../core/calendar/working-calendar.js';
import { formatDateVi, type LocalDate } from '../../core/dates/local-date.js';
import type { Contact } from '../../core/members/member.js';
import type { UnitPage } from '../../core/units/unit-page.js';
import { UNIT_TIMELINE_WEEKS } from '../../core/units/unit-page.js';
import { dateTimeOf, periodOf } from '../format.js';
import { type Frame, layout, scrollingTable } from '../layout.js';
import { type Html, html } from '../html.js';
import { dueBadge } from './deadlines.js';

const people = (frame: Frame, list: readonly Contact[]): Html | string =>
  list.length === 0
    ? frame.t('web-unit-nobody')
    : html`${list.map(
        (person, i) =>
          html`${i > 0 ? ', ' : ''}${person.displayName}${
            person.onLeaveUntil
              ? html` <span class="status warn">${frame.t('web-unit-on-leave', { until: formatDateVi(person.onLeaveUntil as LocalDate) })}</span>`
              : ''
          }`,
      )}`;

/** "Đang thực hiện": a report's status in words (report-status-*). */
export const reportStatus = (t: Frame['t'], status: string) => t(`report-status-${status.replace(/_/g, '-')}`);

export interface UnitPageView {
  page: UnitPage;
  today: LocalDate;
  calendar: WorkingCalendar;
}

/** `/don-vi/<mã>`: a unit's people, open work, reports, feedback, complaint box and followed documents. */
export function unitPageView(frame: Frame, view: UnitPageView): Html {
  const t = frame.t;
  const { page } = view;
  const tasksCaption = t('web-unit-open-caption');
  const tasks =
    page.openTasks.length === 0
      ? html`<p><span class="status good">${t('web-unit-open-none')}</span></p>`
      : scrollingTable(
          tasksCaption,
          html`<table>
            <caption>${tasksCaption}</caption>
            <thead>
              <tr>
                <th scope="col">${t('web-col-task')}</th>
                <th scope="col">${t('web-deadlines-col-plan')}</th>
                <th scope="col">${t('web-col-period')}</th>
                <th scope="col">${t('web-col-due')}</th>
                <th scope="col">${t('web-deadlines-col-state')}</th>
                <th scope="col">${t('web-unit-col-last-report')}</th>
              </tr>
            </thead>
            <tbody>
              ${page.openTasks.map(
                (task) =>
                  html`<tr>
                    <th scope="row">${task.title}</th>
                    <td>${task.planLabel}</td>
                    <td>${periodOf(task.period)}</td>
                    <td>${task.dueDate ? formatDateVi(task.dueDate) : '—'}</td>
                    <td>${dueBadge(t, task.dueDate, view.today, view.calendar)}</td>
                    <td>
                      ${
                        task.lastReport
                          ? t('web-unit-last-report', {
                              percent: task.lastReport.percent,
                              status: reportStatus(t, task.lastReport.status),
                              at: dateTimeOf(task.lastReport.at, frame.timezone),
                            })
                          : '—'
                      }
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>`,
        );
  const timelineCaption = t('web-unit-timeline-caption', { weeks: UNIT_TIMELINE_WEEKS });
  const timeline =
    page.timeline.length === 0
      ? html`<p>${t('web-unit-timeline-none', { weeks: UNIT_TIMELINE_WEEKS })}</p>`
      : scrollingTable(
          timelineCaption,
          html`<table>
            <caption>${timelineCaption}</caption>
            <thead>
              <tr>
                <th scope="col">${t('web-case-col-at')}</th>
                <th scope="col">${t('web-col-task')}</th>
                <th scope="col">${t('web-unit-col-progress')}</th>
              </tr>
            </thead>
            <tbody>
              ${page.timeline.map(
                (report) =>
                  html`<tr>
                    <td>${dateTimeOf(report.at, frame.timezone)}</td>
                    <th scope="row">${report.title}</th>
                    <td>${report.percent}% · ${reportStatus(t, report.status)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`,
        );
  const box = page.box;
  const body = html`<p class="lead">
      ${page.parent ? html`${t('web-unit-under')} <a href="/don-vi/${page.parent.code}">${page.parent.name}</a>. ` : ''}${t(
        'web-unit-code',
        {
          code: page.unit.code,
        },
      )}
    </p>
    <p><a href="/?don-vi=${page.unit.code}">${t('web-unit-overview-link')}</a> · <a href="/han-chot?don-vi=${page.unit.code}">${t('web-nav-deadlines')}</a> · <a href="/phan-anh?don-vi=${page.unit.code}">${t('web-nav-feedback')}</a></p>
    <h2>${t('web-unit-people')}</h2>
    <dl class="definitions">
      <dt>${t('web-unit-focal-points')}</dt>
      <dd>${people(frame, page.people.focalPoints)}</dd>
      <dt>${t('web-unit-deputies')}</dt>
      <dd>${people(frame, page.people.deputies)}</dd>
      <dt>${t('web-unit-leaders')}</dt>
      <dd>${people(frame, page.people.leaders)}</dd>
    </dl>
    <h2>${t('web-unit-open', { count: page.openTasks.length, overdue: page.overdueCount })}</h2>
    ${tasks}
    <h2>${t('web-unit-timeline')}</h2>
    ${timeline}
    <h2>${t('web-unit-feedback')}</h2>
    <p>${t('web-unit-feedback-summary', { open: page.feedback.open.length, overdue: page.feedback.overdue })}</p>
    ${
      page.feedback.open.length > 0
        ? html`<ul class="plain">
          ${page.feedback.open.map(
            (view) =>
              html`<li><a href="/phan-anh/${view.code}">${view.code}</a>: ${view.summary ?? t('feedback-sensitive-label')}${view.slaDue ? ` (${t('web-feedback-col-due')} ${formatDateVi(view.slaDue)})` : ''}</li>`,
          )}
        </ul>`
        : ''
    }
    <h2>${t('web-unit-box')}</h2>
    <p>
      ${
        box === null
          ? t('web-unit-box-none')
          : t('web-unit-box-cadence', {
              days: box.cadenceDays,
              last: box.lastOpenedOn ? formatDateVi(box.lastOpenedOn) : t('web-unit-box-never'),
              next: box.nextOpening ? formatDateVi(box.nextOpening) : '—',
            })
      }
      ${box && box.daysLate > 0 ? html` <span class="status bad">${t('web-unit-box-late', { days: box.daysLate })}</span>` : ''}
    </p>
    <h2>${t('web-unit-documents')}</h2>
    ${
      page.followedDocuments.length === 0
        ? html`<p>${t('web-unit-documents-none')}</p>`
        : html`<ul class="plain">
          ${page.followedDocuments.map((symbol) => html`<li>${symbol}</li>`)}
        </ul>`
    }
    ${
      page.children.length > 0
        ? html`<h2>${t('web-unit-children')}</h2>
          <ul class="plain">
            ${page.children.map((child) => html`<li><a href="/don-vi/${child.code}">${child.name}</a></li>`)}
          </ul>`
        : ''
    }`;
  return layout(frame, page.unit.name, body);
}
