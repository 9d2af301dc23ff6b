/** The HTML report's tables; every string from the data goes through escapeHtml. */
import type { LearnerRow, ReportData } from '../../core/sponsor/report-types.js';
import type { ReportLabels } from '../../i18n/report.js';
import {
  adviceText,
  lessonState,
  lessonTitles,
  localDate,
  localDateTime,
  numericDay,
  rateText,
  reasonText,
  requiredText,
  toRemind,
  trackTitles,
} from './common.js';
import { escapeHtml as e } from './html-escape.js';
import { departmentCodes, FILTER_FROM, filterControls } from './html-filter.js';

const STATUS_CLASS: Record<LearnerRow['status'], string> = {
  completed: 'status-completed',
  'in-progress': 'status-in-progress',
  'not-started': 'status-not-started',
  'no-record': 'status-no-record',
};

export const th = (label: string, num = false) => `<th scope="col"${num ? ' class="num"' : ''}>${e(label)}</th>`;
export const td = (html: string, cls = '') => `<td${cls ? ` class="${cls}"` : ''}>${html}</td>`;
const table = (id: string, head: string[], rows: string[], cls = '') =>
  `<div class="table-wrap"><table${id ? ` id="${id}"` : ''}${cls ? ` class="${cls}"` : ''}>\n<thead><tr>${head.join('')}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody></table></div>`;
/** "20/03/2025 19:02" as the date with the time under it. */
const dateAndTime = (s: string) => {
  const [date, time] = s.split(' ');
  return time === undefined ? e(s) : `${e(date!)}<span class="id">${e(time)}</span>`;
};
/** An e-mail that may break after "@" and dots only, so its column stays narrow without splitting words. */
const email = (s: string | null) => (s === null ? '' : e(s).replace(/([@.])/g, '$1<wbr>'));
const none = (text: string) => `<p class="muted">${e(text)}</p>`;

function learnerRow(r: LearnerRow, data: ReportData, labels: ReportLabels, lang: 'en' | 'fr', dept: string): string {
  // The id is shown under the name so HR can match a row to the roster; alone when there is no name.
  const who = r.name === null ? e(r.id) : `${e(r.name)}<span class="id">${e(r.id)}</span>`;
  const warn = r.verification !== null && r.verification !== 'valid';
  const zone = { lang, timeZone: data.timeZone };
  // The date on every row; under it, in red, the days past it once late.
  const late = r.overdue
    ? `<span class="late id">${e(r.daysOverdue === null ? labels.overdueMark : labels.board.daysLate(r.daysOverdue))}</span>`
    : '';
  const due = `${e(numericDay(r.due, lang))}${late}`;
  return `<tr data-status="${r.status}" data-dept="${e(dept)}">${[
    td(who, 'name'),
    td(email(r.email), 'email'),
    td(e(r.department ?? '')),
    td(`<span class="pill ${STATUS_CLASS[r.status] ?? ''}">${e(labels.status[r.status] ?? r.status)}</span>`),
    td(`${e(requiredText(r))}<span class="id">${e(labels.percent(r.progressPct))}</span>`, 'num'),
    td(due, 'date'),
    td(e(localDate(r.lastActivityAt, zone)), 'date'),
    td(dateAndTime(localDateTime(r.recordAt, zone)), 'date'),
    td(String(r.minutes), 'num'),
    td(r.quizScorePct === null ? '' : e(labels.percent(r.quizScorePct)), 'num'),
    td(String(r.draftLessons), 'num'),
    td(r.verification === null ? '' : e(labels.verification[r.verification] ?? r.verification), warn ? 'warn' : ''),
  ].join('')}</tr>`;
}

/** The learners, with the filter above when the table is long. */
export function learnersTable(data: ReportData, labels: ReportLabels, lang: 'en' | 'fr'): string {
  const h = labels.tableColumns;
  const b = labels.board;
  const head = [
    th(h.learner),
    th(b.email),
    th(h.department),
    th(h.status),
    th(h.progress, true),
    th(h.due),
    th(h.lastActivity),
    th(b.dataAsOf),
    th(h.minutes, true),
    th(h.quiz, true),
    th(h.drafts, true),
    th(h.verification),
  ];
  const depts = departmentCodes(data.learners);
  const filter = data.learners.length >= FILTER_FROM ? `${filterControls(data.learners, labels)}\n` : '';
  const rows = data.learners.map((r) => learnerRow(r, data, labels, lang, depts.code(r)));
  return `${filter}${table('learners-table', head, rows, 'learners')}\n<p class="note">${e(b.daysLateNote)}</p>`;
}

export function lessonsTable(data: ReportData, labels: ReportLabels): string {
  const h = labels.lessonColumns;
  const track = trackTitles(data);
  const body = data.lessons.map(
    (l) =>
      `<tr>${td(`${e(l.title)}<span class="id">${e(l.id)}</span>`, 'name')}${td(e(track(l.track)))}${td(e(l.required ? labels.yes : labels.no))}${td(String(l.completed), 'num')}${td(String(l.inProgress), 'num')}${td(String(l.notStarted), 'num')}</tr>`,
  );
  return table(
    '',
    [th(h.id), th(h.track), th(h.required), th(h.completed, true), th(h.inProgress, true), th(h.notStarted, true)],
    body,
  );
}

export function departmentsTable(data: ReportData, labels: ReportLabels): string {
  if (data.departments.length === 0) return none(labels.none);
  const h = labels.board.departmentColumns;
  const n = (v: number) => td(String(v), 'num');
  const body = data.departments.map(
    (d) =>
      `<tr>${td(e(d.name ?? labels.board.noDepartment), 'name')}${n(d.learners)}${n(d.completed)}${n(d.inProgress)}${n(d.notStarted)}${n(d.noRecord)}${td(d.overdue > 0 ? `<span class="late">${d.overdue}</span>` : '0', 'num')}${td(e(rateText(labels, d.completionRate)), 'num')}</tr>`,
  );
  const head = [
    th(h.name),
    th(h.learners, true),
    th(h.completed, true),
    th(h.inProgress, true),
    th(h.notStarted, true),
    th(h.noRecord, true),
    th(h.overdue, true),
    th(h.rate, true),
  ];
  return table('departments-table', head, body);
}

export function remindTable(data: ReportData, labels: ReportLabels): string {
  const b = labels.board;
  const list = toRemind(data);
  if (list.length === 0) return none(b.nobodyToRemind);
  const title = lessonTitles(data);
  const h = b.remindColumns;
  const body = list.map((r) => {
    // One line of titles, not a list: a long list of people to remind stays a few pages when printed.
    const left = r.remaining.map((id) => e(title(id))).join(', ');
    const late = r.overdue && r.daysOverdue !== null ? `<span class="late">${r.daysOverdue}</span>` : '';
    return `<tr>${td(e(r.name ?? r.id), 'name')}${td(email(r.email), 'email')}${td(e(b.remindReason[r.remind!]))}${td(late, 'num')}${td(left)}</tr>`;
  });
  return table('remind-table', [th(h.learner), th(h.email), th(h.reason), th(h.late, true), th(h.left)], body);
}

const MARK = { completed: '✓', 'in-progress': '◐', 'not-started': '·' } as const;

/** Learner × lesson: numbered lesson columns (the key lists the titles), a mark and its word per cell. */
export function matrixTable(data: ReportData, labels: ReportLabels): string {
  const b = labels.board;
  if (data.lessons.length === 0 || data.learners.length === 0) return none(labels.none);
  const head = [
    th(labels.tableColumns.learner),
    ...data.lessons.map((l, i) => `<th scope="col" class="m" title="${e(l.title)}">${i + 1}</th>`),
  ];
  const body = data.learners.map((r) => {
    const cells = data.lessons.map((_, i) => {
      const s = lessonState(r, i);
      return `<td class="m m-${s}"><span aria-hidden="true">${MARK[s]}</span><span class="sr-only">${e(b.lessonState[s])}</span></td>`;
    });
    return `<tr>${td(e(r.name ?? r.id), 'name')}${cells.join('')}</tr>`;
  });
  const legend = (['completed', 'in-progress', 'not-started'] as const)
    .map((s) => `<li><span class="m-${s}" aria-hidden="true">${MARK[s]}</span> ${e(b.lessonState[s])}</li>`)
    .join('');
  const key = data.lessons
    .map((l) => `<li>${e(l.title)}${l.required ? '' : ` <span class="muted">(${e(b.optional)})</span>`}</li>`)
    .join('');
  return `${table('matrix-table', head, body, 'matrix')}\n<ul class="legend">${legend}</ul>\n<p class="key-title">${e(b.matrixKey)}</p><ol class="key">${key}</ol>`;
}

export function rejectedTable(data: ReportData, labels: ReportLabels): string {
  if (data.rejected.length === 0) return none(labels.none);
  // Our advice's `command` becomes <code> after escaping, so data never reaches this step.
  const code = (s: string) => e(s).replace(/`([^`]+)`/g, '<code>$1</code>');
  const rows = data.rejected.map((r) => {
    const advice = adviceText(labels, r.reason);
    return `<tr>${td(e(r.path), 'path')}${td(e(reasonText(labels, r.reason)))}${td(advice ? code(advice) : '')}</tr>`;
  });
  const h = labels.rejectedColumns;
  return `<p>${e(labels.rejectedHint)}</p>\n${table('rejected-table', [th(h.path), th(h.reason), th(labels.board.whatToDo)], rows)}`;
}
