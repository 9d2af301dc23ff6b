/** `coach status` as text: the programme, per-track bars, lessons in progress, what is next. */
import type { StatusData, StatusDetails } from '../core/progress/summary.js';
import type { Messages } from '../i18n/en.js';
import type { Style } from './style.js';
import { bar, pad } from './terminal-text.js';
import { sanitiseLine } from './sanitise.js';

export function statusText(data: StatusData, details: StatusDetails & { queued: number }, v: { t: Messages; style: Style; terminal: boolean }): string {
  const { t, style } = v;
  const lines = [style.bold(t.status.title)];
  if (data.learner) lines.push(t.program.learner(sanitiseLine(data.learner.name ?? data.learner.id)));
  if (data.program) {
    const late = data.program.daysLeft < 0 && data.summary.requiredCompleted < data.summary.requiredTotal;
    const line = t.program.line(sanitiseLine(data.program.title), data.program.due, data.program.daysLeft);
    lines.push(late ? style.red(line) : line, t.program.required(data.summary.requiredCompleted, data.summary.requiredTotal));
  }
  lines.push(t.status.overall(data.summary.completed, data.summary.total), '');
  const width = Math.max(...details.tracks.map((tr) => [...tr.title].length));
  for (const track of details.tracks) {
    const optional = track.optional ? style.dim(` (${t.common.optionalTrack})`) : '';
    lines.push(`  ${pad(track.title, width)}  ${style.green(bar(track.completed, track.total, 10, !v.terminal))} ${track.completed}/${track.total}${optional}`);
  }
  lines.push('');
  for (const l of details.inProgress) lines.push(style.yellow(t.status.inProgress(l.title, t.common.step(l.stepsDone + 1, l.stepsTotal))));
  lines.push(data.next ? style.cyan(t.status.next(data.next)) : t.status.nothingNext);
  if (details.queued > 0) lines.push(style.yellow(t.sync.queued(details.queued)));
  return lines.map((l) => `${l}\n`).join('');
}
