/**
 * The terminal report's sections after the main table: departments, who to remind, the learner ×
 * lesson matrix, rejected files. Sentences wrap (never cut); every string from the data is cleaned.
 */
import type { ReportData } from '../../core/sponsor/report-types.js';
import type { ReportLabels } from '../../i18n/report.js';
import type { Style } from '../style.js';
import {
  adviceText,
  cleanText,
  displayName,
  lessonState,
  lessonTitles,
  rateText,
  reasonText,
  toRemind,
} from './common.js';
import { type Column, displayWidth, layoutTable, truncate } from './table-layout.js';
import { wrapIndented } from './text-wrap.js';

/** One row per department: counts and the completion rate, as the report computed them. */
export function departmentLines(data: ReportData, labels: ReportLabels, width: number, style: Style): string[] {
  if (data.departments.length === 0) return [`  ${labels.none}`];
  const h = labels.board.departmentColumns;
  const rows = data.departments;
  const num = (header: string, cell: (i: number) => string): Column => ({
    header,
    cells: rows.map((_, i) => cell(i)),
    align: 'right',
  });
  return layoutTable(
    [
      {
        header: h.name,
        cells: rows.map((d) => cleanText(d.name ?? labels.board.noDepartment)),
        align: 'left',
        flex: [28, 10],
      },
      num(h.learners, (i) => String(rows[i]!.learners)),
      num(h.completed, (i) => String(rows[i]!.completed)),
      num(h.inProgress, (i) => String(rows[i]!.inProgress)),
      num(h.notStarted, (i) => String(rows[i]!.notStarted)),
      num(h.noRecord, (i) => String(rows[i]!.noRecord)),
      {
        ...num(h.overdue, (i) => String(rows[i]!.overdue)),
        paint: (s, i) => (rows[i]!.overdue > 0 ? style.red(s) : s),
      },
      num(h.rate, (i) => rateText(labels, rows[i]!.completionRate)),
    ],
    width,
    style,
  );
}

/** Each learner to remind: name and e-mail, then why, how late and what is left, wrapped. */
export function remindLines(data: ReportData, labels: ReportLabels, width: number, style: Style): string[] {
  const b = labels.board;
  const list = toRemind(data);
  if (list.length === 0) return [`  ${b.nobodyToRemind}`];
  const title = lessonTitles(data);
  return list.flatMap((r) => {
    const who = cleanText(displayName(r)) + (r.email ? ` <${cleanText(r.email)}>` : '');
    const why =
      r.remind === 'late' && r.daysOverdue !== null ? b.daysLateLong(r.daysOverdue) : b.remindReason[r.remind!];
    const left =
      r.remaining.length === 0
        ? ''
        : ` · ${b.left}${labels.colon} ${r.remaining.map((id) => cleanText(title(id))).join(', ')}`;
    return [
      ...wrapIndented(who, width, 2),
      ...wrapIndented(`${why}${left}`, width, 4).map((l, i) => (i === 0 && r.overdue ? style.red(l) : l)),
    ];
  });
}

const MARK = { completed: '✓', 'in-progress': '◐', 'not-started': '·' } as const;

/**
 * The learner × lesson matrix: one column per lesson, numbered, with a key of the titles below.
 * When the lessons do not fit across, the matrix comes in several blocks of columns.
 */
export function matrixLines(data: ReportData, labels: ReportLabels, width: number, style: Style): string[] {
  const b = labels.board;
  if (data.lessons.length === 0 || data.learners.length === 0) return [`  ${labels.none}`];
  const names = data.learners.map((r) => cleanText(displayName(r)));
  const nameWidth = Math.min(
    Math.max(...names.map(displayWidth), displayWidth(labels.tableColumns.learner)),
    Math.max(10, Math.floor(width / 3)),
  );
  const numbers = data.lessons.map((_, i) => String(i + 1));
  const cell = Math.max(2, ...numbers.map(displayWidth));
  const perBlock = Math.max(1, Math.floor((width - nameWidth) / (cell + 1)));
  const out: string[] = [];
  const paint = { completed: style.green, 'in-progress': (s: string) => s, 'not-started': style.dim } as const;
  for (let start = 0; start < data.lessons.length; start += perBlock) {
    const idx = numbers.slice(start, start + perBlock).map((_, k) => start + k);
    const name = (s: string) =>
      `${truncate(s, nameWidth)}${' '.repeat(Math.max(0, nameWidth - displayWidth(truncate(s, nameWidth))))}`;
    if (start > 0) out.push('');
    out.push(
      style
        .bold(`${name(labels.tableColumns.learner)}${idx.map((i) => ` ${numbers[i]!.padStart(cell)}`).join('')}`)
        .trimEnd(),
    );
    data.learners.forEach((r, row) => {
      const marks = idx
        .map((i) => ` ${' '.repeat(cell - 1)}${paint[lessonState(r, i)](MARK[lessonState(r, i)])}`)
        .join('');
      out.push(`${name(names[row]!)}${marks}`);
    });
  }
  const legend = (['completed', 'in-progress', 'not-started'] as const)
    .map((s) => `${MARK[s]} ${b.lessonState[s]}`)
    .join('   ');
  out.push('', ...wrapIndented(legend, width, 2), `  ${b.matrixKey}${labels.colon}`);
  const keyWidth = Math.max(...numbers.map(displayWidth));
  data.lessons.forEach((l, i) => {
    const lines = wrapIndented(`${cleanText(l.title)}${l.required ? '' : ` (${b.optional})`}`, width, keyWidth + 6);
    out.push(`    ${numbers[i]!.padStart(keyWidth)}  ${lines[0]!.trimStart()}`, ...lines.slice(1));
  });
  return out;
}

/** Rejected files: the path (its end kept), the translated reason and what to do, wrapped, never cut. */
export function rejectedLines(data: ReportData, labels: ReportLabels, width: number, style: Style): string[] {
  if (data.rejected.length === 0) return [`  ${labels.none}`];
  const out = wrapIndented(labels.rejectedHint, width, 2);
  for (const r of data.rejected) {
    const advice = adviceText(labels, r.reason);
    out.push(
      ...wrapIndented(cleanText(r.path), width, 2),
      ...wrapIndented(cleanText(reasonText(labels, r.reason)), width, 4).map((l) => style.yellow(l)),
      ...(advice ? wrapIndented(advice, width, 4) : []),
    );
  }
  return out;
}
