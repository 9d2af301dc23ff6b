/**
 * The report as one self-contained HTML5 page for HR: no external resource, a CSP that forbids
 * every fetch, and every string from the data escaped (names come from a roster and may be
 * hostile). A long learners table gets a filter: the page's one script, allowed by its hash only.
 */
import type { ReportData } from '../../core/sponsor/report-types.js';
import type { ReportLabels } from '../../i18n/report.js';
import { lessonTitles, rateText, sponsorText, statusCounts } from './common.js';
import { longDateTime, longDay } from './dates.js';
import { statusChart, trackChart } from './html-charts.js';
import { escapeHtml as e } from './html-escape.js';
import { FILTER_FROM, FILTER_SCRIPT, scriptHash } from './html-filter.js';
import { REPORT_CSS } from './html-style.js';
import {
  departmentsTable,
  learnersTable,
  lessonsTable,
  matrixTable,
  rejectedTable,
  remindTable,
} from './html-tables.js';
import { weeksChart } from './html-weeks.js';

/** Even if something slipped through escaping, the browser would refuse to fetch it or run it. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** The page's CSP: with the filter's script, that script alone, by its hash. */
export function contentSecurityPolicy(withScript: boolean): string {
  return withScript ? `${CSP}; script-src ${scriptHash()}` : CSP;
}

function summaryCards(data: ReportData, labels: ReportLabels, rate: string): string {
  const s = data.summary;
  const card = (key: string, value: string, label: string, extra = '') =>
    `<li class="card card-${key}${extra}"><span class="card-value">${e(value)}</span><span class="card-label">${e(label)}</span></li>`;
  return `<ul class="cards">${[
    card('learners', String(s.learners), labels.summary.learners),
    ...statusCounts(data).map((c) => card(c.key, String(c.count), labels.summary[c.key])),
    // Red only when someone is late: a red zero reads as an alarm.
    card('overdue', String(s.overdue), labels.summary.overdue, s.overdue > 0 ? ' card-late' : ''),
    card('rate', rate, labels.summary.completionRate),
  ].join('')}</ul>`;
}

function header(data: ReportData, labels: ReportLabels, lang: 'en' | 'fr'): string {
  const p = data.program;
  const sponsor = sponsorText(data);
  const item = (label: string, value: string) => `<span>${e(label)}${e(labels.colon)} ${e(value)}</span>`;
  return `<header>
<p class="eyebrow">${e(labels.reportTitle)}</p>
<h1>${e(p.title)}</h1>
${sponsor ? `<p class="sponsor">${e(labels.board.sponsor)}${e(labels.colon)} ${e(sponsor)}</p>\n` : ''}<p class="meta">${item(labels.programme, p.id)}${item(labels.dueDate, longDay(p.due, lang))}<span>${e(labels.generated(longDateTime(data.generatedAt, { lang, timeZone: data.timeZone })))}</span></p>
<p class="meta zone">${e(labels.board.zoneNote(data.timeZone))}</p>
</header>`;
}

const section = (id: string, title: string, body: string) =>
  `<section aria-labelledby="h-${id}">\n<h2 id="h-${id}">${e(title)}</h2>\n${body}\n</section>`;

function sections(data: ReportData, labels: ReportLabels, by: 'learner' | 'lesson', lang: 'en' | 'fr'): string[] {
  const s = data.summary;
  const b = labels.board;
  const rate = rateText(labels, s.completionRate);
  const title = lessonTitles(data);
  const unfinished =
    data.unfinished.length === 0
      ? `<p class="muted">${e(labels.none)}</p>`
      : `<ol class="unfinished">${data.unfinished.map((u) => `<li>${e(title(u.id))} <span class="muted">(${e(labels.unfinishedCount(u.count))})</span></li>`).join('')}</ol>`;
  return [
    section(
      'summary',
      labels.sections.summary,
      `<p class="lead">${e(`${labels.summarySentence(s.completed, s.learners, rate)} ${labels.overdueSentence(s.overdue)}`)}</p>\n${summaryCards(data, labels, rate)}\n${statusChart(data, labels)}`,
    ),
    section('remind', b.sections.remind, remindTable(data, labels)),
    section('weeks', b.sections.weeks, weeksChart(data, labels, lang)),
    section('departments', b.sections.departments, departmentsTable(data, labels)),
    section('tracks', labels.sections.tracks, trackChart(data, labels)),
    section(
      'table',
      by === 'lesson' ? labels.sections.lessons : labels.sections.learners,
      by === 'lesson' ? lessonsTable(data, labels) : learnersTable(data, labels, lang),
    ),
    section('matrix', b.sections.matrix, matrixTable(data, labels)),
    section('unfinished', labels.sections.unfinished, unfinished),
    section('rejected', labels.sections.rejected, rejectedTable(data, labels)),
  ];
}

/** Renders the whole page; `lang` sets `<html lang>` so screen readers pronounce it right. */
export function renderHtml(
  data: ReportData,
  labels: ReportLabels,
  by: 'learner' | 'lesson',
  lang: 'en' | 'fr',
): string {
  const filter = by === 'learner' && data.learners.length >= FILTER_FROM;
  return `<!DOCTYPE html>
<html lang="${lang === 'fr' ? 'fr' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(filter)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(`${labels.reportTitle} · ${data.program.title}`)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<div class="page">
${header(data, labels, lang)}
<main>
${sections(data, labels, by, lang).join('\n')}
</main>
</div>
${filter ? `<script>${FILTER_SCRIPT}</script>\n` : ''}</body>
</html>
`;
}
