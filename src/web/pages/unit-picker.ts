import type { Translate } from '../../core/text/translate.js';
import type { Unit } from '../../core/units/unit.js';
import { type Html, html } from '../html.js';

/**
 * The unit filter every page takes (`?don-vi=<mã>`): a plain GET form, so the filtered page is a permalink and
 * works without JavaScript. Offers the units the person may see, the whole view first. `bare`: the field only,
 * for a page whose form has other filters beside it.
 */
export function unitPicker(
  t: Translate,
  input: { action: string; units: readonly Unit[]; selected: string | null; wholeLabel: string; bare?: boolean },
): Html {
  const field = html`<div>
    <label for="don-vi">${t('web-filter-unit')}</label>
    <select id="don-vi" name="don-vi">
      <option value="" ${input.selected === null ? html`selected` : ''}>${input.wholeLabel}</option>
      ${input.units.map(
        (unit) =>
          html`<option value="${unit.code}" ${unit.code === input.selected ? html`selected` : ''}>${unit.name} (${unit.code})</option>`,
      )}
    </select>
  </div>`;
  if (input.bare) return field;
  return html`<form class="filters" method="get" action="${input.action}">
    ${field}
    <button type="submit">${t('web-filter-apply')}</button>
  </form>`;
}
