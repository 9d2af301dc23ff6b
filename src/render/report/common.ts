/** Helpers shared by the report renderers: cleaning text from files, dates, translated reasons. */
import type { LearnerRow, ReportData } from '../../core/sponsor/report-types.js';
import type { RejectCode, ReportLabels } from '../../i18n/report.js';
import { sanitiseLine } from '../sanitise.js';

/**
 * Text from a roster or a record, made safe to display on one line: no control character or
 * sequence, no bidi override or zero-width character, no line break or tab (they would break a
 * table row), and composed accents (NFC) so a name typed on a Mac has the same width as anywhere else.
 */
export function cleanText(s: string): string {
  return sanitiseLine(s)
    .normalize('NFC')
    // Plain spaces only: a label may end with the no-break space French puts before a colon.
    .replace(/^ +| +$/g, '');
}

/** The date part of an ISO timestamp ("2025-03-14T09:00:00Z" → "2025-03-14"); other text unchanged. */
export function dateOnly(iso: string | null): string {
  if (iso === null) return '';
  const m = /^\d{4}-\d{2}-\d{2}/.exec(iso);
  return m ? m[0] : iso;
}

/** "2025-03-14T09:05:00.000Z" → "2025-03-14 09:05 UTC", keeping a non-UTC offset as written. */
export function dateTime(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(iso);
  if (!m) return iso;
  const zone = m[3] === undefined ? '' : m[3] === 'Z' ? ' UTC' : ` ${m[3]}`;
  return `${m[1]} ${m[2]}${zone}`;
}

const CODES: readonly string[] = ['not-json', 'wrong-format', 'schema', 'invalid-signature', 'other-program', 'duplicate', 'too-large', 'unreadable', 'not-a-file', 'in-future'] satisfies RejectCode[];

/**
 * A rejected file's reason in the reader's language: the code before the first colon is
 * translated, the detail after it is kept as is (it names a field or an OS error).
 * An unknown code is shown unchanged rather than guessed at.
 */
export function reasonText(labels: ReportLabels, reason: string): string {
  const m = /^([a-z-]+)(?::\s*([\s\S]*))?$/.exec(reason);
  if (!m || !CODES.includes(m[1]!)) return reason;
  const label = labels.reasons[m[1] as RejectCode];
  return m[2] ? `${label}${labels.colon} ${m[2]}` : label;
}

/** The name to show for a learner: the roster's name, else the opaque id HR chose. */
export function displayName(row: LearnerRow): string {
  return row.name ?? row.id;
}

/**
 * What the due column says: the overdue mark, else the learner's date when it differs from the
 * programme's (which the title already shows), else nothing.
 */
export function dueText(row: LearnerRow, programDue: string, overdueMark: string): string {
  if (row.overdue) return overdueMark;
  return row.due === programDue ? '' : dateOnly(row.due);
}

/** "3/5" for the required lessons done. */
export function requiredText(row: LearnerRow): string {
  return `${row.requiredDone}/${row.requiredTotal}`;
}

/** The status counts in a fixed order, for summaries and the stacked chart. */
export function statusCounts(data: ReportData): { key: 'completed' | 'inProgress' | 'notStarted' | 'noRecord'; status: LearnerRow['status']; count: number }[] {
  const s = data.summary;
  return [
    { key: 'completed', status: 'completed', count: s.completed },
    { key: 'inProgress', status: 'in-progress', count: s.inProgress },
    { key: 'notStarted', status: 'not-started', count: s.notStarted },
    { key: 'noRecord', status: 'no-record', count: s.noRecord },
  ];
}
