/**
 * The HTML report's stylesheet, inline (the page's CSP allows no other). System fonts only: the
 * page loads nothing. Sober on screen; printed on A4 landscape, black on white, with table headers
 * repeated, rows never split and every column on the page (small type, long words broken).
 */
export const REPORT_CSS = `
:root { --ink: #1f2328; --muted: #59636e; --line: #d8dee4; --soft: #f4f6f8; --accent: #1d3f6e;
  --completed: #2f7d4a; --in-progress: #d99a1e; --not-started: #a3adb8; --no-record: #b8483a; --late: #b42318; }
* { box-sizing: border-box; }
html { background: #eef1f4; }
body { margin: 0; color: var(--ink); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
.page { max-width: 1320px; margin: 24px auto; background: #fff; padding: 32px 40px 40px; border-radius: 8px; box-shadow: 0 1px 3px rgba(31,35,40,.12); }
header { border-bottom: 3px solid var(--accent); padding-bottom: 16px; margin-bottom: 8px; }
.eyebrow { margin: 0; color: var(--accent); font-weight: 600; text-transform: uppercase; letter-spacing: .06em; font-size: 13px; }
h1 { margin: 4px 0 6px; font-size: 28px; line-height: 1.25; overflow-wrap: anywhere; }
h2 { margin: 32px 0 12px; font-size: 19px; color: var(--accent); }
.meta { margin: 0; color: var(--muted); }
.meta span + span::before { content: "·"; margin: 0 .5em; }
.lead { font-size: 16px; margin: 0 0 16px; }
.cards { list-style: none; padding: 0; margin: 0 0 20px; display: grid; grid-template-columns: repeat(auto-fit, minmax(130px, 1fr)); gap: 12px; }
.card { border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 6px; padding: 10px 14px; background: var(--soft); }
.card-value { display: block; font-size: 26px; font-weight: 700; line-height: 1.2; }
.card-label { display: block; color: var(--muted); font-size: 13px; }
.card-completed { border-left-color: var(--completed); }
.card-inProgress { border-left-color: var(--in-progress); }
.card-notStarted { border-left-color: var(--not-started); }
.card-noRecord { border-left-color: var(--no-record); }
.card-overdue { border-left-color: var(--not-started); }
.card-late { border-left-color: var(--late); }
.card-late .card-value { color: var(--late); }
.sponsor { margin: 0 0 4px; font-weight: 600; }
.zone { font-size: 13px; }
.chart { margin: 0 0 8px; }
.chart svg { display: block; max-width: 100%; height: auto; font-family: inherit; }
.status-bar { border-radius: 4px; overflow: hidden; }
.legend { list-style: none; padding: 0; margin: 10px 0 0; display: flex; flex-wrap: wrap; gap: 6px 20px; font-size: 14px; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; margin-right: 6px; vertical-align: -1px; }
.swatch-completed { background: var(--completed); }
.swatch-inProgress { background: var(--in-progress); }
.swatch-notStarted { background: var(--not-started); }
.swatch-noRecord { background: var(--no-record); }
.swatch-bars { background: #7fa6d6; }
.swatch-line { background: var(--completed); height: 3px; vertical-align: 3px; }
.swatch-due { background: none; border-left: 2px dashed var(--late); border-radius: 0; width: 2px; }
.filter { display: flex; flex-wrap: wrap; gap: 8px 20px; align-items: center; margin: 0 0 10px; font-size: 14px; }
.filter[hidden] { display: none; }
.filter select { font: inherit; padding: 2px 4px; }
tr[hidden] { display: none; }
td.email { overflow-wrap: normal; }
table.matrix { width: auto; }
th.m, td.m { text-align: center; width: 2.4em; padding-left: 2px; padding-right: 2px; }
.m-completed { color: var(--completed); font-weight: 700; }
.m-in-progress { color: #8a5a00; font-weight: 700; }
.m-not-started { color: var(--not-started); }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.key-title { margin: 10px 0 2px; font-weight: 600; font-size: 14px; }
ol.key { margin: 0; padding-left: 1.8em; font-size: 14px; columns: 2; column-gap: 32px; }
.table-wrap { overflow-x: auto; }
table { width: 100%; border-collapse: collapse; font-size: 12.5px; }
th, td { text-align: left; padding: 6px 7px; border-bottom: 1px solid var(--line); vertical-align: top; }
thead th { background: var(--soft); border-bottom: 2px solid var(--ink); font-weight: 600; vertical-align: bottom; hyphens: auto; }
tbody tr:nth-child(even) { background: #fafbfc; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.name { overflow-wrap: anywhere; min-width: 8em; }
td.date, td.num { white-space: nowrap; }
.id { display: block; color: var(--muted); font-size: .88em; overflow-wrap: anywhere; }
.pill { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: .93em; white-space: nowrap; border: 1px solid transparent; }
.status-completed { background: #e3f1e7; color: #1d5a33; }
.status-in-progress { background: #fbf0d9; color: #6b4a07; }
.status-not-started { background: #eceff2; color: #3d4650; }
.status-no-record { background: #f8e1de; color: #8a2c20; }
.late { color: var(--late); font-weight: 600; }
.warn { color: #8a5a00; }
.muted { color: var(--muted); }
.note { color: var(--muted); font-size: 13px; margin-top: 8px; }
ol.unfinished { padding-left: 1.4em; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em; background: var(--soft); padding: 0 4px; border-radius: 3px; }
td.path { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .95em; overflow-wrap: anywhere; }
@media print {
  /* Thirteen columns need the width of a landscape page: A4, as HR prints in Europe. */
  @page { size: A4 landscape; margin: 10mm; }
  html, body { background: #fff; color: #000; }
  .page { max-width: none; margin: 0; padding: 0; box-shadow: none; border-radius: 0; }
  h2, .eyebrow { color: #000; }
  header { border-bottom-color: #000; }
  .card { background: #fff; border: 1px solid #000; }
  .card-late .card-value, .late, .warn, .muted, .meta, .card-label, .id, .note { color: #000; }
  .pill { background: #fff !important; color: #000 !important; border-color: #000; }
  thead { display: table-header-group; }
  thead th { background: #fff; border-bottom: 2px solid #000; }
  tbody tr:nth-child(even) { background: #fff; }
  th, td { border-bottom-color: #999; padding: 4px 5px; }
  table { font-size: 9.5px; }
  td { overflow-wrap: anywhere; }
  th { overflow-wrap: normal; word-break: normal; }
  td.date, td.num { white-space: nowrap; }
  td.name { min-width: 0; }
  .filter { display: none !important; }
  ol.key { font-size: 11px; }
  .m-completed, .m-in-progress, .m-not-started { color: #000; }
  .pill { padding: 0 4px; }
  body { font-size: 12px; }
  tr, .card, figure { break-inside: avoid; page-break-inside: avoid; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .table-wrap { overflow: visible; }
  svg, .swatch { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  * { box-shadow: none !important; text-shadow: none !important; }
}
`;
