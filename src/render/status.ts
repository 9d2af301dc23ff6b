/** `coach status` as text: the programme, per-track bars, lessons in progress, what is next. */
import type { DailyStatus } from '../core/daily/status.js';
import type { StatusData, StatusDetails } from '../core/progress/summary.js';
import type { Messages } from '../i18n/en.js';
import type { Style } from './style.js';
import { wrapMessage } from './editor.js';
import { padTo, stringWidth, truncate } from './fit.js';
import { bar } from './terminal-text.js';
import { rhythmLines } from './rhythm.js';
import { sanitiseLine } from './sanitise.js';

/**
 * One line a track, within the terminal's width: on a narrow terminal the bars shrink and the
 * titles end with "…", so a line never wraps (a wrapped bar reads as two tracks).
 */
function trackBars(
  tracks: StatusDetails['tracks'],
  v: { t: Messages; style: Style; terminal: boolean; width: number },
): string[] {
  const barWidth = v.width >= 80 ? 10 : v.width >= 60 ? 6 : 4;
  const optional = ` (${v.t.common.optionalTrack})`;
  const counts = Math.max(...tracks.map((tr) => `${tr.completed}/${tr.total}`.length));
  const room =
    v.width - 2 - 2 - barWidth - 1 - counts - (tracks.some((tr) => tr.optional) ? stringWidth(optional) : 0) - 1;
  const titleWidth = Math.max(8, Math.min(Math.max(...tracks.map((tr) => stringWidth(tr.title))), room));
  return tracks.map((track) => {
    const title = padTo(truncate(track.title, titleWidth), titleWidth);
    const mark = v.style.green(bar(track.completed, track.total, barWidth, !v.terminal));
    return `  ${title}  ${mark} ${track.completed}/${track.total}${track.optional ? v.style.dim(optional) : ''}`;
  });
}

/** `details.daily`: the rhythm and what is due today, shown once there is a practice to count (a lesson completed, or practice done). */
export function statusText(
  data: StatusData,
  details: StatusDetails & { queued: number; daily?: DailyStatus },
  v: { t: Messages; style: Style; terminal: boolean; width?: number },
): string {
  const { t, style } = v;
  const lines = [style.bold(t.status.title)];
  if (data.learner) lines.push(t.program.learner(sanitiseLine(data.learner.name ?? data.learner.id)));
  if (data.program) {
    const late = data.program.daysLeft < 0 && data.summary.requiredCompleted < data.summary.requiredTotal;
    const line = t.program.line(sanitiseLine(data.program.title), data.program.due, data.program.daysLeft);
    lines.push(
      late ? style.red(line) : line,
      t.program.required(data.summary.requiredCompleted, data.summary.requiredTotal),
    );
  }
  lines.push(t.status.overall(data.summary.completed, data.summary.total), '');
  lines.push(...trackBars(details.tracks, { ...v, width: v.width ?? 80 }));
  lines.push('');
  const daily = details.daily;
  if (
    daily &&
    (data.summary.completed > 0 || daily.rhythm.currentRun > 0 || daily.rhythm.weeks.some((w) => w.days > 0))
  ) {
    lines.push(...rhythmLines(daily, { ...v, width: v.width ?? 80 }), '');
  }
  for (const l of details.inProgress)
    lines.push(style.yellow(t.status.inProgress(l.title, t.common.step(l.stepsDone + 1, l.stepsTotal))));
  lines.push(data.next ? style.cyan(t.status.next(data.next)) : t.status.nothingNext);
  if (details.queued > 0) lines.push(style.yellow(t.sync.queued(details.queued)));
  // Track lines are fitted; sentences wrap at words.
  return lines.map((l) => `${l.startsWith('  ') ? l : wrapMessage(l, v.width ?? 80, 0)}\n`).join('');
}
