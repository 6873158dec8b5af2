/**
 * The dashboard's one stylesheet, served at /tai-nguyen/giao-dien.css. Written by hand and small: system
 * fonts that carry Vietnamese (DejaVu Sans on Debian), colours with at least 4.5:1 contrast (WCAG AA), a
 * status always said in words beside its colour, tables that scroll sideways on a phone, larger type on a
 * wide screen (a projector at the Monday meeting), and a print layout for A4 without the navigation.
 */
export const STYLESHEET = `
:root {
  --ink: #1b1f24; --muted: #4a5560; --paper: #ffffff; --band: #f3f5f7; --line: #c9d1d9;
  --brand: #0b5394; --brand-ink: #ffffff; --focus: #b35c00;
  --bad: #a4161a; --bad-bg: #fde8e8; --warn: #7a4a00; --warn-bg: #fff3d6; --good: #1e6b35; --good-bg: #e3f4e8;
  font-family: system-ui, "Segoe UI", Roboto, "DejaVu Sans", "Noto Sans", Arial, sans-serif;
  font-size: 100%; line-height: 1.5; color: var(--ink); background: var(--paper);
}
* { box-sizing: border-box; }
body { margin: 0; }
a { color: var(--brand); }
a:focus-visible, button:focus-visible, select:focus-visible, input:focus-visible, [tabindex]:focus-visible {
  outline: 3px solid var(--focus); outline-offset: 2px;
}
.skip { position: absolute; left: -999px; top: 0; background: var(--paper); padding: .5rem 1rem; z-index: 10; }
.skip:focus { left: .5rem; }
header.site { background: var(--brand); color: var(--brand-ink); padding: .5rem 1rem; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; }
header.site a { color: var(--brand-ink); }
.brand { font-weight: 700; }
.brand .department { font-weight: 400; }
nav.main ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
nav.main a { text-decoration: none; padding: .25rem 0; border-bottom: 3px solid transparent; }
nav.main a[aria-current="page"] { border-bottom-color: var(--brand-ink); font-weight: 700; }
.account { margin-left: auto; display: flex; flex-wrap: wrap; gap: .25rem .75rem; align-items: center; }
.account form { display: inline; margin: 0; }
form.nudge { display: inline; margin: 0 0 0 .25rem; }
form.nudge button { padding: .05rem .4rem; font-size: .875rem; }
form.nudge button + button { margin-left: .25rem; }
small.explanation { display: block; }
button, .button { font: inherit; cursor: pointer; border-radius: 4px; border: 1px solid var(--brand); background: var(--brand); color: var(--brand-ink); padding: .4rem .9rem; }
header.site button { background: var(--paper); color: var(--brand); border-color: var(--paper); padding: .15rem .6rem; }
button.primary { font-size: 1.125rem; padding: .6rem 1.4rem; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
main:focus { outline: none; }
h1 { font-size: 1.6rem; margin: .5rem 0 1rem; }
h2 { font-size: 1.25rem; margin: 1.75rem 0 .5rem; }
.lead { font-size: 1.1rem; }
.muted, .hint { color: var(--muted); }
.hint { font-size: .95rem; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 1rem 1.25rem; margin: 1rem 0; background: var(--paper); }
.notice { border-left: 6px solid var(--brand); background: var(--band); padding: .75rem 1rem; margin: 1rem 0; }
.notice.bad { border-color: var(--bad); background: var(--bad-bg); }
.notice.good { border-color: var(--good); background: var(--good-bg); }
.filters { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; margin: .5rem 0 1rem; }
.filters label { display: block; font-weight: 600; }
.filters > div { flex: 1 1 16rem; min-width: 0; max-width: 40rem; }
.filters select { width: 100%; }
select, input[type="text"] { font: inherit; padding: .35rem .5rem; border: 1px solid var(--muted); border-radius: 4px; max-width: 100%; }
.table-wrap { overflow-x: auto; margin: .5rem 0 1rem; max-width: 100%; }
.table-wrap table { min-width: 36rem; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { text-align: left; vertical-align: top; padding: .4rem .6rem; border-bottom: 1px solid var(--line); }
thead th { background: var(--band); border-bottom: 2px solid var(--muted); }
.status { display: inline-block; padding: 0 .45rem; border-radius: 3px; font-weight: 600; white-space: nowrap; }
.status.bad { color: var(--bad); background: var(--bad-bg); }
.status.warn { color: var(--warn); background: var(--warn-bg); }
.status.good { color: var(--good); background: var(--good-bg); }
.count { font-weight: 400; color: var(--muted); }
ul.plain { padding-left: 1.25rem; }
.metrics { display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: .75rem; margin: 1rem 0; padding: 0; }
.metrics > div { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .9rem; }
.metrics dt { font-weight: 600; }
.metrics dd { margin: 0; font-size: 1.6rem; font-weight: 700; }
.metrics dd .hint { display: block; font-size: .85rem; font-weight: 400; }
figure.chart { margin: 1rem 0; }
figure.chart svg { max-width: 48rem; display: block; }
ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
.swatch { display: inline-block; width: .9rem; height: .9rem; margin-right: .35rem; vertical-align: -.1rem; border-radius: 2px; }
.swatch.doneOnTime { background: #1e6b35; } .swatch.doneLate { background: #b07400; }
.swatch.openOnTime { background: #0b5394; } .swatch.openOverdue { background: #a4161a; }
table.grid td { white-space: nowrap; }
.cell { display: block; padding: .1rem .4rem; border-radius: 3px; font-weight: 600; text-decoration: none; margin: .1rem 0; }
.cell.good { color: var(--good); background: var(--good-bg); }
.cell.warn { color: var(--warn); background: var(--warn-bg); }
.cell.open { color: var(--brand); background: #e6eef7; }
.cell.bad { color: var(--bad); background: var(--bad-bg); }
.heat td.heat-0 { color: var(--muted); }
.heat td.heat-1 { background: var(--warn-bg); color: var(--warn); }
.heat td.heat-2 { background: var(--bad-bg); color: var(--bad); font-weight: 600; }
.heat td.heat-3 { background: var(--bad); color: #ffffff; font-weight: 700; }
td.none { color: var(--muted); }
nav.pager ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem .75rem; }
nav.pager a[aria-current="page"] { font-weight: 700; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
dl.definitions dt { font-weight: 700; margin-top: .75rem; }
dl.definitions dd { margin-left: 0; }
code { font-family: "DejaVu Sans Mono", Consolas, monospace; background: var(--band); padding: 0 .25rem; border-radius: 3px; }
footer.site { max-width: 72rem; margin: 2rem auto 1rem; padding: 0 1rem; color: var(--muted); font-size: .9rem; }
@media (min-width: 1600px) { :root { font-size: 125%; } main, footer.site { max-width: 90rem; } }
@media (max-width: 40rem) { header.site { padding: .5rem; } .account { margin-left: 0; } h1 { font-size: 1.35rem; } th, td { padding: .35rem .4rem; } }
@page { size: A4; margin: 15mm 12mm; }
@media print {
  :root { font-size: 11pt; }
  header.site nav, .account, .skip, .filters, form { display: none !important; }
  header.site { background: none; color: var(--ink); padding: 0 0 .5rem; border-bottom: 2px solid var(--ink); }
  header.site a { color: var(--ink); text-decoration: none; }
  main { max-width: none; padding: 0; }
  .table-wrap { overflow: visible; }
  .table-wrap table { min-width: 0; }
  tr, .card { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: var(--ink); text-decoration: none; }
}
`;
