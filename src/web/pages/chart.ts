import type { UnitBuckets } from '../../core/digest/digest.js';
import type { Translate } from '../../core/text/translate.js';
import { type Html, html } from '../html.js';

/** The four buckets in the order the leaders' chart stacks them, with their colours (the legend says each in words). */
export const BUCKETS = ['doneOnTime', 'doneLate', 'openOnTime', 'openOverdue'] as const;
export type Bucket = (typeof BUCKETS)[number];
const COLOUR: Record<Bucket, string> = { doneOnTime: '#1e6b35', doneLate: '#b07400', openOnTime: '#0b5394', openOverdue: '#a4161a' };

const BAR_HEIGHT = 18;
const GAP = 8;
const LABEL_WIDTH = 180;
const BAR_WIDTH = 420;
const COUNT_WIDTH = 60;

/**
 * The leaders' completion chart as inline SVG (no script, prints as it shows): one bar per unit, the most
 * overdue first, stacked by the four buckets. It is an image with a name; the same numbers are in the table
 * that follows it on the page, which is what a screen reader reads.
 */
export function completionChart(t: Translate, units: readonly UnitBuckets[], captionId: string): Html {
  const total = (unit: UnitBuckets) => BUCKETS.reduce((sum, bucket) => sum + unit[bucket], 0);
  const widest = Math.max(1, ...units.map(total));
  const height = units.length * (BAR_HEIGHT + GAP) + GAP;
  const width = LABEL_WIDTH + BAR_WIDTH + COUNT_WIDTH;
  const rows = units.map((unit, i) => {
    const y = GAP + i * (BAR_HEIGHT + GAP);
    let x = LABEL_WIDTH;
    const segments = BUCKETS.filter((bucket) => unit[bucket] > 0).map((bucket) => {
      const w = (unit[bucket] / widest) * BAR_WIDTH;
      const rect = html`<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR_HEIGHT}" fill="${COLOUR[bucket]}" />`;
      x += w;
      return rect;
    });
    const name = unit.unitName.length > 26 ? `${unit.unitName.slice(0, 25)}…` : unit.unitName;
    return html`<text x="${LABEL_WIDTH - 6}" y="${y + BAR_HEIGHT - 4}" text-anchor="end">${name}</text>
      ${segments}
      <text x="${(x + 4).toFixed(1)}" y="${y + BAR_HEIGHT - 4}">${unit.openOverdue}</text>`;
  });
  return html`<figure class="chart">
    <svg
      role="img"
      aria-labelledby="${captionId}"
      viewBox="0 0 ${width} ${Math.max(height, BAR_HEIGHT + 2 * GAP)}"
      width="100%"
      preserveAspectRatio="xMinYMin meet"
      font-size="12"
      fill="#1b1f24"
    >
      ${rows}
    </svg>
    <figcaption id="${captionId}">${t('web-overview-chart-caption')}</figcaption>
    <ul class="legend">
      ${BUCKETS.map((bucket) => html`<li><span class="swatch ${bucket}" aria-hidden="true"></span>${t(`web-bucket-${bucket}`)}</li>`)}
    </ul>
  </figure>`;
}
