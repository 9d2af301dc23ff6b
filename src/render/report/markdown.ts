/**
 * The report as a Markdown document, for a wiki page or an e-mail. Every string from the data is
 * escaped so it stays text: no link, image, emphasis, code span, raw HTML or broken table.
 */
import type { LearnerRow, ReportData } from '../../core/sponsor/report-types.js';
import type { ReportLabels } from '../../i18n/report.js';
import {
  cleanText,
  displayName,
  dueText,
  lessonTitles,
  localDate,
  localDateTime,
  rateText,
  requiredText,
  sponsorText,
  statusCounts,
  trackTitles,
} from './common.js';
import { longDateTime, longDay } from './dates.js';
import { departmentTable, matrixTable, rejectedList, remindTable, weeksTable } from './markdown-sections.js';

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

/** A pipe table; `rightAligned` per column. */
export function tableRows(header: string[], rows: string[][], rightAligned: boolean[]): string[] {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(rightAligned.map((r) => (r ? '---:' : '---'))), ...rows.map(line)];
}

function learnerTable(data: ReportData, labels: ReportLabels, lang: 'en' | 'fr'): string[] {
  const h = labels.tableColumns;
  const zone = { lang, timeZone: data.timeZone };
  const header = [
    h.learner,
    labels.board.email,
    h.department,
    h.status,
    h.required,
    h.progress,
    h.due,
    h.lastActivity,
    labels.board.dataAsOf,
    h.minutes,
    h.quiz,
    h.drafts,
    h.verification,
  ];
  const body = data.learners.map((r: LearnerRow) => [
    escapeMarkdown(displayName(r)),
    escapeMarkdown(r.email ?? ''),
    escapeMarkdown(r.department ?? ''),
    labels.status[r.status],
    requiredText(r),
    labels.percent(r.progressPct),
    // Bold makes the late rows stand out in any renderer; the text inside is escaped.
    r.overdue ? `**${escapeMarkdown(dueText(r, labels, lang))}**` : escapeMarkdown(dueText(r, labels, lang)),
    escapeMarkdown(localDate(r.lastActivityAt, zone)),
    escapeMarkdown(localDateTime(r.recordAt, zone)),
    String(r.minutes),
    r.quizScorePct === null ? '' : labels.percent(r.quizScorePct),
    String(r.draftLessons),
    r.verification === null ? '' : labels.verification[r.verification],
  ]);
  return tableRows(header.map(escapeMarkdown), body, [
    false,
    false,
    false,
    false,
    true,
    true,
    false,
    false,
    false,
    true,
    true,
    true,
    false,
  ]);
}

function lessonTable(data: ReportData, labels: ReportLabels): string[] {
  const h = labels.lessonColumns;
  const track = trackTitles(data);
  const body = data.lessons.map((l) => [
    escapeMarkdown(l.title),
    escapeMarkdown(track(l.track)),
    String(l.completed),
    String(l.inProgress),
    String(l.notStarted),
  ]);
  return tableRows([h.id, h.track, h.completed, h.inProgress, h.notStarted].map(escapeMarkdown), body, [
    false,
    false,
    true,
    true,
    true,
  ]);
}

function head(data: ReportData, labels: ReportLabels, lang: 'en' | 'fr'): string[] {
  const p = data.program;
  const sponsor = sponsorText(data);
  return [
    `# ${escapeMarkdown(labels.reportTitle)}`,
    '',
    `**${escapeMarkdown(labels.titleLine(p.title, p.id, longDay(p.due, lang)))}**`,
    '',
    ...(sponsor ? [`${escapeMarkdown(labels.board.sponsor)}${labels.colon} ${escapeMarkdown(sponsor)}`, ''] : []),
    escapeMarkdown(
      `${labels.generated(longDateTime(data.generatedAt, { lang, timeZone: data.timeZone }))}. ${labels.board.zoneNote(data.timeZone)}`,
    ),
  ];
}

/** Renders the Markdown report (GitHub-flavoured pipe tables). */
export function renderMarkdown(
  data: ReportData,
  labels: ReportLabels,
  by: 'learner' | 'lesson',
  lang: 'en' | 'fr' = 'en',
): string {
  const s = data.summary;
  const b = labels.board;
  const rate = rateText(labels, s.completionRate);
  const section = (title: string, lines: string[]) => ['', `## ${escapeMarkdown(title)}`, '', ...lines];
  const title = lessonTitles(data);
  const out: string[] = [
    ...head(data, labels, lang),
    ...section(labels.sections.summary, [
      escapeMarkdown(`${labels.summarySentence(s.completed, s.learners, rate)} ${labels.overdueSentence(s.overdue)}`),
      '',
      `- ${labels.summary.learners}${labels.colon} ${s.learners}`,
      ...statusCounts(data).map((c) => `- ${labels.summary[c.key]}${labels.colon} ${c.count}`),
      `- ${labels.summary.overdue}${labels.colon} ${s.overdue}`,
      `- ${labels.summary.completionRate}${labels.colon} ${rate}`,
    ]),
    ...section(
      by === 'lesson' ? labels.sections.lessons : labels.sections.learners,
      by === 'lesson'
        ? lessonTable(data, labels)
        : [...learnerTable(data, labels, lang), '', `*${escapeMarkdown(b.daysLateNote)}*`],
    ),
    ...(by === 'lesson' ? section(b.sections.matrix, matrixTable(data, labels)) : []),
    ...section(b.sections.remind, remindTable(data, labels)),
    ...section(b.sections.departments, departmentTable(data, labels)),
    ...section(b.sections.weeks, weeksTable(data, labels, lang)),
    ...section(
      labels.sections.tracks,
      data.tracks.length === 0
        ? [labels.none]
        : data.tracks.map((t) => `- ${escapeMarkdown(t.title)}${labels.colon} ${labels.percent(t.completionPct)}`),
    ),
    ...section(
      labels.sections.unfinished,
      data.unfinished.length === 0
        ? [labels.none]
        : data.unfinished.map(
            (u) => `- ${escapeMarkdown(title(u.id))}${labels.colon} ${labels.unfinishedCount(u.count)}`,
          ),
    ),
    ...section(labels.sections.rejected, rejectedList(data, labels)),
  ];
  return `${out.join('\n')}\n`;
}
