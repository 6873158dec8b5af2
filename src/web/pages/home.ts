import type { PageScope } from '../../core/dashboard/view-scope.js';
import type { Unit } from '../../core/units/unit.js';
import { type Frame, layout, type NavItem } from '../layout.js';
import { type Html, html } from '../html.js';
import { unitPicker } from './unit-picker.js';

export interface HomeView {
  name: string;
  roles: string;
  scope: PageScope;
  /** the units the person may pick from (their own view) */
  pickable: readonly Unit[];
  /** the other pages they may open */
  pages: NavItem[];
}

/**
 * The start page: who you are here, which units you see (a Department-wide role sees every unit, others their
 * units and those below), and the pages open to you. The Department overview takes this place once the
 * query layer for it lands; until then the chat's /tonghop, /nhiemvu and /quahan give those figures.
 */
export function homePage(frame: Frame, view: HomeView): Html {
  const t = frame.t;
  const { scope } = view;
  const seen = scope.unit
    ? t('web-home-scope-unit', { unit: scope.unit.name, below: scope.units.length - 1 })
    : scope.wholeDepartment
      ? t('web-home-scope-department', { units: scope.units.length })
      : t('web-home-scope-own', { units: scope.units.length });
  const body = html`<p class="lead">${t('web-home-hello', { name: view.name })}</p>
    <p>${t('web-home-roles', { roles: view.roles })}</p>
    ${unitPicker(t, { action: '/', units: view.pickable, selected: scope.unit?.code ?? null, wholeLabel: t('web-filter-unit-all') })}
    <p role="status">${seen}</p>
    <h2>${t('web-home-pages')}</h2>
    <ul class="plain">
      ${view.pages.map((page) => html`<li><a href="${page.path}">${page.label}</a></li>`)}
    </ul>
    <div class="notice">
      <p>${t('web-home-coming')}</p>
    </div>`;
  return layout(frame, t('web-home-title'), body);
}
