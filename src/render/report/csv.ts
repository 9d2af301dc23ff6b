/**
 * The report as CSV for spreadsheets: UTF-8 BOM (so Excel reads accents right), CRLF line ends,
 * translated header row, language-neutral values, and no cell a spreadsheet would run as a formula.
 */
import { stringify } from 'csv-stringify/sync';
import type { LearnerField, LessonRow, ReportData } from '../../core/sponsor/report-types.js';
import type { ReportLabels } from '../../i18n/report.js';
import { sanitise } from '../sanitise.js';

type Cell = string | number;

/**
 * First characters that make Excel, LibreOffice or Google Sheets read a cell as a formula
 * (OWASP "CSV injection"), including the full-width forms some spreadsheets normalise.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * A string cell made inert: control characters removed first (so an escape sequence cannot hide
 * a leading "="), then a leading apostrophe when the cell could start a formula.
 */
export function neutraliseCell(value: string): string {
  // sanitise keeps tab and \n, which are legitimate inside a quoted cell; bidi and zero-width
  // characters go, as everywhere (a spreadsheet displays them as a terminal does).
  const cleaned = sanitise(value);
  return FORMULA_START.test(cleaned) ? `'${cleaned}` : cleaned;
}

function text(value: string | null): string {
  return value === null ? '' : neutraliseCell(value);
}

/** Every LearnerRow field, in the JSON contract's order. */
const LEARNER_FIELDS: LearnerField[] = [
  'id', 'name', 'department', 'status', 'requiredDone', 'requiredTotal', 'progressPct', 'due', 'overdue', 'firstActivityAt',
  'lastActivityAt', 'completedAt', 'minutes', 'quizScorePct', 'draftLessons', 'verification', 'source',
];
const LESSON_FIELDS: (keyof LessonRow)[] = ['id', 'track', 'completed', 'inProgress', 'notStarted'];

/** Numbers stay numbers, booleans become true/false, null an empty cell, strings are neutralised. */
function cell(value: string | number | boolean | null): Cell {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return text(value);
}

/** Renders one row per learner (`by: 'learner'`) or per lesson (`by: 'lesson'`). */
export function renderCsv(data: ReportData, labels: ReportLabels, by: 'learner' | 'lesson', delimiter: ',' | ';'): string {
  const records: Cell[][] =
    by === 'lesson'
      ? [LESSON_FIELDS.map((f) => text(labels.lessonColumns[f])), ...data.lessons.map((l) => LESSON_FIELDS.map((f) => cell(l[f])))]
      : [LEARNER_FIELDS.map((f) => text(labels.learnerColumns[f])), ...data.learners.map((r) => LEARNER_FIELDS.map((f) => cell(r[f])))];
  return stringify(records, {
    bom: true,
    delimiter,
    record_delimiter: 'windows',
    // Setting record_delimiter turns this off by default; a cell with a bare \n must still be quoted.
    quote_record_delimiter: true,
  });
}
