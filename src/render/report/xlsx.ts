/**
 * The report as an Excel workbook (`coach report --format xlsx`): sheets summary, learners,
 * lessons, the learner × lesson matrix and rejected files, named and headed in the report's
 * language. Every cell is typed: text as a string cell with the text format "@", numbers as
 * numbers, dates as real Excel dates (serial numbers with a date format) in the report's zone.
 * No cell is ever a formula, whatever a name holds: "=HYPERLINK(...)" is stored as the string it
 * is, so there is nothing to neutralise and no apostrophe is added.
 *
 * The writer (write-excel-file) is imported here, when a workbook is asked for, never at start-up.
 */
import type { ReportData } from '../../core/sponsor/report-types.js';
import type { ReportLabels } from '../../i18n/report.js';
import { sanitise } from '../sanitise.js';
import {
  type SheetCell,
  type SheetColumn,
  learnerColumns,
  lessonColumns,
  matrixColumns,
  rejectedColumns,
  summaryRows,
} from './sheet-columns.js';
import { wallClockMs } from './wall-clock.js';

/** What write-excel-file takes for a cell (the subset used here: never its 'Formula' type). */
type XlsxCell =
  | { type: StringConstructor; value: string; format: '@'; fontWeight?: 'bold' }
  | { type: NumberConstructor; value: number; format?: string }
  | { type: DateConstructor; value: Date; format: string }
  | null;

/** Excel number formats: the same in every Excel (the file holds them in this syntax). */
const FORMATS = {
  en: { instant: 'yyyy-mm-dd hh:mm', day: 'yyyy-mm-dd' },
  fr: { instant: 'dd/mm/yyyy hh:mm', day: 'dd/mm/yyyy' },
} as const;

/**
 * An Excel date has no zone: it is the wall-clock time the reader should see. So the instant is
 * turned into its wall-clock time in the report's zone, carried as the same numbers in UTC (which
 * the writer turns into a serial number as is).
 */
function wallClock(iso: string, timeZone: string): Date {
  return new Date(wallClockMs(iso, timeZone));
}

function xlsxCell(cell: SheetCell, lang: 'en' | 'fr', timeZone: string): XlsxCell {
  if (cell === null) return null;
  switch (cell.kind) {
    case 'text':
      return textCell(cell.value);
    case 'number':
      return cell.percent ? { type: Number, value: cell.value, format: '0.0%' } : { type: Number, value: cell.value };
    case 'instant':
      if (Number.isNaN(Date.parse(cell.iso))) return textCell(cell.iso);
      return { type: Date, value: wallClock(cell.iso, timeZone), format: FORMATS[lang].instant };
    case 'day': {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cell.day);
      if (!m) return textCell(cell.day);
      return {
        type: Date,
        value: new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))),
        format: FORMATS[lang].day,
      };
    }
  }
}

/** A string cell; control characters removed (XML cannot hold most of them; a terminal-style escape means nothing in a cell). */
function textCell(value: string, bold = false): XlsxCell {
  const cleaned = sanitise(value);
  return cleaned === ''
    ? null
    : { type: String, value: cleaned, format: '@', ...(bold && { fontWeight: 'bold' as const }) };
}

interface SheetSpec {
  sheet: string;
  data: XlsxCell[][];
  columns: { width: number }[];
  stickyRowsCount: number;
}

function tableSheet<R>(
  name: string,
  columns: SheetColumn<R>[],
  rows: readonly R[],
  lang: 'en' | 'fr',
  timeZone: string,
): SheetSpec {
  return {
    sheet: name,
    data: [
      columns.map((c) => textCell(c.header, true)),
      ...rows.map((r) => columns.map((c) => xlsxCell(c.cell(r), lang, timeZone))),
    ],
    columns: columns.map((c) => ({ width: c.width })),
    stickyRowsCount: 1,
  };
}

/** The sheets, in the workbook's order. Pure: the tests check it as data, and read the file back. */
export function workbookSheets(data: ReportData, labels: ReportLabels, lang: 'en' | 'fr'): SheetSpec[] {
  const zone = data.timeZone;
  const names = labels.spreadsheet.sheets;
  const summary: SheetSpec = {
    sheet: names.summary,
    data: [
      [textCell(labels.spreadsheet.item, true), textCell(labels.spreadsheet.value, true)],
      ...summaryRows(data, labels).map(([label, cell]) => [textCell(label), xlsxCell(cell, lang, zone)]),
    ],
    columns: [{ width: 28 }, { width: 44 }],
    stickyRowsCount: 1,
  };
  return [
    summary,
    tableSheet(names.learners, learnerColumns(labels), data.learners, lang, zone),
    tableSheet(names.lessons, lessonColumns(labels), data.lessons, lang, zone),
    tableSheet(names.matrix, matrixColumns(data, labels), data.learners, lang, zone),
    tableSheet(names.rejected, rejectedColumns(labels), data.rejected, lang, zone),
  ];
}

/** The workbook's bytes (an .xlsx file: a ZIP of XML parts). */
export async function renderXlsx(data: ReportData, labels: ReportLabels, lang: 'en' | 'fr'): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const sheets = workbookSheets(data, labels, lang);
  // The writer's types spell cell types as constructors; ours are the same values, narrowed.
  const buffer = await writeXlsxFile(sheets as Parameters<typeof writeXlsxFile>[0] & object[], {
    fontFamily: 'Calibri',
    fontSize: 11,
  }).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
