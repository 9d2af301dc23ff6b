/**
 * The daily loop in `coach status`: one row of recent weeks (a sparkline on a terminal, digits
 * when piped), the run of active weeks, and what is due today. The row is fitted to the
 * terminal's width (older weeks go first), so it never wraps.
 */
import type { DailyStatus } from '../core/daily/status.js';
import type { Messages } from '../i18n/en.js';
import { stringWidth } from './fit.js';
import type { Style } from './style.js';

const LEVELS = ['·', '▁', '▂', '▃', '▄', '▅', '▆', '▇'];

/** One week's cell: how many days of it had practice, 0 to 7. */
function cell(days: number, terminal: boolean): string {
  return terminal ? LEVELS[Math.min(days, 7)]! : String(days);
}

export function rhythmLines(
  daily: DailyStatus,
  v: { t: Messages; style: Style; terminal: boolean; width: number },
): string[] {
  const { t, style } = v;
  const sep = v.terminal ? '' : ' ';
  const run = t.rhythm.run(daily.rhythm.currentRun);
  // Each week takes one column on a terminal, two (a digit and a space) when piped.
  const perWeek = v.terminal ? 1 : 2;
  const room = Math.max(1, Math.floor((v.width - 2) / perWeek));
  const weeks = daily.rhythm.weeks.slice(-Math.min(daily.rhythm.weeks.length, room));
  const row = weeks.map((w) => cell(w.days, v.terminal)).join(sep);
  const together = `  ${row}  ${run}`;
  const lines = [
    t.rhythm.title(weeks.length),
    ...(stringWidth(together) <= v.width ? [`  ${style.green(row)}  ${run}`] : [`  ${style.green(row)}`, run]),
  ];
  const due = daily.due;
  const next = due.nextReview && t.today.date(due.nextReview);
  lines.push(
    due.practice || due.reviews > 0 ? style.cyan(t.rhythm.due(due.practice, due.reviews)) : t.rhythm.nothingDue(next),
  );
  return lines;
}
