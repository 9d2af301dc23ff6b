/**
 * The columns of the report's spreadsheet exports (CSV and the Excel workbook), once: each column
 * has a translated header and gives a typed cell, which the CSV writes as text in the reader's
 * conventions and the workbook as a typed cell (a real date, a number, a string).
 * Values are in the report's language (statut « terminé », oui/non); JSON keeps the codes.
 */
import type { LearnerField, LearnerRow, LessonRow, Rejected, ReportData } from '../../core/sponsor/report-types.js';
import type { ReportLabels } from '../../i18n/report.js';
import { reasonText } from './common.js';

/**
 * A cell before it is written: text, a number (`percent`: a share 0 to 1, shown as %), an
 * instant (ISO 8601, shown in the report's zone), a calendar day (YYYY-MM-DD), or nothing.
 */
export type SheetCell =
  | { kind: 'text'; value: string }
  | { kind: 'number'; value: number; percent?: boolean }
  | { kind: 'instant'; iso: string }
  | { kind: 'day'; day: string }
  | null;

export interface SheetColumn<R> {
  header: string;
  cell(row: R): SheetCell;
  /** Width in characters, for the workbook. */
  width: number;
}

const text = (value: string | null): SheetCell => (value === null || value === '' ? null : { kind: 'text', value });
const number = (value: number | null): SheetCell => (value === null ? null : { kind: 'number', value });
const instant = (iso: string | null): SheetCell => (iso === null ? null : { kind: 'instant', iso });

/** The learner columns, in the order of the CSV and of the workbook's learner sheet. */
const LEARNER_ORDER: LearnerField[] = [
  'id',
  'name',
  'email',
  'department',
  'lang',
  'status',
  'requiredDone',
  'requiredTotal',
  'progressPct',
  'due',
  'overdue',
  'daysOverdue',
  'firstActivityAt',
  'lastActivityAt',
  'completedAt',
  'recordAt',
  'minutes',
  'quizScorePct',
  'draftLessons',
  'verification',
  'remind',
  'source',
];

const WIDE: Partial<Record<LearnerField, number>> = { name: 28, email: 28, department: 24, source: 36 };
const DATES: LearnerField[] = ['firstActivityAt', 'lastActivityAt', 'completedAt', 'recordAt'];

function learnerCell(field: LearnerField, r: LearnerRow, labels: ReportLabels): SheetCell {
  const yesNo = (b: boolean): SheetCell => text(b ? labels.yes : labels.no);
  switch (field) {
    case 'status':
      return text(labels.status[r.status]);
    case 'verification':
      return r.verification === null ? null : text(labels.verification[r.verification]);
    case 'remind':
      return r.remind === null ? null : text(labels.spreadsheet.remind[r.remind]);
    case 'overdue':
      return yesNo(r.overdue);
    case 'due':
      return { kind: 'day', day: r.due };
    case 'firstActivityAt':
    case 'lastActivityAt':
    case 'completedAt':
    case 'recordAt':
      return instant(r[field]);
    case 'requiredDone':
    case 'requiredTotal':
    case 'progressPct':
    case 'daysOverdue':
    case 'minutes':
    case 'quizScorePct':
    case 'draftLessons':
      return number(r[field]);
    default:
      return text(r[field]);
  }
}

export function learnerColumns(labels: ReportLabels): SheetColumn<LearnerRow>[] {
  return LEARNER_ORDER.map((field) => ({
    header: labels.learnerColumns[field],
    cell: (r) => learnerCell(field, r, labels),
    width: WIDE[field] ?? (DATES.includes(field) ? 17 : Math.max(10, labels.learnerColumns[field].length + 2)),
  }));
}

export function lessonColumns(labels: ReportLabels): SheetColumn<LessonRow>[] {
  const c = labels.lessonColumns;
  return [
    { header: c.id, cell: (l) => text(l.id), width: 28 },
    { header: c.title, cell: (l) => text(l.title), width: 40 },
    { header: c.track, cell: (l) => text(l.track), width: 16 },
    { header: c.required, cell: (l) => text(l.required ? labels.yes : labels.no), width: 12 },
    { header: c.completed, cell: (l) => number(l.completed), width: 12 },
    { header: c.inProgress, cell: (l) => number(l.inProgress), width: 12 },
    { header: c.notStarted, cell: (l) => number(l.notStarted), width: 14 },
  ];
}

export function rejectedColumns(labels: ReportLabels): SheetColumn<Rejected>[] {
  return [
    { header: labels.rejectedColumns.path, cell: (r) => text(r.path), width: 40 },
    { header: labels.rejectedColumns.reason, cell: (r) => text(reasonText(labels, r.reason)), width: 80 },
  ];
}

/**
 * The learner × lesson matrix (Moodle's completion report): id and name, then one column per
 * lesson, headed by its title, holding the learner's state for it in words.
 */
export function matrixColumns(data: ReportData, labels: ReportLabels): SheetColumn<LearnerRow>[] {
  return [
    { header: labels.learnerColumns.id, cell: (r) => text(r.id), width: 16 },
    { header: labels.learnerColumns.name, cell: (r) => text(r.name), width: 28 },
    ...data.lessons.map((lesson, i) => ({
      header: lesson.title,
      cell: (r: LearnerRow) => {
        const state = r.lessonStates[i];
        return state === undefined ? null : text(labels.status[state]);
      },
      width: Math.min(30, Math.max(12, lesson.title.length + 2)),
    })),
  ];
}

/** The summary sheet: one labelled value a row. */
export function summaryRows(data: ReportData, labels: ReportLabels): [string, SheetCell][] {
  const s = data.summary;
  const l = labels.summary;
  const sp = labels.spreadsheet;
  return [
    [labels.programme, text(data.program.title)],
    [sp.programmeId, text(data.program.id)],
    [sp.sponsor, text(data.program.sponsor.name ?? null)],
    [labels.dueDate, { kind: 'day', day: data.program.due }],
    [sp.generated, instant(data.generatedAt)],
    [sp.timeZone, text(data.timeZone)],
    [l.learners, number(s.learners)],
    [l.completed, number(s.completed)],
    [l.inProgress, number(s.inProgress)],
    [l.notStarted, number(s.notStarted)],
    [l.noRecord, number(s.noRecord)],
    [l.overdue, number(s.overdue)],
    [l.completionRate, { kind: 'number', value: s.completionRate, percent: true }],
    [sp.notCounted, number(s.notCounted)],
  ];
}
