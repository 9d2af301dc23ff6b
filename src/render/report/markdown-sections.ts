/** The Markdown report's sections after the main table; every string from the data is escaped. */
import type { ReportData } from '../../core/sponsor/report-types.js';
import type { ReportLabels } from '../../i18n/report.js';
import {
  adviceText,
  displayName,
  lessonState,
  lessonTitles,
  numericDay,
  rateText,
  reasonText,
  toRemind,
} from './common.js';
import { escapeMarkdown as m, tableRows } from './markdown.js';

export function departmentTable(data: ReportData, labels: ReportLabels): string[] {
  if (data.departments.length === 0) return [labels.none];
  const h = labels.board.departmentColumns;
  const body = data.departments.map((d) => [
    m(d.name ?? labels.board.noDepartment),
    String(d.learners),
    String(d.completed),
    String(d.inProgress),
    String(d.notStarted),
    String(d.noRecord),
    d.overdue > 0 ? `**${d.overdue}**` : '0',
    rateText(labels, d.completionRate),
  ]);
  const header = [h.name, h.learners, h.completed, h.inProgress, h.notStarted, h.noRecord, h.overdue, h.rate].map(m);
  return tableRows(header, body, [false, true, true, true, true, true, true, true]);
}

export function remindTable(data: ReportData, labels: ReportLabels): string[] {
  const b = labels.board;
  const list = toRemind(data);
  if (list.length === 0) return [b.nobodyToRemind];
  const title = lessonTitles(data);
  const h = b.remindColumns;
  const body = list.map((r) => [
    m(displayName(r)),
    m(r.email ?? ''),
    m(b.remindReason[r.remind!]),
    r.overdue && r.daysOverdue !== null ? String(r.daysOverdue) : '',
    m(r.remaining.map(title).join(', ')),
  ]);
  return tableRows([h.learner, h.email, h.reason, h.late, h.left].map(m), body, [false, false, false, true, false]);
}

const MARK = { completed: '✓', 'in-progress': '◐', 'not-started': '·' } as const;

/** Learner × lesson, lessons numbered in the header with their titles listed below (wide titles would make an unreadable table). */
export function matrixTable(data: ReportData, labels: ReportLabels): string[] {
  const b = labels.board;
  if (data.lessons.length === 0 || data.learners.length === 0) return [labels.none];
  const header = [m(labels.tableColumns.learner), ...data.lessons.map((_, i) => String(i + 1))];
  const body = data.learners.map((r) => [m(displayName(r)), ...data.lessons.map((_, i) => MARK[lessonState(r, i)])]);
  const legend = (['completed', 'in-progress', 'not-started'] as const)
    .map((s) => `${MARK[s]} ${m(b.lessonState[s])}`)
    .join(' · ');
  return [
    ...tableRows(header, body, [false, ...data.lessons.map(() => false)]),
    '',
    legend,
    '',
    `${m(b.matrixKey)}${labels.colon}`,
    '',
    ...data.lessons.map((l, i) => `${i + 1}. ${m(l.title)}${l.required ? '' : ` (${m(b.optional)})`}`),
  ];
}

export function weeksTable(data: ReportData, labels: ReportLabels, lang: 'en' | 'fr'): string[] {
  const b = labels.board;
  if (data.weeks.length === 0) return [b.weeksNone];
  const h = b.weekColumns;
  const due = data.program.due;
  const body = data.weeks.map((w, i) => {
    const next = data.weeks[i + 1]?.weekStart;
    // The week holding the due date is marked, as the chart's marker is elsewhere.
    const isDue = w.weekStart <= due && (next === undefined || due < next);
    const week = m(numericDay(w.weekStart, lang)) + (isDue ? ` (${m(b.weeksLines.due)})` : '');
    return [
      isDue ? `**${week}**` : week,
      String(w.completions),
      String(w.cumulative),
      rateText(labels, w.cumulativeShare),
    ];
  });
  return tableRows([h.week, h.completions, h.cumulative, h.share].map(m), body, [false, true, true, true]);
}

export function rejectedList(data: ReportData, labels: ReportLabels): string[] {
  if (data.rejected.length === 0) return [labels.none];
  return [
    labels.rejectedHint,
    '',
    ...data.rejected.map((r) => {
      const advice = adviceText(labels, r.reason);
      // The advice is ours: its `command` stays a code span; everything from the data is escaped.
      return `- ${m(r.path)} — ${m(reasonText(labels, r.reason))}${advice ? `. ${advice}` : ''}`;
    }),
  ];
}
