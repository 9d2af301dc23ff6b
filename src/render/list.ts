/** `coach list` on a terminal: grouped by track, each row fitted to the width. */
import type { Messages } from '../i18n/en.js';
import type { ListData } from '../core/progress/summary.js';
import { statusMark } from './marks.js';
import type { Style } from './style.js';
import { wrapMessage } from './editor.js';
import { stringWidth, truncate } from './fit.js';
import { pad } from './terminal-text.js';

export function listText(data: ListData, v: { t: Messages; style: Style; width?: number }): string {
  const lines: string[] = [];
  const { t, style: s } = v;
  const idWidth = Math.max(...data.items.map((i) => i.id.length), 10);
  // The title takes what the line has left: on a narrow terminal it ends with "…" rather than wrap.
  const minutesWidth = Math.max(...data.items.map((i) => stringWidth(t.common.minutes(i.minutes))), 0);
  const titleRoom = Math.max(10, (v.width ?? 80) - 4 - idWidth - 2 - 2 - 2 - minutesWidth);
  for (const track of data.tracks) {
    const rows = data.items.filter((i) => i.track === track.id);
    if (rows.length === 0) continue;
    const optional = track.optional ? s.dim(` (${t.common.optionalTrack})`) : '';
    lines.push(s.bold(t.list.track(track.title, track.completed, rows.length)) + optional);
    for (const r of rows)
      lines.push(
        `  ${statusMark(r.status, s)} ${pad(r.id, idWidth)}  ${truncate(r.title, titleRoom)}${r.required ? s.yellow(' *') : ''}  ${s.dim(t.common.minutes(r.minutes))}`,
      );
    lines.push('');
  }
  if (data.items.length === 0) lines.push(t.list.empty);
  if (data.program) lines.push(t.program.line(data.program.title, data.program.due, data.program.daysLeft));
  if (data.items.some((i) => i.required)) lines.push(s.yellow(`* ${t.list.requiredMark}`));
  lines.push(s.dim(t.list.hint));
  // Rows are fitted above; sentences wrap at words.
  return lines.map((l) => `${l.startsWith('  ') ? l : wrapMessage(l, v.width ?? 80, 0)}\n`).join('');
}
