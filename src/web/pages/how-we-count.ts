import { CHANNELS } from '../../core/feedback/feedback.js';
import type { SlaPolicy } from '../../core/feedback/sla.js';
import { type Frame, layout, scrollingTable } from '../layout.js';
import { type Html, html } from '../html.js';

/**
 * "Cách tính": one definition per figure, each under an anchor that the figure links to
 * (`/cach-tinh#ti-le-dung-han`). A page that shows a new figure adds its definition here. The feedback time
 * limits are read from this deployment's settings (FEEDBACK_SLA), so the page says what the bot applies.
 */
export const DEFINITIONS = ['trang-thai', 'ti-le-dung-han', 'ngay-lam-viec', 'thoi-han-phan-anh', 'ton-dong', 'khung-lanh-dao'] as const;

export function howWeCountPage(frame: Frame, input: { sla: SlaPolicy }): Html {
  const t = frame.t;
  const days = (value: number | undefined) =>
    value === undefined ? t('web-count-sla-none') : value === 0 ? t('web-count-sla-same-day') : t('web-count-sla-days', { days: value });
  const slaTable = html`<table>
    <caption>${t('web-count-sla-caption')}</caption>
    <thead>
      <tr>
        <th scope="col">${t('web-count-sla-channel')}</th>
        <th scope="col">${t('web-count-sla-normal')}</th>
        <th scope="col">${t('web-count-sla-urgent')}</th>
      </tr>
    </thead>
    <tbody>
      ${CHANNELS.map(
        (channel) =>
          html`<tr>
            <th scope="row">${t(`feedback-channel-${channel}`)}</th>
            <td>${days(input.sla.normal[channel])}</td>
            <td>${days(input.sla.urgent[channel] ?? input.sla.urgent.default)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
  const body = html`<p class="lead">${t('web-count-intro')}</p>
    <dl class="definitions">
      ${DEFINITIONS.map(
        (id) =>
          html`<dt id="${id}">${t(`web-count-${id}-term`)}</dt>
            <dd>${t(`web-count-${id}-text`)}</dd>`,
      )}
    </dl>
    ${scrollingTable(t('web-count-sla-caption'), slaTable)}
    <p class="hint">${t('web-count-sla-praise')}</p>`;
  return layout(frame, t('web-count-title'), body);
}
