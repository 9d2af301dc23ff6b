/**
 * Completion over time on a terminal, in a few lines: one character per week for the weekly new
 * completions and one for the cumulative share, a mark under the due date's week, then the range.
 * The figures are the report's (ReportData.weeks); this only scales them to eight block heights.
 */
import type { ReportData, WeekRow } from '../../core/sponsor/report-types.js';
import type { ReportLabels } from '../../i18n/report.js';
import type { Style } from '../style.js';
import { numericDay, rateText } from './common.js';
import { displayWidth, truncate } from './table-layout.js';
import { wrapIndented } from './text-wrap.js';

const BLOCKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/** A block for `value` out of `max`: a space for zero, the lowest block for anything above it. */
function block(value: number, max: number): string {
  if (value <= 0 || max <= 0) return ' ';
  return BLOCKS[Math.min(7, Math.max(0, Math.ceil((value / max) * 8) - 1))]!;
}

/** The index of the week holding the due date (weeks are Monday to Sunday, YYYY-MM-DD sorts as text). */
export function dueWeekIndex(weeks: WeekRow[], due: string): number {
  let found = -1;
  weeks.forEach((w, i) => {
    if (w.weekStart <= due) found = i;
  });
  return found;
}

/** The chart's lines, each within `width` columns; the oldest weeks give way on a narrow terminal. */
export function weeksChart(
  data: ReportData,
  labels: ReportLabels,
  lang: 'en' | 'fr',
  width: number,
  style: Style,
): string[] {
  const b = labels.board;
  if (data.weeks.length === 0) return [`  ${b.weeksNone}`];
  const names = [b.weeksLines.weekly, b.weeksLines.cumulative];
  const labelWidth = Math.max(...names.map(displayWidth));
  const room = Math.max(4, width - labelWidth - 4);
  const weeks = data.weeks.slice(-room);
  const max = Math.max(...weeks.map((w) => w.completions));
  const line = (name: string, cells: string) => `  ${name}${' '.repeat(labelWidth - displayWidth(name) + 2)}${cells}`;
  const due = dueWeekIndex(weeks, data.program.due);
  const pad = ' '.repeat(labelWidth + 4);
  const dueMark = `▲ ${b.weeksLines.due} ${numericDay(data.program.due, lang)}`;
  // The mark sits under its week; its words go to the left of it when they would not fit on the right.
  const markLine =
    due < 0
      ? ''
      : due + displayWidth(dueMark) <= room
        ? `${pad}${' '.repeat(due)}${dueMark}`
        : `${pad}${' '.repeat(Math.max(0, due - displayWidth(dueMark) + 1))}${dueMark.slice(2)} ▲`;
  const last = weeks[weeks.length - 1]!;
  return [
    line(
      names[0]!,
      style.green(
        weeks
          .map((w) => block(w.completions, max))
          .join('')
          .trimEnd(),
      ),
    ),
    line(
      names[1]!,
      weeks
        .map((w) => block(w.cumulativeShare, 1))
        .join('')
        .trimEnd(),
    ),
    ...(markLine ? [truncate(markLine, width)] : []),
    ...wrapIndented(
      `${b.weeksRange(numericDay(weeks[0]!.weekStart, lang), numericDay(last.weekStart, lang), max)} ${labels.summary.completionRate}${labels.colon} ${rateText(labels, last.cumulativeShare)}`,
      width,
      2,
    ),
  ];
}
