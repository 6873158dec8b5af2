import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import { formatDateVi } from '../core/dates/local-date.js';
import type { LeaderChartData } from '../core/reports/leader-chart-data.js';
import type { Translate } from '../core/text/translate.js';
import { bucketLabel } from './report-text.js';

export interface LeaderChartOptions {
  /** pixels; default 1000 × 1100, readable on a phone and sharp on a screen */
  width?: number;
  height?: number;
  /** font files to draw the text with, e.g. a TTF that covers Vietnamese; system fonts are loaded as well */
  fontFiles?: string[];
  /** the family the text asks for; default DejaVu Sans (Debian's fonts-dejavu-core covers Vietnamese) */
  fontFamily?: string;
}

// The four buckets in the colours people read without a legend: green done, amber late, blue open, red overdue.
const COLOURS = { doneOnTime: '#2e7d32', doneLate: '#f9a825', openOnTime: '#1e88e5', openOverdue: '#c62828' } as const;

// Each bar, the field it counts and the bucket whose name the legend shows.
const BARS = [
  ['doneOnTime', 'done_on_time'],
  ['doneLate', 'done_late'],
  ['openOnTime', 'open_on_time'],
  ['openOverdue', 'open_overdue'],
] as const;

// Long unit names ("Bệnh viện Y dược cổ truyền - Phục hồi chức năng tỉnh") would squeeze the bars.
const shortLabel = (name: string, max = 28) => (name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`);

function chartOption(data: LeaderChartData, t: Translate, fontFamily: string): echarts.EChartsOption {
  const units = data.completion.map((unit) => shortLabel(unit.unit));
  const bar = (name: string, key: keyof typeof COLOURS) => ({
    type: 'bar' as const,
    name,
    stack: 'units',
    xAxisIndex: 0,
    yAxisIndex: 0,
    barMaxWidth: 28,
    itemStyle: { color: COLOURS[key] },
    // a zero would print as a stray "0" inside an empty segment
    label: {
      show: true,
      color: '#ffffff',
      fontSize: 11,
      formatter: (p: { value: unknown }) => (Number(p.value) > 0 ? String(p.value) : ''),
    },
    data: data.completion.map((unit) => unit[key]),
  });
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: `${fontFamily}, sans-serif` },
    title: [
      { text: t('chart-title', { date: formatDateVi(data.asOf) }), left: 'center', top: 12, textStyle: { fontSize: 20 } },
      {
        text: t('chart-completion-title', { others: data.otherUnits, since: formatDateVi(data.since) }),
        left: 24,
        top: 56,
        textStyle: { fontSize: 15 },
      },
      { text: t('chart-trend-title'), left: 24, top: '66%', textStyle: { fontSize: 15 } },
      ...(data.completion.length === 0
        ? [{ text: t('chart-no-data'), left: 'center', top: '30%', textStyle: { fontSize: 14, color: '#777777' } }]
        : []),
    ],
    // the line explains itself by its title; the legend names the four buckets
    legend: { top: 84, left: 'center', itemGap: 18, textStyle: { fontSize: 13 }, data: BARS.map(([, bucket]) => bucketLabel(t, bucket)) },
    grid: [
      { left: 24, right: 40, top: 120, height: '50%', outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      { left: 24, right: 40, top: '71%', bottom: 36, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    ],
    xAxis: [
      { type: 'value', gridIndex: 0, minInterval: 1 },
      { type: 'category', gridIndex: 1, data: data.overdueTrend.map((point) => point.weekLabel), boundaryGap: true },
    ],
    yAxis: [
      // the most overdue unit on top, as the list is ordered
      { type: 'category', gridIndex: 0, data: units, inverse: true, axisLabel: { fontSize: 12 } },
      { type: 'value', gridIndex: 1, minInterval: 1 },
    ],
    series: [
      ...BARS.map(([key, bucket]) => bar(bucketLabel(t, bucket), key)),
      {
        type: 'line',
        name: t('chart-trend-series'),
        xAxisIndex: 1,
        yAxisIndex: 1,
        data: data.overdueTrend.map((point) => point.overdue),
        itemStyle: { color: COLOURS.openOverdue },
        lineStyle: { width: 3 },
        areaStyle: { color: 'rgba(198, 40, 40, 0.12)' },
        symbolSize: 8,
        label: { show: true, position: 'top', fontSize: 12 },
      },
    ],
  };
}

/**
 * The leaders' chart as a PNG: completion by unit (stacked bars of the four buckets) above the overdue trend of
 * the last weeks (a line). Apache ECharts lays it out and renders SVG on the server, with no browser and no
 * canvas; resvg turns the SVG into pixels with real fonts.
 */
export function renderLeaderChart(data: LeaderChartData, t: Translate, options: LeaderChartOptions = {}): Buffer {
  const width = options.width ?? 1000;
  const height = options.height ?? 1100;
  const fontFamily = options.fontFamily ?? 'DejaVu Sans';
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  let svg: string;
  try {
    chart.setOption(chartOption(data, t, fontFamily));
    svg = chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
  const image = new Resvg(svg, {
    background: '#ffffff',
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: true, fontFiles: options.fontFiles ?? [], defaultFontFamily: fontFamily, sansSerifFamily: fontFamily },
  });
  return image.render().asPng();
}
