/**
 * The report for a terminal: title, summary, an aligned table fitted to the width, then the other
 * sections. Every string from the data goes through cleanText, so nothing read from a roster or a
 * record can drive the terminal. Cells may be cut with "…" (a wrapped row no longer reads as a row);
 * sentences (reasons, advice, who to remind) wrap instead, so nothing HR must act on is cut.
 */
import type { LearnerRow, ReportData } from '../../core/sponsor/report-types.js';
import type { ReportLabels } from '../../i18n/report.js';
import { plainStyle, type Style } from '../style.js';
import { bar } from '../terminal-text.js';
import {
  cleanText,
  displayName,
  dueText,
  lessonTitles,
  localDate,
  rateText,
  requiredText,
  sponsorText,
  trackTitles,
} from './common.js';
import { longDateTime, longDay } from './dates.js';
import { type Column, displayWidth, layoutTable, truncate } from './table-layout.js';
import { departmentLines, matrixLines, rejectedLines, remindLines } from './table-sections.js';
import { weeksChart } from './text-chart.js';
import { wrapIndented } from './text-wrap.js';

/** Options of the terminal table. */
export interface TableOptions {
  by: 'learner' | 'lesson';
  width: number;
  lang: 'en' | 'fr';
  style?: Style;
}

/** Below this width the secondary columns are left out rather than every column being cut. */
const NARROW = 110;
/** Below this width the department gives way too (the "by department" section still has every department). */
const MEDIUM = 90;
/** From this width the e-mail column joins (below it, "who to remind" still gives every e-mail needed). */
const WIDE = 160;

interface Ctx {
  data: ReportData;
  labels: ReportLabels;
  lang: 'en' | 'fr';
  style: Style;
  width: number;
}

function learnerColumns({ data, labels, lang, style, width }: Ctx): Column[] {
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

function lessonColumns({ data, labels }: Ctx): Column[] {
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

function summaryLines({ data, labels, style, width }: Ctx): string[] {
  const s = data.summary;
  const l = labels.summary;
  const entries: [string, string, (x: string) => string][] = [
    [l.learners, String(s.learners), (x) => x],
    [l.completed, String(s.completed), style.green],
    [l.inProgress, String(s.inProgress), (x) => x],
    [l.notStarted, String(s.notStarted), (x) => x],
    [l.noRecord, String(s.noRecord), s.noRecord > 0 ? style.yellow : (x) => x],
    [l.overdue, String(s.overdue), s.overdue > 0 ? style.red : (x) => x],
    [l.completionRate, rateText(labels, s.completionRate), style.bold],
  ];
  const labelWidth = Math.max(...entries.map(([k]) => displayWidth(k)));
  return entries.map(
    ([k, v, paint]) =>
      `  ${k}${' '.repeat(labelWidth - displayWidth(k) + 2)}${paint(truncate(v, width - labelWidth - 4))}`,
  );
}

function trackLines({ data, labels, width }: Ctx): string[] {
  if (data.tracks.length === 0) return [`  ${labels.none}`];
  const names = data.tracks.map((t) => cleanText(t.title));
  const nameWidth = Math.min(Math.max(...names.map(displayWidth)), Math.max(8, width - 22));
  return data.tracks.map((t, i) => {
    const name = truncate(names[i]!, nameWidth);
    return `  ${name}${' '.repeat(nameWidth - displayWidth(name))}  ${bar(t.completionPct, 100)}  ${labels.percent(t.completionPct)}`;
  });
}

/** The count first, so titles of any length wrap after it instead of pushing it off the line. */
function unfinishedLines({ data, labels, width }: Ctx): string[] {
  if (data.unfinished.length === 0) return [`  ${labels.none}`];
  const title = lessonTitles(data);
  const counts = data.unfinished.map((u) => labels.unfinishedCount(u.count));
  const countWidth = Math.max(...counts.map(displayWidth));
  return data.unfinished.flatMap((u, i) => {
    const lines = wrapIndented(cleanText(title(u.id)), width, countWidth + 4);
    return [
      `  ${counts[i]}${' '.repeat(countWidth - displayWidth(counts[i]!) + 2)}${lines[0]!.trimStart()}`,
      ...lines.slice(1),
    ];
  });
}

function headLines({ data, labels, lang, style, width }: Ctx): string[] {
  const p = data.program;
  const sponsor = sponsorText(data);
  const wrapped = (s: string) => wrapIndented(cleanText(s), width, 0);
  return [
    style.bold(truncate(labels.reportTitle, width)),
    ...wrapped(labels.titleLine(p.title, p.id, longDay(p.due, lang))).map(style.bold),
    ...(sponsor ? wrapped(`${labels.board.sponsor}${labels.colon} ${sponsor}`) : []),
    ...wrapped(labels.generated(longDateTime(data.generatedAt, { lang, timeZone: data.timeZone }))).map(style.dim),
    ...wrapped(labels.board.zoneNote(data.timeZone)).map(style.dim),
  ];
}

/** Renders the terminal report; lines fit `width` columns. */
export function renderTable(data: ReportData, labels: ReportLabels, options: TableOptions): string {
  const style = options.style ?? plainStyle;
  const width = Math.max(20, options.width);
  const ctx: Ctx = { data, labels, lang: options.lang, style, width };
  const heading = (s: string) => style.bold(truncate(s, width));
  const section = (title: string, lines: string[]) => ['', heading(title), ...lines];
  const b = labels.board;
  const byLesson = options.by === 'lesson';
  const out: string[] = [
    ...headLines(ctx),
    ...section(labels.sections.summary, summaryLines(ctx)),
    ...section(
      byLesson ? labels.sections.lessons : labels.sections.learners,
      layoutTable(byLesson ? lessonColumns(ctx) : learnerColumns(ctx), width, style),
    ),
  ];
  if (!byLesson) {
    out.push(...wrapIndented(b.daysLateNote, width, 0).map(style.dim));
    if (width < NARROW) out.push(...wrapIndented(labels.narrowNote, width, 0).map(style.dim));
  }
  if (byLesson) out.push(...section(b.sections.matrix, matrixLines(data, labels, width, style)));
  out.push(
    ...section(b.sections.remind, remindLines(data, labels, width, style)),
    ...section(b.sections.departments, departmentLines(data, labels, width, style)),
    ...section(b.sections.weeks, weeksChart(data, labels, options.lang, width, style)),
    ...section(labels.sections.tracks, trackLines(ctx)),
    ...section(labels.sections.unfinished, unfinishedLines(ctx)),
  );
  out.push(
    '',
    data.rejected.length > 0 ? style.yellow(heading(labels.sections.rejected)) : heading(labels.sections.rejected),
  );
  out.push(...rejectedLines(data, labels, width, style));
  return `${out.join('\n')}\n`;
}
