/**
 * The report for a terminal: title, summary, an aligned table fitted to the width, then tracks,
 * unfinished lessons and rejected files. Every string from the data goes through cleanText, so
 * nothing read from a roster or a record can drive the terminal.
 */
import type { LearnerRow, ReportData } from '../../core/sponsor/report-types.js';
import type { ReportLabels } from '../../i18n/report.js';
import { plainStyle, type Style } from '../style.js';
import { bar, wrap } from '../terminal-text.js';
import { cleanText, dateOnly, dateTime, displayName, dueText, reasonText, requiredText } from './common.js';
import { displayWidth, layoutTable, truncate, type Column } from './table-layout.js';

/** Options of the terminal table. */
export interface TableOptions {
  by: 'learner' | 'lesson';
  width: number;
  style?: Style;
}

/** Below this width the secondary columns are left out rather than every column being cut. */
const NARROW = 110;

function learnerColumns(rows: LearnerRow[], programDue: string, labels: ReportLabels, style: Style, narrow: boolean): Column[] {
  const h = labels.tableColumns;
  const col = (header: string, cell: (r: LearnerRow) => string, rest: Partial<Column> = {}): Column => ({
    header, cells: rows.map((r) => cleanText(cell(r))), align: 'left', ...rest,
  });
  const num = (header: string, cell: (r: LearnerRow) => string): Column => col(header, cell, { align: 'right' });
  // Percentages padded to one width, so the fractions and the percentages line up in their shared column.
  const pctWidth = Math.max(0, ...rows.map((r) => displayWidth(labels.percent(r.progressPct))));
  return [
    col(h.learner, displayName, { flex: [24, 12] }),
    col(h.department, (r) => r.department ?? '', { flex: [16, 6] }),
    col(h.status, (r) => labels.status[r.status], {
      paint: (s, i) => (rows[i]!.status === 'completed' ? style.green(s) : rows[i]!.status === 'no-record' ? style.yellow(s) : s),
    }),
    // Done/total and percentage share a column: an 11th column would leave names no room at 100.
    num(h.progress, (r) => `${requiredText(r)}${' '.repeat(pctWidth - displayWidth(labels.percent(r.progressPct)) + 1)}${labels.percent(r.progressPct)}`),
    col(h.due, (r) => dueText(r, programDue, labels.overdueMark), { paint: (s, i) => (rows[i]!.overdue ? style.red(s) : s) }),
    ...(narrow
      ? []
      : [
          col(h.lastActivity, (r) => dateOnly(r.lastActivityAt)),
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

function lessonColumns(data: ReportData, labels: ReportLabels): Column[] {
  const h = labels.lessonColumns;
  const rows = data.lessons;
  const count = (header: string, n: (i: number) => number): Column => ({ header, cells: rows.map((_, i) => String(n(i))), align: 'right' });
  return [
    { header: h.id, cells: rows.map((l) => cleanText(l.id)), align: 'left', flex: [32, 16] },
    { header: h.track, cells: rows.map((l) => cleanText(l.track ?? '')), align: 'left', flex: [20, 10] },
    count(h.completed, (i) => rows[i]!.completed),
    count(h.inProgress, (i) => rows[i]!.inProgress),
    count(h.notStarted, (i) => rows[i]!.notStarted),
  ];
}

/** Cuts from the left, keeping the end of a path (the file name) visible. */
function truncateStart(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  return `…${[...truncate([...s].reverse().join(''), width).slice(0, -1)].reverse().join('')}`;
}

function summaryLines(data: ReportData, labels: ReportLabels, style: Style, width: number): string[] {
  const s = data.summary;
  const l = labels.summary;
  const entries: [string, string, (x: string) => string][] = [
    [l.learners, String(s.learners), (x) => x],
    [l.completed, String(s.completed), style.green],
    [l.inProgress, String(s.inProgress), (x) => x],
    [l.notStarted, String(s.notStarted), (x) => x],
    [l.noRecord, String(s.noRecord), s.noRecord > 0 ? style.yellow : (x) => x],
    [l.overdue, String(s.overdue), s.overdue > 0 ? style.red : (x) => x],
    [l.completionRate, labels.percent(Math.round(s.completionRate * 1000) / 10), style.bold],
  ];
  const labelWidth = Math.max(...entries.map(([k]) => displayWidth(k)));
  return entries.map(([k, v, paint]) => `  ${k}${' '.repeat(labelWidth - displayWidth(k) + 2)}${paint(truncate(v, width - labelWidth - 4))}`);
}

function trackLines(data: ReportData, labels: ReportLabels, width: number): string[] {
  if (data.tracks.length === 0) return [`  ${labels.none}`];
  const ids = data.tracks.map((t) => cleanText(t.id));
  const idWidth = Math.min(Math.max(...ids.map(displayWidth)), Math.max(8, width - 22));
  return data.tracks.map((t, i) => {
    const id = truncate(ids[i]!, idWidth);
    return `  ${id}${' '.repeat(idWidth - displayWidth(id))}  ${bar(t.completionPct, 100)}  ${labels.percent(t.completionPct)}`;
  });
}

/** Renders the terminal report; lines fit `width` columns. */
export function renderTable(data: ReportData, labels: ReportLabels, options: TableOptions): string {
  const style = options.style ?? plainStyle;
  const width = Math.max(20, options.width);
  const fit = (s: string) => truncate(cleanText(s), width);
  const heading = (s: string) => style.bold(truncate(s, width));
  const p = data.program;
  const out: string[] = [
    heading(labels.reportTitle),
    heading(fit(labels.titleLine(p.title, p.id, p.due))),
    style.dim(fit(labels.generated(dateTime(data.generatedAt)))),
    '',
    heading(labels.sections.summary),
    ...summaryLines(data, labels, style, width),
    '',
    heading(options.by === 'lesson' ? labels.sections.lessons : labels.sections.learners),
    ...layoutTable(options.by === 'lesson' ? lessonColumns(data, labels) : learnerColumns(data.learners, data.program.due, labels, style, width < NARROW), width, style),
  ];
  if (options.by === 'learner') out.push(style.dim(truncate(labels.dateNote, width)));
  if (options.by === 'learner' && width < NARROW) out.push(...wrap(labels.narrowNote, width).split('\n').map((l: string) => style.dim(l)));
  out.push('', heading(labels.sections.tracks), ...trackLines(data, labels, width));
  out.push('', heading(labels.sections.unfinished));
  if (data.unfinished.length === 0) out.push(`  ${labels.none}`);
  const idWidth = Math.max(0, ...data.unfinished.map((u) => displayWidth(cleanText(u.id))));
  for (const u of data.unfinished) {
    const id = cleanText(u.id);
    out.push(`  ${truncate(`${id}${' '.repeat(idWidth - displayWidth(id))}  ${labels.unfinishedCount(u.count)}`, width - 2)}`);
  }
  out.push('', data.rejected.length > 0 ? style.yellow(heading(labels.sections.rejected)) : heading(labels.sections.rejected));
  if (data.rejected.length === 0) out.push(`  ${labels.none}`);
  else out.push(`  ${truncate(labels.rejectedHint, width - 2)}`);
  for (const r of data.rejected) {
    out.push(`  ${truncateStart(cleanText(r.path), width - 2)}`, `    ${style.yellow(truncate(cleanText(reasonText(labels, r.reason)), width - 4))}`);
  }
  return `${out.join('\n')}\n`;
}
