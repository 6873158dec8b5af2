import type { HealthGroup, HealthOutboxMessage, HealthPerson, SystemHealth, UnitRef } from '../../core/dashboard/system-health.js';
import type { PageScope } from '../../core/dashboard/view-scope.js';
import { roleName } from '../../core/members/roles-text.js';
import type { Unit } from '../../core/units/unit.js';
import { dateOf, dateTimeOf } from '../format.js';
import { type Frame, layout, scrollingTable } from '../layout.js';
import { type Html, html } from '../html.js';
import { unitPicker } from './unit-picker.js';

/*
 * The presenter of /quan-tri: SystemHealth (a domain query, src/core/dashboard/system-health.ts) as HTML.
 * Every section says how many, shows them in a table with a caption, says in words what a colour says, and
 * ends with the chat command or CLI line that fixes it. No message text is shown: a failed message may be a
 * private notice carrying a complainant's contact; its kind, chat and error are enough to act on.
 */

export interface SystemHealthView {
  health: SystemHealth;
  scope: PageScope;
  pickable: readonly Unit[];
}

function section(frame: Frame, id: string, count: number, content: Html, fix: string): Html {
  const t = frame.t;
  return html`<section aria-labelledby="${id}">
    <h2 id="${id}">${t(`web-health-${id}`)} <span class="count">(${count})</span></h2>
    ${count === 0 ? html`<p><span class="status good">${t('web-health-none')}</span></p>` : content}
    ${fix ? html`<p class="hint">${fix}</p>` : ''}
  </section>`;
}

const unitCell = (unit: UnitRef | null, fallback: string) =>
  unit ? html`${unit.name} <span class="muted">(${unit.code})</span>` : fallback;

function groupsTable(frame: Frame, caption: string, groups: HealthGroup[], bound: boolean): Html {
  const t = frame.t;
  const rows = groups.map((group) => {
    const place = group.leadersChat ? t('web-health-leaders-group') : unitCell(group.unit, t('web-health-no-unit'));
    const digest = group.lastDigest
      ? t('web-health-digest-at', { period: group.lastDigest.period, at: dateTimeOf(group.lastDigest.at, frame.timezone) })
      : t('web-health-digest-never');
    const state = group.active
      ? html`<span class="status good">${t('web-health-active')}</span>`
      : html`<span class="status bad">${t('web-health-inactive')}</span>`;
    return html`<tr>
      <th scope="row">${group.title ?? t('web-health-untitled')}</th>
      <td>${t(`web-platform-${group.platform}`)}</td>
      ${bound ? html`<td>${place}</td>` : ''}
      <td>${digest}</td>
      <td>${state}</td>
    </tr>`;
  });
  return scrollingTable(
    caption,
    html`<table>
      <caption>${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${t('web-health-col-group')}</th>
          <th scope="col">${t('web-health-col-platform')}</th>
          ${bound ? html`<th scope="col">${t('web-health-col-unit')}</th>` : ''}
          <th scope="col">${t('web-health-col-digest')}</th>
          <th scope="col">${t('web-health-col-state')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>`,
  );
}

function unitsList(units: UnitRef[]): Html {
  return html`<ul class="plain">
    ${units.map((unit) => html`<li>${unit.name} <span class="muted">(${unit.code})</span></li>`)}
  </ul>`;
}

function peopleTable(frame: Frame, caption: string, people: HealthPerson[]): Html {
  const t = frame.t;
  return scrollingTable(
    caption,
    html`<table>
      <caption>${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${t('web-health-col-person')}</th>
          <th scope="col">${t('web-health-col-roles')}</th>
          <th scope="col">${t('web-health-col-platform')}</th>
        </tr>
      </thead>
      <tbody>
        ${people.map(
          (person) => html`<tr>
            <th scope="row">${person.name}</th>
            <td>${person.roles.map((role, index) => html`${index > 0 ? '; ' : ''}${roleName(t, role.role)}${role.unit ? ` (${role.unit.code})` : ''}`)}</td>
            <td>${person.platforms.map((platform) => t(`web-platform-${platform}`)).join(', ')}</td>
          </tr>`,
        )}
      </tbody>
    </table>`,
  );
}

function outboxTable(frame: Frame, caption: string, messages: HealthOutboxMessage[]): Html {
  const t = frame.t;
  return scrollingTable(
    caption,
    html`<table>
      <caption>${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${t('web-health-col-when')}</th>
          <th scope="col">${t('web-health-col-chat')}</th>
          <th scope="col">${t('web-health-col-kind')}</th>
          <th scope="col">${t('web-health-col-state')}</th>
          <th scope="col">${t('web-health-col-error')}</th>
        </tr>
      </thead>
      <tbody>
        ${messages.map(
          (message) => html`<tr>
            <td>${dateTimeOf(message.failedAt ?? message.createdAt, frame.timezone)}</td>
            <th scope="row">${message.chatTitle ?? message.chatRef}</th>
            <td>${message.kind}</td>
            <td>
              ${
                message.state === 'in-doubt'
                  ? html`<span class="status warn">${t('web-health-in-doubt')}</span>`
                  : html`<span class="status bad">${t('web-health-failed')}</span>`
              }
            </td>
            <td>${(message.lastError ?? '').slice(0, 160)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`,
  );
}

function zaloSection(frame: Frame, health: SystemHealth, shown: boolean): Html {
  const t = frame.t;
  if (!shown) return html``;
  const tokens = health.zaloTokens;
  const content =
    tokens.length === 0
      ? html`<p>${t('web-health-zalo-none')}</p>`
      : scrollingTable(
          t('web-health-zalo'),
          html`<table>
            <caption>${t('web-health-zalo')}</caption>
            <thead>
              <tr>
                <th scope="col">${t('web-health-col-app')}</th>
                <th scope="col">${t('web-health-col-access')}</th>
                <th scope="col">${t('web-health-col-refresh')}</th>
                <th scope="col">${t('web-health-col-state')}</th>
              </tr>
            </thead>
            <tbody>
              ${tokens.map(
                (token) => html`<tr>
                  <th scope="row">${token.appId}</th>
                  <td>${dateTimeOf(token.accessExpiresAt, frame.timezone)}</td>
                  <td>${dateOf(token.refreshExpiresAt, frame.timezone)}</td>
                  <td>
                    <span class="status ${token.state === 'ok' ? 'good' : token.state === 'refresh-soon' ? 'warn' : 'bad'}"
                      >${t(`web-health-zalo-${token.state}`)}</span
                    >
                  </td>
                </tr>`,
              )}
            </tbody>
          </table>`,
        );
  return html`<section aria-labelledby="zalo">
    <h2 id="zalo">${t('web-health-zalo')}</h2>
    ${content}
    <p class="hint">${t('web-health-zalo-fix')}</p>
  </section>`;
}

export function systemHealthPage(frame: Frame, view: SystemHealthView): Html {
  const t = frame.t;
  const { health, scope } = view;
  const whole = scope.unit === null || scope.wholeDepartment;
  const outboxCount = health.outbox.failed.length + health.outbox.inDoubt.length;
  const body = html`${unitPicker(t, { action: '/quan-tri', units: view.pickable, selected: scope.unit?.code ?? null, wholeLabel: t('web-filter-unit-department') })}
    <p role="status">${scope.unit ? t('web-health-scope-unit', { unit: scope.unit.name }) : t('web-health-scope-department')}</p>
    ${section(frame, 'groups-bound', health.groups.bound.length, groupsTable(frame, t('web-health-groups-bound'), health.groups.bound, true), t('web-health-groups-bound-fix'))}
    ${
      whole
        ? section(
            frame,
            'groups-unbound',
            health.groups.unbound.length,
            groupsTable(frame, t('web-health-groups-unbound'), health.groups.unbound, false),
            t('web-health-groups-unbound-fix'),
          )
        : ''
    }
    ${section(frame, 'no-focal-point', health.unitsWithoutFocalPoint.length, unitsList(health.unitsWithoutFocalPoint), t('web-health-no-focal-point-fix'))}
    ${section(frame, 'no-box', health.unitsWithoutBox.length, unitsList(health.unitsWithoutBox), t('web-health-no-box-fix'))}
    ${section(frame, 'no-private-chat', health.peopleWithoutPrivateChat.length, peopleTable(frame, t('web-health-no-private-chat'), health.peopleWithoutPrivateChat), t('web-health-no-private-chat-fix'))}
    ${section(
      frame,
      'outbox',
      outboxCount,
      outboxTable(frame, t('web-health-outbox'), [...health.outbox.inDoubt, ...health.outbox.failed]),
      t('web-health-outbox-fix', {
        days: Math.round((frame.now.getTime() - health.outbox.since.getTime()) / 86_400_000),
        limit: health.outbox.limit,
      }),
    )}
    ${zaloSection(frame, health, whole)}`;
  return layout(frame, t('web-health-title'), body);
}
