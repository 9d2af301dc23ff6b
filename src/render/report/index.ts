/**
 * Renders the sponsor's completion report (`coach report --format ...`) from ReportData.
 * Pure: data in, text out (bytes for the Excel workbook: renderWorkbook); the command decides
 * where the output goes and whether colour is on.
 */
import type { ReportData } from '../../core/sponsor/report-types.js';
import { reportLabels } from '../../i18n/report.js';
import type { Style } from '../style.js';
import { defaultDelimiter, renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderTable } from './table.js';

/** The text formats of `coach report --format` (and `xlsx`, bytes: renderWorkbook). */
export type ReportFormat = 'table' | 'csv' | 'json' | 'md' | 'html';

/** How to render the report. */
export interface RenderReportOptions {
  format: ReportFormat;
  /** One row per learner, or per lesson. JSON ignores it: it is always the whole document. */
  by: 'learner' | 'lesson';
  /** The report's language: labels, and in CSV the values, dates and delimiter; JSON stays language-neutral. */
  lang: 'en' | 'fr';
  /** CSV only: ',' in English and ';' in French by default (what Excel expects in that language). */
  delimiter?: ',' | ';';
  /** Table only: terminal columns to fit (default 100). */
  width?: number;
  /** Table only: colours; plain text without it. */
  style?: Style;
}

/** The report as text in the chosen format, ending with a newline. */
export function renderReport(data: ReportData, options: RenderReportOptions): string {
  const labels = reportLabels[options.lang];
  switch (options.format) {
    case 'json':
      return renderJson(data);
    case 'csv':
      return renderCsv(data, labels, options.by, options.delimiter ?? defaultDelimiter(options.lang), options.lang);
    case 'md':
      return renderMarkdown(data, labels, options.by, options.lang);
    case 'html':
      return renderHtml(data, labels, options.by, options.lang);
    case 'table':
      return renderTable(data, labels, {
        by: options.by,
        lang: options.lang,
        width: options.width ?? 100,
        ...(options.style ? { style: options.style } : {}),
      });
  }
}

/** The report as an Excel workbook (.xlsx bytes) in the report's language; its writer loads only now. */
export async function renderWorkbook(data: ReportData, lang: 'en' | 'fr'): Promise<Uint8Array> {
  const { renderXlsx } = await import('./xlsx.js');
  return renderXlsx(data, reportLabels[lang], lang);
}
