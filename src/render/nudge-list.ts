/**
 * `coach nudge`'s list on stdout, one row per learner of the report: on a terminal, a table
 * (learner, e-mail, reason, file); piped, tab-separated lines for other tools (`--json` for
 * the full data). The file is the path written, or why there is none.
 */
import type { NudgeSkip } from '../core/sponsor/nudge.js';
import type { RemindReason } from '../core/sponsor/report-types.js';
import type { Messages } from '../i18n/en.js';
import { padTo, stringWidth, truncate } from './fit.js';
import { sanitiseLine } from './sanitise.js';
import type { Style } from './style.js';

export interface NudgeRow {
  learner: string;
  email: string | null;
  /** Why a reminder was due; null when none was. */
  remind: RemindReason | null;
  /** The file written, relative to the working folder, or null. */
  file: string | null;
  /** Why no file was written. */
  skipped: NudgeSkip | null;
}

export function nudgeList(
  rows: NudgeRow[],
  v: { t: Messages; style: Style; terminal: boolean; width: number },
): string {
  const r = v.t.nudge.reasons;
  const cells = rows.map((row) => [
    sanitiseLine(row.learner),
    sanitiseLine(row.email ?? '-'),
    row.remind ? r[row.remind] : r['not-needed'],
    row.file ?? (row.skipped && row.skipped !== 'not-needed' ? `- (${r[row.skipped]})` : '-'),
  ]);
  if (!v.terminal) return cells.map((c) => `${c.join('\t')}\n`).join('');
  const c = v.t.nudge.columns;
  const head = [c.learner, c.email, c.reason, c.file];
  const widths = head
    .slice(0, 3)
    .map((h, i) => Math.min(40, Math.max(stringWidth(h), ...cells.map((cell) => stringWidth(cell[i]!)))));
  const line = (cell: string[]) =>
    `${cell
      .slice(0, 3)
      .map((s, i) => padTo(truncate(s, widths[i]!), widths[i]!))
      .join('  ')}  ${cell[3]}`.trimEnd();
  return `${[v.style.dim(line(head)), ...cells.map(line)].join('\n')}\n`;
}
