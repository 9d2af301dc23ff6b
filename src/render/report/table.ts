/**
 * The report for a terminal: title, summary, an aligned table fitted to the width, then the other
 * sections. Every string from the data goes through cleanText, so nothing read from a roster or a
 * record can drive the terminal. Cells may be cut with "…" (a wrapped row no longer reads as a row);
 * sentences (reasons, advice, who to remind) wrap instead, so nothing HR must act on is cut.
 */
import type { ReportData } from '../../core/sponsor/report-types.js';
import type { ReportLabels } from '../../i18n/report.js';
import { plainStyle, type Style } from '../style.js';
import { bar } from '../terminal-text.js';
import { cleanText, lessonTitles, rateText, sponsorText } from './common.js';
import { longDateTime, longDay } from './dates.js';
import { learnerColumns, lessonColumns, NARROW, type TableContext } from './table-columns.js';
import { displayWidth, layoutTable, truncate } from './table-layout.js';
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

function summaryLines({ data, labels, style, width }: TableContext): string[] {
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

function trackLines({ data, labels, width }: TableContext): string[] {
  if (data.tracks.length === 0) return [`  ${labels.none}`];
  const names = data.tracks.map((t) => cleanText(t.title));
  const nameWidth = Math.min(Math.max(...names.map(displayWidth)), Math.max(8, width - 22));
  return data.tracks.map((t, i) => {
    const name = truncate(names[i]!, nameWidth);
    return `  ${name}${' '.repeat(nameWidth - displayWidth(name))}  ${bar(t.completionPct, 100)}  ${labels.percent(t.completionPct)}`;
  });
}

/** The count first, so titles of any length wrap after it instead of pushing it off the line. */
function unfinishedLines({ data, labels, width }: TableContext): string[] {
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

function headLines({ data, labels, lang, style, width }: TableContext): string[] {
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
  const ctx: TableContext = { data, labels, lang: options.lang, style, width };
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
