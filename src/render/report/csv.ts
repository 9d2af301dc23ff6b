/**
 * The report as CSV for spreadsheets, in the conventions of the report's language so that Excel
 * opens it as a table: French uses ";" (the list separator of a French Windows, where "," is the
 * decimal mark), dates as "dd/mm/yyyy hh:mm", values in French; English uses "," and
 * "yyyy-mm-dd hh:mm". Both are parsed as dates by Excel in that locale. Times are in the report's
 * zone. UTF-8 BOM (so Excel reads accents right), CRLF line ends, and no cell a spreadsheet
 * would run as a formula.
 */
import { stringify } from 'csv-stringify/sync';
import type { ReportData } from '../../core/sponsor/report-types.js';
import type { ReportLabels } from '../../i18n/report.js';
import { sanitise } from '../sanitise.js';
import type { DateStyle } from './dates.js';
import { learnerColumns, lessonColumns, type SheetCell, type SheetColumn } from './sheet-columns.js';
import { numericDateTime } from './wall-clock.js';

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

/** The delimiter a spreadsheet in that language expects. */
export function defaultDelimiter(lang: 'en' | 'fr'): ',' | ';' {
  return lang === 'fr' ? ';' : ',';
}

/** A calendar day (YYYY-MM-DD, no zone) in the reader's order. */
function day(value: string, lang: 'en' | 'fr'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return neutraliseCell(value);
  return lang === 'fr' ? `${m[3]}/${m[2]}/${m[1]}` : value;
}

function written(cell: SheetCell, style: DateStyle): Cell {
  if (cell === null) return '';
  switch (cell.kind) {
    case 'text':
      return neutraliseCell(cell.value);
    case 'number':
      return cell.value;
    case 'day':
      return day(cell.day, style.lang);
    case 'instant':
      return Number.isNaN(Date.parse(cell.iso))
        ? neutraliseCell(cell.iso)
        : numericDateTime(cell.iso, style.lang, style.timeZone);
  }
}

function table<R>(columns: SheetColumn<R>[], rows: R[], style: DateStyle): Cell[][] {
  return [
    columns.map((c) => neutraliseCell(c.header)),
    ...rows.map((r) => columns.map((c) => written(c.cell(r), style))),
  ];
}

/** Renders one row per learner (`by: 'learner'`) or per lesson (`by: 'lesson'`). */
export function renderCsv(
  data: ReportData,
  labels: ReportLabels,
  by: 'learner' | 'lesson',
  delimiter: ',' | ';',
  lang: 'en' | 'fr',
): string {
  const style: DateStyle = { lang, timeZone: data.timeZone };
  const records =
    by === 'lesson'
      ? table(lessonColumns(labels), data.lessons, style)
      : table(learnerColumns(labels), data.learners, style);
  return stringify(records, {
    bom: true,
    delimiter,
    record_delimiter: 'windows',
    // Setting record_delimiter turns this off by default; a cell with a bare \n must still be quoted.
    quote_record_delimiter: true,
  });
}
