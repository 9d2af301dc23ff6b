/**
 * The report as a Markdown document, for a wiki page or an e-mail. Every string from the data is
 * escaped so it stays text: no link, image, emphasis, code span, raw HTML or broken table.
 */
import type { LearnerRow, LessonRow, ReportData } from '../../core/sponsor/report-types.js';
import type { ReportLabels } from '../../i18n/report.js';
import { cleanText, dateOnly, dateTime, displayName, reasonText, requiredText, statusCounts } from './common.js';

/**
 * Escapes text for any Markdown context: HTML-significant characters become entities (so no raw
 * HTML reaches a renderer that allows it), Markdown punctuation gets a backslash, line breaks
 * become spaces, and block markers at the start (#, -, +, "1.") cannot open a heading or a list.
 */
export function escapeMarkdown(s: string): string {
  return cleanText(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\|*_`[\]~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+\-=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

function tableRows(header: string[], rows: string[][], rightAligned: boolean[]): string[] {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(rightAligned.map((r) => (r ? '---:' : '---'))), ...rows.map(line)];
}

function learnerTable(rows: LearnerRow[], labels: ReportLabels): string[] {
  const h = labels.tableColumns;
  const header = [h.learner, h.department, h.status, h.required, h.progress, h.due, h.lastActivity, h.minutes, h.quiz, h.drafts, h.verification];
  const body = rows.map((r) => [
    escapeMarkdown(displayName(r)),
    escapeMarkdown(r.department ?? ''),
    labels.status[r.status],
    requiredText(r),
    labels.percent(r.progressPct),
    // Bold makes the late rows stand out in any renderer; the label itself is ours, not data.
    r.overdue ? `**${labels.overdueMark}**` : escapeMarkdown(dateOnly(r.due)),
    escapeMarkdown(dateOnly(r.lastActivityAt)),
    String(r.minutes),
    r.quizScorePct === null ? '' : labels.percent(r.quizScorePct),
    String(r.draftLessons),
    r.verification === null ? '' : labels.verification[r.verification],
  ]);
  return tableRows(header.map(escapeMarkdown), body, [false, false, false, true, true, false, false, true, true, true, false]);
}

function lessonTable(rows: LessonRow[], labels: ReportLabels): string[] {
  const h = labels.lessonColumns;
  const body = rows.map((l) => [escapeMarkdown(l.id), escapeMarkdown(l.track ?? ''), String(l.completed), String(l.inProgress), String(l.notStarted)]);
  return tableRows([h.id, h.track, h.completed, h.inProgress, h.notStarted].map(escapeMarkdown), body, [false, false, true, true, true]);
}

/** Renders the Markdown report (GitHub-flavoured pipe tables). */
export function renderMarkdown(data: ReportData, labels: ReportLabels, by: 'learner' | 'lesson'): string {
  const p = data.program;
  const s = data.summary;
  const rate = labels.percent(Math.round(s.completionRate * 1000) / 10);
  const out: string[] = [
    `# ${escapeMarkdown(labels.reportTitle)}`,
    '',
    `**${escapeMarkdown(labels.titleLine(p.title, p.id, p.due))}**`,
    '',
    escapeMarkdown(labels.generated(dateTime(data.generatedAt))),
    '',
    `## ${labels.sections.summary}`,
    '',
    escapeMarkdown(`${labels.summarySentence(s.completed, s.learners, rate)} ${labels.overdueSentence(s.overdue)}`),
    '',
    `- ${labels.summary.learners}${labels.colon} ${s.learners}`,
    ...statusCounts(data).map((c) => `- ${labels.summary[c.key]}${labels.colon} ${c.count}`),
    `- ${labels.summary.overdue}${labels.colon} ${s.overdue}`,
    `- ${labels.summary.completionRate}${labels.colon} ${rate}`,
    '',
    `## ${by === 'lesson' ? labels.sections.lessons : labels.sections.learners}`,
    '',
    ...(by === 'lesson' ? lessonTable(data.lessons, labels) : learnerTable(data.learners, labels)),
    '',
  ];
  if (by === 'learner') out.push(`*${escapeMarkdown(labels.dateNote)}*`, '');
  out.push(`## ${labels.sections.tracks}`, '');
  out.push(...(data.tracks.length === 0 ? [labels.none] : data.tracks.map((t) => `- ${escapeMarkdown(t.id)}${labels.colon} ${labels.percent(t.completionPct)}`)));
  out.push('', `## ${labels.sections.unfinished}`, '');
  out.push(...(data.unfinished.length === 0 ? [labels.none] : data.unfinished.map((u) => `- ${escapeMarkdown(u.id)}${labels.colon} ${labels.unfinishedCount(u.count)}`)));
  out.push('', `## ${labels.sections.rejected}`, '');
  if (data.rejected.length === 0) out.push(labels.none);
  else out.push(labels.rejectedHint, '', ...data.rejected.map((r) => `- ${escapeMarkdown(r.path)} — ${escapeMarkdown(reasonText(labels, r.reason))}`));
  return `${out.join('\n')}\n`;
}
