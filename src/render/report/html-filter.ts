/**
 * The filter of a long learners table (over 20 rows): by status and by department. The only
 * script of the page, constant text whose SHA-256 goes into the CSP, so the browser runs this
 * script and nothing else (no 'unsafe-inline'). It reads the rows' data attributes, which hold
 * our own codes (a status, "d3"), never a department's text, and writes only textContent.
 * Without script the controls stay hidden and the table is whole.
 */
import { createHash } from 'node:crypto';
import type { LearnerRow, LearnerStatus } from '../../core/sponsor/report-types.js';
import type { ReportLabels } from '../../i18n/report.js';
import { escapeHtml as e } from './html-escape.js';

/** Tables longer than this get the filter. */
export const FILTER_FROM = 21;

export const FILTER_SCRIPT = `(function () {
  var box = document.getElementById('learner-filter');
  if (!box) return;
  var status = document.getElementById('filter-status');
  var dept = document.getElementById('filter-department');
  var count = document.getElementById('filter-count');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#learners-table tbody tr'));
  function apply() {
    var shown = 0;
    rows.forEach(function (row) {
      var ok = (!status.value || row.getAttribute('data-status') === status.value) && (!dept.value || row.getAttribute('data-dept') === dept.value);
      row.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = shown + ' / ' + rows.length;
  }
  status.addEventListener('change', apply);
  dept.addEventListener('change', apply);
  box.hidden = false;
  apply();
})();`;

/** The CSP source that lets exactly FILTER_SCRIPT run. */
export function scriptHash(): string {
  return `'sha256-${createHash('sha256').update(FILTER_SCRIPT, 'utf8').digest('base64')}'`;
}

/** Department codes for the rows ("d0", "d1", … in order of first appearance; "none" without one). */
export function departmentCodes(rows: LearnerRow[]): {
  code: (r: LearnerRow) => string;
  options: { value: string; name: string | null }[];
} {
  const codes = new Map<string | null, string>();
  for (const r of rows)
    if (!codes.has(r.department)) codes.set(r.department, r.department === null ? 'none' : `d${codes.size}`);
  return { code: (r) => codes.get(r.department)!, options: [...codes].map(([name, value]) => ({ value, name })) };
}

const STATUSES: LearnerStatus[] = ['completed', 'in-progress', 'not-started', 'no-record'];

/** The controls, hidden until the script shows them. */
export function filterControls(rows: LearnerRow[], labels: ReportLabels): string {
  const b = labels.board;
  const option = (value: string, text: string) => `<option value="${e(value)}">${e(text)}</option>`;
  const depts = departmentCodes(rows).options.map((o) => option(o.value, o.name ?? b.noDepartment));
  return [
    `<div class="filter" id="learner-filter" hidden>`,
    `<label>${e(b.filterStatus)} <select id="filter-status">${option('', b.filterAll)}${STATUSES.map((s) => option(s, labels.status[s])).join('')}</select></label>`,
    `<label>${e(b.filterDepartment)} <select id="filter-department">${option('', b.filterAll)}${depts.join('')}</select></label>`,
    `<span><output id="filter-count" aria-live="polite"></output> ${e(b.filterShown)}</span>`,
    `</div>`,
  ].join('\n');
}
