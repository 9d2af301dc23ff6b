/**
 * The report as one self-contained HTML5 page for HR: no script, no external resource, a CSP that
 * forbids both, and every string from the data escaped (names come from a roster and may be hostile).
 */
import type { LearnerRow, LessonRow, ReportData } from '../../core/sponsor/report-types.js';
import type { ReportLabels } from '../../i18n/report.js';
import { dateOnly, dateTime, reasonText, requiredText, statusCounts } from './common.js';
import { statusChart, trackChart } from './html-charts.js';
import { escapeHtml as e } from './html-escape.js';
import { REPORT_CSS } from './html-style.js';

/** Even if something slipped through escaping, the browser would refuse to run or fetch it. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STATUS_CLASS: Record<LearnerRow['status'], string> = {
  completed: 'status-completed', 'in-progress': 'status-in-progress', 'not-started': 'status-not-started', 'no-record': 'status-no-record',
};

const th = (label: string, num = false) => `<th scope="col"${num ? ' class="num"' : ''}>${e(label)}</th>`;
const td = (html: string, cls = '') => `<td${cls ? ` class="${cls}"` : ''}>${html}</td>`;

function learnerRow(r: LearnerRow, labels: ReportLabels): string {
  // The id is shown under the name so HR can match a row to the roster; alone when there is no name.
  const who = r.name === null ? e(r.id) : `${e(r.name)}<span class="id">${e(r.id)}</span>`;
  const warn = r.verification !== null && r.verification !== 'valid';
  return `<tr>${[
    td(who, 'name'),
    td(e(r.department ?? '')),
    td(`<span class="pill ${STATUS_CLASS[r.status] ?? ''}">${e(labels.status[r.status] ?? r.status)}</span>`),
    td(e(requiredText(r)), 'num'),
    td(e(labels.percent(r.progressPct)), 'num'),
    r.overdue ? td(`<span class="late">${e(labels.overdueMark)}</span><span class="id">${e(dateOnly(r.due))}</span>`, 'date') : td(e(dateOnly(r.due)), 'date'),
    td(e(dateOnly(r.lastActivityAt)), 'date'),
    td(String(r.minutes), 'num'),
    td(r.quizScorePct === null ? '' : e(labels.percent(r.quizScorePct)), 'num'),
    td(String(r.draftLessons), 'num'),
    td(r.verification === null ? '' : e(labels.verification[r.verification] ?? r.verification), warn ? 'warn' : ''),
  ].join('')}</tr>`;
}

function learnersTable(data: ReportData, labels: ReportLabels): string {
  const h = labels.tableColumns;
  const head = [th(h.learner), th(h.department), th(h.status), th(h.required, true), th(h.progress, true), th(h.due), th(h.lastActivity), th(h.minutes, true), th(h.quiz, true), th(h.drafts, true), th(h.verification)];
  return `<div class="table-wrap"><table>\n<thead><tr>${head.join('')}</tr></thead>\n<tbody>\n${data.learners.map((r) => learnerRow(r, labels)).join('\n')}\n</tbody></table></div>\n<p class="note">${e(labels.dateNote)}</p>`;
}

function lessonsTable(rows: LessonRow[], labels: ReportLabels): string {
  const h = labels.lessonColumns;
  const body = rows.map((l) => `<tr>${td(e(l.id))}${td(e(l.track ?? ''))}${td(String(l.completed), 'num')}${td(String(l.inProgress), 'num')}${td(String(l.notStarted), 'num')}</tr>`);
  return `<div class="table-wrap"><table>\n<thead><tr>${[th(h.id), th(h.track), th(h.completed, true), th(h.inProgress, true), th(h.notStarted, true)].join('')}</tr></thead>\n<tbody>\n${body.join('\n')}\n</tbody></table></div>`;
}

function summaryCards(data: ReportData, labels: ReportLabels, rate: string): string {
  const s = data.summary;
  const card = (key: string, value: string, label: string) => `<li class="card card-${key}"><span class="card-value">${e(value)}</span><span class="card-label">${e(label)}</span></li>`;
  return `<ul class="cards">${[
    card('learners', String(s.learners), labels.summary.learners),
    ...statusCounts(data).map((c) => card(c.key, String(c.count), labels.summary[c.key])),
    card('overdue', String(s.overdue), labels.summary.overdue),
    card('rate', rate, labels.summary.completionRate),
  ].join('')}</ul>`;
}

function rejectedSection(data: ReportData, labels: ReportLabels): string {
  if (data.rejected.length === 0) return `<p class="muted">${e(labels.none)}</p>`;
  // The hint is ours; its `command` becomes <code> after escaping, so data never reaches this step.
  const hint = e(labels.rejectedHint).replace(/`([^`]+)`/g, '<code>$1</code>');
  const rows = data.rejected.map((r) => `<tr>${td(e(r.path), 'path')}${td(e(reasonText(labels, r.reason)))}</tr>`);
  const head = `<thead><tr>${th(labels.rejectedColumns.path)}${th(labels.rejectedColumns.reason)}</tr></thead>`;
  return `<p>${hint}</p>\n<div class="table-wrap"><table>\n${head}\n<tbody>\n${rows.join('\n')}\n</tbody></table></div>`;
}

/** Renders the whole page; `lang` sets `<html lang>` so screen readers pronounce it right. */
export function renderHtml(data: ReportData, labels: ReportLabels, by: 'learner' | 'lesson', lang: 'en' | 'fr'): string {
  const p = data.program;
  const s = data.summary;
  const rate = labels.percent(Math.round(s.completionRate * 1000) / 10);
  const unfinished = data.unfinished.length === 0
    ? `<p class="muted">${e(labels.none)}</p>`
    : `<ol class="unfinished">${data.unfinished.map((u) => `<li>${e(u.id)} <span class="muted">(${e(labels.unfinishedCount(u.count))})</span></li>`).join('')}</ol>`;
  return `<!DOCTYPE html>
<html lang="${lang === 'fr' ? 'fr' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(`${labels.reportTitle} · ${p.title}`)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<div class="page">
<header>
<p class="eyebrow">${e(labels.reportTitle)}</p>
<h1>${e(p.title)}</h1>
<p class="meta"><span>${e(labels.programme)}${e(labels.colon)} ${e(p.id)}</span><span>${e(labels.dueDate)}${e(labels.colon)} ${e(p.due)}</span><span>${e(labels.generated(dateTime(data.generatedAt)))}</span></p>
</header>
<main>
<section aria-labelledby="h-summary">
<h2 id="h-summary">${e(labels.sections.summary)}</h2>
<p class="lead">${e(`${labels.summarySentence(s.completed, s.learners, rate)} ${labels.overdueSentence(s.overdue)}`)}</p>
${summaryCards(data, labels, rate)}
${statusChart(data, labels)}
</section>
<section aria-labelledby="h-tracks">
<h2 id="h-tracks">${e(labels.sections.tracks)}</h2>
${trackChart(data, labels)}
</section>
<section aria-labelledby="h-table">
<h2 id="h-table">${e(by === 'lesson' ? labels.sections.lessons : labels.sections.learners)}</h2>
${by === 'lesson' ? lessonsTable(data.lessons, labels) : learnersTable(data, labels)}
</section>
<section aria-labelledby="h-unfinished">
<h2 id="h-unfinished">${e(labels.sections.unfinished)}</h2>
${unfinished}
</section>
<section aria-labelledby="h-rejected">
<h2 id="h-rejected">${e(labels.sections.rejected)}</h2>
${rejectedSection(data, labels)}
</section>
</main>
</div>
</body>
</html>
`;
}
