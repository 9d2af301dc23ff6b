/** The columns of the terminal report's table (table.ts), by learner or by lesson, chosen to fit the width. */
import type { LearnerRow, ReportData } from '../../core/sponsor/report-types.js';
import type { ReportLabels } from '../../i18n/report.js';
import type { Style } from '../style.js';
import { cleanText, displayName, dueText, localDate, requiredText, trackTitles } from './common.js';
import { type Column, displayWidth } from './table-layout.js';

/** Below this width the secondary columns are left out rather than every column being cut. */
export const NARROW = 110;
/** Below this width the department gives way too (the "by department" section still has every department). */
const MEDIUM = 90;
/** From this width the e-mail column joins (below it, "who to remind" still gives every e-mail needed). */
const WIDE = 160;

/** What every part of the terminal report is drawn from. */
export interface TableContext {
  data: ReportData;
  labels: ReportLabels;
  lang: 'en' | 'fr';
  style: Style;
  width: number;
}

export function learnerColumns({ data, labels, lang, style, width }: TableContext): Column[] {
  const rows = data.learners;
  const h = labels.tableColumns;
  const zone = { lang, timeZone: data.timeZone };
  const col = (header: string, cell: (r: LearnerRow) => string, rest: Partial<Column> = {}): Column => ({
    header,
    cells: rows.map((r) => cleanText(cell(r))),
    align: 'left',
    ...rest,
  });
  const num = (header: string, cell: (r: LearnerRow) => string): Column => col(header, cell, { align: 'right' });
  // Percentages padded to one width, so the fractions and the percentages line up in their shared column.
  const pctWidth = Math.max(0, ...rows.map((r) => displayWidth(labels.percent(r.progressPct))));
  return [
    col(h.learner, displayName, { flex: [24, 12] }),
    // Narrow: e-mail and department give way (who to remind has the e-mails, by department the departments).
    ...(width < WIDE ? [] : [col(labels.board.email, (r) => r.email ?? '', { flex: [24, 8] })]),
    ...(width < MEDIUM ? [] : [col(h.department, (r) => r.department ?? '', { flex: [16, 6] })]),
    col(h.status, (r) => labels.status[r.status], {
      paint: (s, i) =>
        rows[i]!.status === 'completed' ? style.green(s) : rows[i]!.status === 'no-record' ? style.yellow(s) : s,
    }),
    // Done/total and percentage share a column: an 11th column would leave names no room at 100.
    num(
      h.progress,
      (r) =>
        `${requiredText(r)}${' '.repeat(pctWidth - displayWidth(labels.percent(r.progressPct)) + 1)}${labels.percent(r.progressPct)}`,
    ),
    col(h.due, (r) => dueText(r, labels, lang), { paint: (s, i) => (rows[i]!.overdue ? style.red(s) : s) }),
    ...(width < NARROW
      ? []
      : [
          col(h.lastActivity, (r) => localDate(r.lastActivityAt, zone)),
          col(labels.board.dataAsOf, (r) => localDate(r.recordAt, zone)),
          num(h.minutes, (r) => String(r.minutes)),
          num(h.quiz, (r) => (r.quizScorePct === null ? '' : labels.percent(r.quizScorePct))),
          num(h.drafts, (r) => String(r.draftLessons)),
        ]),
    col(h.verification, (r) => (r.verification === null ? '' : labels.verification[r.verification]), {
      flex: [18, 7],
      paint: (s, i) => (rows[i]!.verification !== null && rows[i]!.verification !== 'valid' ? style.yellow(s) : s),
    }),
  ];
}

export function lessonColumns({ data, labels }: TableContext): Column[] {
  const h = labels.lessonColumns;
  const rows = data.lessons;
  const track = trackTitles(data);
  const count = (header: string, n: (i: number) => number): Column => ({
    header,
    cells: rows.map((_, i) => String(n(i))),
    align: 'right',
  });
  return [
    { header: h.id, cells: rows.map((l) => cleanText(l.title)), align: 'left', flex: [36, 16] },
    { header: h.track, cells: rows.map((l) => cleanText(track(l.track))), align: 'left', flex: [20, 8] },
    count(h.completed, (i) => rows[i]!.completed),
    count(h.inProgress, (i) => rows[i]!.inProgress),
    count(h.notStarted, (i) => rows[i]!.notStarted),
  ];
}
