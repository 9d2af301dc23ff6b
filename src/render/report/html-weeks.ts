/**
 * Completion over time as an inline SVG: weekly new completions as bars (left scale), the
 * cumulative share of learners completed as a line (right scale, 0-100 %) and the due date as a
 * dashed marker. The figures are the report's (ReportData.weeks); this only places them.
 */
import type { ReportData } from '../../core/sponsor/report-types.js';
import type { ReportLabels } from '../../i18n/report.js';
import { dayMonth, rateText } from './common.js';
import { longDay } from './dates.js';
import { escapeHtml as e } from './html-escape.js';

const W = 1040;
const H = 250;
const PLOT = { left: 44, right: W - 56, top: 28, bottom: H - 40 } as const;
const INK = '#1f2328';
const MUTED = '#59636e';
const BAR = '#7fa6d6';
const LINE = '#2f7d4a';
const DUE = '#b42318';

const DAY = 86_400_000;

/** Where the due date falls, in weeks from the first Monday (fractions inside its week). */
function dueOffset(firstMonday: string, due: string): number {
  return (Date.parse(`${due}T12:00:00Z`) - Date.parse(`${firstMonday}T00:00:00Z`)) / DAY / 7;
}

function axes(max: number, labels: ReportLabels): string[] {
  const h = PLOT.bottom - PLOT.top;
  const grid = [0, 0.5, 1].map((f) => {
    const y = (PLOT.bottom - f * h).toFixed(1);
    return `<line x1="${PLOT.left}" y1="${y}" x2="${PLOT.right}" y2="${y}" stroke="#d8dee4" stroke-width="1"/><text x="${PLOT.right + 6}" y="${Number(y) + 4}" font-size="12" fill="${MUTED}">${e(labels.percent(f * 100))}</text>`;
  });
  return [
    ...grid,
    `<text x="${PLOT.left - 6}" y="${PLOT.bottom + 4}" font-size="12" text-anchor="end" fill="${MUTED}">0</text>`,
    `<text x="${PLOT.left - 6}" y="${PLOT.top + 4}" font-size="12" text-anchor="end" fill="${MUTED}">${max}</text>`,
  ];
}

/** The chart, or a sentence when no week is known yet. */
export function weeksChart(data: ReportData, labels: ReportLabels, lang: 'en' | 'fr'): string {
  const b = labels.board;
  const weeks = data.weeks;
  if (weeks.length === 0) return `<p class="muted">${e(b.weeksNone)}</p>`;
  const max = Math.max(1, ...weeks.map((w) => w.completions));
  const slot = (PLOT.right - PLOT.left) / weeks.length;
  const h = PLOT.bottom - PLOT.top;
  const x = (i: number) => PLOT.left + slot * i;
  const bars = weeks.map((w, i) => {
    const bh = (w.completions / max) * h;
    return `<rect x="${(x(i) + slot * 0.2).toFixed(1)}" y="${(PLOT.bottom - bh).toFixed(1)}" width="${(slot * 0.6).toFixed(1)}" height="${bh.toFixed(1)}" fill="${BAR}"><title>${e(`${longDay(w.weekStart, lang)}: ${w.completions} · ${rateText(labels, w.cumulativeShare)}`)}</title></rect>`;
  });
  const points = weeks.map(
    (w, i) => `${(x(i) + slot / 2).toFixed(1)},${(PLOT.bottom - Math.min(1, w.cumulativeShare) * h).toFixed(1)}`,
  );
  const every = Math.ceil(weeks.length / 12);
  const ticks = weeks
    .map((w, i) =>
      i % every === 0
        ? `<text x="${(x(i) + slot / 2).toFixed(1)}" y="${PLOT.bottom + 18}" font-size="12" text-anchor="middle" fill="${MUTED}">${e(dayMonth(w.weekStart, lang))}</text>`
        : '',
    )
    .filter(Boolean);
  const dx = x(Math.max(0, Math.min(weeks.length, dueOffset(weeks[0]!.weekStart, data.program.due)))).toFixed(1);
  const dueText = `${b.weeksLines.due} ${longDay(data.program.due, lang)}`;
  const last = weeks[weeks.length - 1]!;
  const desc = b.chartDesc(
    weeks.length,
    longDay(weeks[0]!.weekStart, lang),
    longDay(last.weekStart, lang),
    rateText(labels, last.cumulativeShare),
    longDay(data.program.due, lang),
  );
  return [
    `<figure class="chart">`,
    `<svg class="weeks-chart" viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-labelledby="weeks-chart-title weeks-chart-desc">`,
    `<title id="weeks-chart-title">${e(b.chartTitle)}</title>`,
    `<desc id="weeks-chart-desc">${e(desc)}</desc>`,
    ...axes(max, labels),
    ...bars,
    `<polyline points="${points.join(' ')}" fill="none" stroke="${LINE}" stroke-width="3" stroke-linejoin="round"/>`,
    ...weeks.map(
      (w, i) =>
        `<circle cx="${points[i]!.split(',')[0]}" cy="${points[i]!.split(',')[1]}" r="3.5" fill="${LINE}"><title>${e(`${longDay(w.weekStart, lang)}: ${rateText(labels, w.cumulativeShare)}`)}</title></circle>`,
    ),
    `<line class="due-marker" x1="${dx}" y1="${PLOT.top - 14}" x2="${dx}" y2="${PLOT.bottom}" stroke="${DUE}" stroke-width="2" stroke-dasharray="6 4"/>`,
    `<text x="${dx}" y="${PLOT.top - 18}" font-size="13" text-anchor="${Number(dx) > W - 160 ? 'end' : 'middle'}" fill="${DUE}" font-weight="600">${e(dueText)}</text>`,
    ...ticks,
    `<line x1="${PLOT.left}" y1="${PLOT.bottom}" x2="${PLOT.right}" y2="${PLOT.bottom}" stroke="${INK}" stroke-width="1"/>`,
    `</svg>`,
    `<ul class="legend"><li><span class="swatch swatch-bars" aria-hidden="true"></span>${e(b.chartLegend.bars)}</li><li><span class="swatch swatch-line" aria-hidden="true"></span>${e(b.chartLegend.line)}</li><li><span class="swatch swatch-due" aria-hidden="true"></span>${e(b.chartLegend.due)}</li></ul>`,
    `</figure>`,
  ].join('\n');
}
