/**
 * A completion report built by hand for the renderer tests: one learner per status and
 * verification, and names a hostile roster could hold (HTML, formulas, terminal escapes).
 */
import type { LearnerRow, ReportData } from '../../../src/core/sponsor/report-types.js';

/** Markup that would leave a trace on the page if a browser ever ran it. */
export const XSS_IMG = `<img src=x onerror="document.body.setAttribute('data-pwned','1')">`;
export const XSS_SCRIPT = `<script>document.body.setAttribute('data-pwned','2')</script>`;
export const XSS_ATTR = `"><img src=x onerror=alert(1)>`;
export const ESC_CLEAR = '\u001b[2J';

const base: LearnerRow = {
  id: 'x', name: null, department: null, status: 'not-started', requiredDone: 0, requiredTotal: 5, progressPct: 0,
  due: '2025-06-30', overdue: false, firstActivityAt: null, lastActivityAt: null, completedAt: null, minutes: 0,
  quizScorePct: null, draftLessons: 0, verification: 'valid', source: null,
  email: null, lang: null, daysOverdue: null, recordAt: null, lessonStates: [], remaining: [], remind: null,
};
const row = (r: Partial<LearnerRow>): LearnerRow => ({ ...base, ...r });

/** The learners, in order; tests refer to them by index. */
export const learners: LearnerRow[] = [
  row({
    id: 'exec-001', name: 'Hélène Dupré-Noël', department: 'Direction générale', status: 'completed', requiredDone: 5, progressPct: 100,
    firstActivityAt: '2025-03-01T08:10:00Z', lastActivityAt: '2025-03-20T17:45:00Z', completedAt: '2025-03-20T17:45:00Z',
    minutes: 71, quizScorePct: 90, draftLessons: 1, source: 'records/exec-001.json',
  }),
  row({
    id: 'exec-002', name: `Mallory ${XSS_SCRIPT}`, department: XSS_ATTR, status: 'in-progress', requiredDone: 2, progressPct: 40,
    overdue: true, firstActivityAt: '2025-03-02T09:00:00Z', lastActivityAt: '2025-04-02T09:30:00Z', minutes: 25, quizScorePct: 50,
    verification: 'unsigned', source: 'records/exec-002.json',
  }),
  row({
    id: '=HYPERLINK("http://evil.example","x")', name: `Eve ${XSS_IMG}`, department: '+1', status: 'not-started', overdue: true,
    verification: 'invalid-signature', source: '-2.json',
  }),
  row({ id: 'exec-004', name: '@SUM(A1:A9)', department: '\tTabbed', status: 'no-record', verification: null, overdue: true }),
  row({
    id: 'exec-005', name: `Zoé ${ESC_CLEAR}Mäkelä\u001b]0;owned\u0007 javascript:alert(1)`, department: 'Ventes | *Europe* _Sud_ `x` [a](b) \\ & <b>',
    status: 'in-progress', requiredDone: 3, progressPct: 60, lastActivityAt: '2025-04-10T10:00:00Z', minutes: 40, verification: 'other-program',
    source: 'records/exec-005.json',
  }),
  row({
    id: 'exec-006', name: 'Maximilien-Alexandre de La Tour d’Auvergne-Lauraguais', department: 'Communication institutionnelle et relations presse',
    status: 'completed', requiredDone: 5, progressPct: 100, lastActivityAt: '2025-05-01T12:00:00Z', completedAt: '2025-05-01T12:00:00Z',
    minutes: 88, quizScorePct: 100,
  }),
];

/** The whole report: 6 learners, 2 completed, 2 in progress, 1 not started, 1 without record. */
export function fixture(): ReportData {
  return {
    program: { id: 'comex-2025', title: 'Dirigeants sur les réseaux — 2025', due: '2025-06-30', sponsor: { name: 'Direction des ressources humaines' } },
    generatedAt: '2025-04-15T08:30:00.000Z',
    timeZone: 'UTC',
    summary: { learners: 6, completed: 2, inProgress: 2, notStarted: 1, noRecord: 1, overdue: 3, completionRate: 0.333, notCounted: 0 },
    learners: structuredClone(learners),
    lessons: [
      { id: 'linkedin-profile', title: 'linkedin-profile', required: true, track: 'linkedin', completed: 3, inProgress: 1, notStarted: 1 },
      { id: '=cmd|\' /C calc\'!A0', title: '=cmd|\' /C calc\'!A0', required: true, track: null, completed: 0, inProgress: 0, notStarted: 5 },
      { id: 'governance-charter', title: 'governance-charter', required: true, track: 'governance', completed: 2, inProgress: 2, notStarted: 1 },
    ],
    rejected: [
      { path: 'records/broken.json', reason: 'not-json: Unexpected token } in JSON at position 12' },
      { path: 'records/<script>x</script>.json', reason: 'invalid-signature: record was changed after export' },
      { path: 'records/other.json', reason: 'other-program' },
      { path: 'records/weird.json', reason: 'mystery: something else' },
    ],
    tracks: [
      { id: 'linkedin', title: 'LinkedIn', completionPct: 60 },
      { id: 'governance', title: 'Gouvernance', completionPct: 45 },
    ],
    departments: [],
    weeks: [],
    unfinished: [
      { id: 'linkedin-profile', count: 2 },
      { id: 'governance-charter', count: 1 },
    ],
  };
}
