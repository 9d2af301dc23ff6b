/**
 * Renders the sponsor's completion report (`coach report --format ...`) from ReportData.
 * Pure: data in, text out; the command decides where the text goes and whether colour is on.
 */
import type { ReportData } from '../../core/sponsor/report-types.js';
import { reportLabels } from '../../i18n/report.js';
import type { Style } from '../style.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderTable } from './table.js';

/** The output formats of `coach report --format`. */
export type ReportFormat = 'table' | 'csv' | 'json' | 'md' | 'html';

/** How to render the report. */
export interface RenderReportOptions {
  format: ReportFormat;
  /** One row per learner, or per lesson. JSON ignores it: it is always the whole document. */
  by: 'learner' | 'lesson';
  /** Labels' language; values in JSON and CSV stay language-neutral. */
  lang: 'en' | 'fr';
  /** CSV only: ',' by default, ';' for a French Excel. */
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
      return renderCsv(data, labels, options.by, options.delimiter ?? ',');
    case 'md':
      return renderMarkdown(data, labels, options.by, options.lang);
    case 'html':
      return renderHtml(data, labels, options.by, options.lang);
    case 'table':
      return renderTable(data, labels, { by: options.by, lang: options.lang, width: options.width ?? 100, ...(options.style ? { style: options.style } : {}) });
  }
}
