/**
 * Inline SVG charts for the HTML report: no script, no external resource, and each chart carries
 * a <title> and <desc> (and role="img") so a screen reader says what it shows.
 */
import type { ReportData } from '../../core/sponsor/report-types.js';
import type { ReportLabels } from '../../i18n/report.js';
import { statusCounts } from './common.js';
import { escapeHtml } from './html-escape.js';
import { truncate } from './table-layout.js';

/** Fill colours by status; the legend and the table pills use the same ones (CSS classes). */
const FILL = { completed: '#2f7d4a', inProgress: '#d99a1e', notStarted: '#a3adb8', noRecord: '#b8483a' } as const;
/** Text colour that stays readable on each fill. */
const INK = { completed: '#ffffff', inProgress: '#1f2328', notStarted: '#1f2328', noRecord: '#ffffff' } as const;

// The page's content width in CSS pixels: on screen the charts draw at 1:1, in print they scale down.
const WIDTH = 1040;

/** One horizontal bar, learners split by status, with the counts written on wide enough parts. */
export function statusChart(data: ReportData, labels: ReportLabels): string {
  const counts = statusCounts(data);
  const total = counts.reduce((a, c) => a + c.count, 0);
  const desc = counts.map((c) => `${labels.summary[c.key]} ${c.count}`).join(', ');
  const height = 44;
  let x = 0;
  const parts = counts
    .filter((c) => c.count > 0)
    .map((c) => {
      const w = (c.count / total) * WIDTH;
      const rect = `<rect x="${x.toFixed(1)}" y="0" width="${w.toFixed(1)}" height="${height}" fill="${FILL[c.key]}"><title>${escapeHtml(`${labels.summary[c.key]}: ${c.count}`)}</title></rect>`;
      const text =
        w >= 28
          ? `<text x="${(x + w / 2).toFixed(1)}" y="${height / 2 + 6}" text-anchor="middle" fill="${INK[c.key]}" font-size="17" font-weight="600">${c.count}</text>`
          : '';
      x += w;
      return rect + text;
    });
  const empty = total === 0 ? `<rect x="0" y="0" width="${WIDTH}" height="${height}" fill="#e6e9ed"/>` : '';
  const legend = counts
    .map(
      (c) =>
        `<li><span class="swatch swatch-${c.key}" aria-hidden="true"></span>${escapeHtml(labels.summary[c.key])} <strong>${c.count}</strong></li>`,
    )
    .join('');
  return [
    `<figure class="chart">`,
    `<svg class="status-bar" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-labelledby="status-chart-title status-chart-desc">`,
    `<title id="status-chart-title">${escapeHtml(labels.chart.statusTitle)}</title>`,
    `<desc id="status-chart-desc">${escapeHtml(labels.chart.statusDesc(desc))}</desc>`,
    empty,
    ...parts,
    `</svg>`,
    `<ul class="legend">${legend}</ul>`,
    `</figure>`,
  ].join('\n');
}

/** One bar per track: the share of its required lessons completed, label and percentage written out. */
export function trackChart(data: ReportData, labels: ReportLabels): string {
  if (data.tracks.length === 0) return `<p class="muted">${escapeHtml(labels.none)}</p>`;
  const row = 34;
  const labelWidth = 260;
  const barWidth = WIDTH - labelWidth - 80;
  const height = data.tracks.length * row;
  const desc = data.tracks.map((t) => `${t.title} ${labels.percent(t.completionPct)}`).join(', ');
  const rows = data.tracks.map((t, i) => {
    const y = i * row;
    const pct = Math.max(0, Math.min(100, t.completionPct));
    // SVG text does not cut itself: long titles are shortened here, the full title stays in the tooltip.
    return [
      `<g><title>${escapeHtml(`${t.title}: ${labels.percent(t.completionPct)}`)}</title>`,
      `<text x="0" y="${y + 21}" font-size="14" fill="#1f2328">${escapeHtml(truncate(t.title, 30))}</text>`,
      `<rect x="${labelWidth}" y="${y + 7}" width="${barWidth}" height="18" rx="3" fill="#e6e9ed"/>`,
      `<rect x="${labelWidth}" y="${y + 7}" width="${((pct / 100) * barWidth).toFixed(1)}" height="18" rx="3" fill="${FILL.completed}"/>`,
      `<text x="${WIDTH}" y="${y + 21}" font-size="14" text-anchor="end" fill="#1f2328">${escapeHtml(labels.percent(t.completionPct))}</text></g>`,
    ].join('');
  });
  return [
    `<figure class="chart">`,
    `<svg class="track-bars" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-labelledby="track-chart-title track-chart-desc">`,
    `<title id="track-chart-title">${escapeHtml(labels.chart.tracksTitle)}</title>`,
    `<desc id="track-chart-desc">${escapeHtml(labels.chart.tracksDesc(desc))}</desc>`,
    ...rows,
    `</svg>`,
    `</figure>`,
  ].join('\n');
}
