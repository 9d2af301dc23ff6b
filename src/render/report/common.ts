/** Helpers shared by the report renderers: cleaning text from files, dates, translated reasons. */
import type { LearnerRow, LessonState, ReportData } from '../../core/sponsor/report-types.js';
import type { RejectCode, ReportLabels } from '../../i18n/report.js';
import { sanitiseLine } from '../sanitise.js';
import { type DateStyle, numericDate, numericTime } from './dates.js';

/**
 * Text from a roster or a record, made safe to display on one line: no control character or
 * sequence, no bidi override or zero-width character, no line break or tab (they would break a
 * table row), and composed accents (NFC) so a name typed on a Mac has the same width as anywhere else.
 */
export function cleanText(s: string): string {
  return (
    sanitiseLine(s)
      .normalize('NFC')
      // Plain spaces only: a label may end with the no-break space French puts before a colon.
      .replace(/^ +| +$/g, '')
  );
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

const CODES: readonly string[] = [
  'not-json',
  'wrong-format',
  'schema',
  'invalid-signature',
  'other-program',
  'duplicate',
  'too-large',
  'unreadable',
  'not-a-file',
  'in-future',
] satisfies RejectCode[];

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

/** A calendar date (YYYY-MM-DD, no time of day: a due date) in the reader's short numeric form. */
export function numericDay(day: string, lang: 'en' | 'fr'): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? numericDate(`${day}T12:00:00Z`, { lang, timeZone: 'UTC' }) : day;
}

/** An instant's date in the report's zone and the reader's numeric form; '' for none. */
export function localDate(iso: string | null, style: DateStyle): string {
  if (iso === null) return '';
  return Number.isNaN(Date.parse(iso)) ? iso : numericDate(iso, style);
}

/** An instant's date and time (24-hour) in the report's zone: "20/03/2025 19:02"; '' for none. */
export function localDateTime(iso: string | null, style: DateStyle): string {
  if (iso === null) return '';
  return Number.isNaN(Date.parse(iso)) ? iso : `${numericDate(iso, style)} ${numericTime(iso, style)}`;
}

/**
 * What the due column says, the same way on every row so it is never blank: the learner's due
 * date, followed by the days past it once they are late ("30/06/2025 +12 j").
 */
export function dueText(row: LearnerRow, labels: ReportLabels, lang: 'en' | 'fr'): string {
  const date = numericDay(row.due, lang);
  if (!row.overdue) return date;
  return row.daysOverdue === null
    ? `${date} ${labels.overdueMark}`
    : `${date} ${labels.board.daysLate(row.daysOverdue)}`;
}

/** A lesson's title by id (the report's language), the id itself when the report does not list it. */
export function lessonTitles(data: ReportData): (id: string) => string {
  const byId = new Map(data.lessons.map((l) => [l.id, l.title]));
  return (id) => byId.get(id) ?? id;
}

/** A track's title by id, the id when unknown. */
export function trackTitles(data: ReportData): (id: string | null) => string {
  const byId = new Map(data.tracks.map((t) => [t.id, t.title]));
  return (id) => (id === null ? '' : (byId.get(id) ?? id));
}

/** The state of lesson `i` for a learner; a short array (no record) reads as not started. */
export function lessonState(row: LearnerRow, i: number): LessonState {
  return row.lessonStates[i] ?? 'not-started';
}

/** What HR can do about a rejected file, from its code; null when there is nothing to do (a duplicate). */
export function adviceText(labels: ReportLabels, reason: string): string | null {
  const code = /^([a-z-]+)/.exec(reason)?.[1];
  if (!code || !CODES.includes(code)) return null;
  return labels.board.advice[code as RejectCode];
}

/** The sponsor line ("Direction RH <drh@example.com>"); '' when the programme names none. */
export function sponsorText(data: ReportData): string {
  const { name, email } = data.program.sponsor ?? {};
  if (name && email) return `${name} <${email}>`;
  return name ?? email ?? '';
}

/** The learners HR should remind, in report order. */
export function toRemind(data: ReportData): LearnerRow[] {
  return data.learners.filter((r) => r.remind !== null);
}

/** A 0-to-1 rate as the reader's percentage, one decimal at most. */
export function rateText(labels: ReportLabels, rate: number): string {
  return labels.percent(Math.round(rate * 1000) / 10);
}

/** "3/5" for the required lessons done. */
export function requiredText(row: LearnerRow): string {
  return `${row.requiredDone}/${row.requiredTotal}`;
}

/** The status counts in a fixed order, for summaries and the stacked chart. */
export function statusCounts(
  data: ReportData,
): { key: 'completed' | 'inProgress' | 'notStarted' | 'noRecord'; status: LearnerRow['status']; count: number }[] {
  const s = data.summary;
  return [
    { key: 'completed', status: 'completed', count: s.completed },
    { key: 'inProgress', status: 'in-progress', count: s.inProgress },
    { key: 'notStarted', status: 'not-started', count: s.notStarted },
    { key: 'noRecord', status: 'no-record', count: s.noRecord },
  ];
}

const dayMonthFormats = new Map<string, Intl.DateTimeFormat>();
/** A calendar date as day and short month, for chart axes: "21 Apr", "21 avr.". */
export function dayMonth(day: string, lang: 'en' | 'fr'): string {
  let f = dayMonthFormats.get(lang);
  if (!f)
    dayMonthFormats.set(
      lang,
      (f = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
        day: 'numeric',
        month: 'short',
        timeZone: 'UTC',
      })),
    );
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? f.format(new Date(`${day}T12:00:00Z`)) : day;
}
