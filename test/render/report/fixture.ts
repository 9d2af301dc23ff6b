/**
 * A completion report built by hand for the renderer tests: one learner per status and
 * verification, realistic dates (Europe/Paris), departments, 21 weeks, a learner × lesson
 * matrix, people to remind, French titles, a sponsor, and names, titles and departments a hostile
 * roster or catalogue could hold (HTML, formulas, terminal escapes).
 */
import type { LearnerRow, LessonState, ReportData } from '../../../src/core/sponsor/report-types.js';

/** Markup that would leave a trace on the page if a browser ever ran it. */
export const XSS_IMG = `<img src=x onerror="document.body.setAttribute('data-pwned','1')">`;
export const XSS_SCRIPT = `<script>document.body.setAttribute('data-pwned','2')</script>`;
export const XSS_ATTR = `"><img src=x onerror=alert(1)>`;
export const ESC_CLEAR = '\u001b[2J';
/** A lesson title from a tampered catalogue: a formula and markup. */
export const HOSTILE_TITLE = `=cmd|' /C calc'!A0 <b onmouseover="document.body.setAttribute('data-pwned','3')">x</b>`;
/** A department that tries to close the filter's attribute or option and run script. */
export const HOSTILE_DEPT = `Ventes | *Europe* _Sud_ \`x\` [a](b) \\ & <b>`;

const C: LessonState = 'completed';
const P: LessonState = 'in-progress';
const N: LessonState = 'not-started';

export const LESSON_IDS = [
  'linkedin-profile',
  `=cmd|' /C calc'!A0`,
  'linkedin-first-post',
  'governance-charter',
  'governance-crisis',
  'linkedin-video',
];
const REQUIRED = LESSON_IDS.slice(0, 5);

const base: LearnerRow = {
  id: 'x',
  name: null,
  department: null,
  status: 'not-started',
  requiredDone: 0,
  requiredTotal: 5,
  progressPct: 0,
  due: '2025-06-30',
  overdue: false,
  firstActivityAt: null,
  lastActivityAt: null,
  completedAt: null,
  minutes: 0,
  quizScorePct: null,
  draftLessons: 0,
  verification: 'valid',
  source: null,
  email: null,
  lang: null,
  daysOverdue: null,
  recordAt: null,
  lessonStates: [N, N, N, N, N, N],
  remaining: [...REQUIRED],
  remind: null,
};
const row = (r: Partial<LearnerRow>): LearnerRow => ({ ...base, ...r });

/** The learners, in order; tests refer to them by index. */
export const learners: LearnerRow[] = [
  row({
    id: 'exec-001',
    name: 'Hélène Dupré-Noël',
    email: 'helene.dupre@example.fr',
    lang: 'fr',
    department: 'Direction générale',
    status: 'completed',
    requiredDone: 5,
    progressPct: 100,
    firstActivityAt: '2025-03-01T08:10:00Z',
    lastActivityAt: '2025-03-20T17:45:00Z',
    completedAt: '2025-03-20T17:45:00Z',
    recordAt: '2025-03-20T18:02:00Z',
    minutes: 71,
    quizScorePct: 90,
    draftLessons: 1,
    source: 'records/exec-001.json',
    lessonStates: [C, C, C, C, C, N],
    remaining: [],
  }),
  row({
    id: 'exec-002',
    name: `Mallory ${XSS_SCRIPT}`,
    email: `"><svg onload=alert(1)>@example.com`,
    department: XSS_ATTR,
    status: 'in-progress',
    requiredDone: 2,
    progressPct: 40,
    overdue: true,
    daysOverdue: 14,
    firstActivityAt: '2025-03-02T09:00:00Z',
    lastActivityAt: '2025-04-02T09:30:00Z',
    recordAt: '2025-04-02T09:41:00Z',
    minutes: 25,
    quizScorePct: 50,
    verification: 'unsigned',
    source: 'records/exec-002.json',
    lessonStates: [C, N, C, P, N, N],
    remaining: [REQUIRED[1]!, REQUIRED[3]!, REQUIRED[4]!],
    remind: 'late',
  }),
  row({
    id: '=HYPERLINK("http://evil.example","x")',
    name: `Eve ${XSS_IMG}`,
    email: 'eve@example.com',
    department: '+1',
    status: 'not-started',
    overdue: true,
    daysOverdue: 14,
    recordAt: '2025-03-05T07:00:00Z',
    verification: 'invalid-signature',
    source: '-2.json',
    remind: 'late',
  }),
  row({
    id: 'exec-004',
    name: '@SUM(A1:A9)',
    department: '\tTabbed',
    status: 'no-record',
    verification: null,
    overdue: true,
    daysOverdue: 14,
    remind: 'late',
  }),
  row({
    id: 'exec-005',
    name: `Zoé ${ESC_CLEAR}Mäkelä\u001b]0;owned\u0007 javascript:alert(1)`,
    email: 'zoe.makela@example.fi',
    department: HOSTILE_DEPT,
    // Joined later, with a later due date of her own: in progress and not late.
    due: '2025-09-30',
    status: 'in-progress',
    requiredDone: 3,
    progressPct: 60,
    firstActivityAt: '2025-04-01T07:30:00Z',
    lastActivityAt: '2025-04-10T10:00:00Z',
    recordAt: '2025-04-10T10:05:00Z',
    minutes: 40,
    verification: 'other-program',
    source: 'records/exec-005.json',
    lessonStates: [C, P, C, C, N, P],
    remaining: [REQUIRED[1]!, REQUIRED[4]!],
  }),
  row({
    id: 'exec-006',
    name: 'Maximilien-Alexandre de La Tour d’Auvergne-Lauraguais',
    email: 'max.delatour@example.fr',
    department: 'Communication institutionnelle et relations presse',
    status: 'completed',
    requiredDone: 5,
    progressPct: 100,
    firstActivityAt: '2025-04-14T06:00:00Z',
    lastActivityAt: '2025-05-01T12:00:00Z',
    completedAt: '2025-05-01T12:00:00Z',
    recordAt: '2025-05-01T12:30:00Z',
    minutes: 88,
    quizScorePct: 100,
    lessonStates: [C, C, C, C, C, C],
    remaining: [],
    source: 'records/exec-006.json',
  }),
];

const week = (weekStart: string, completions: number, cumulative: number) => ({
  weekStart,
  completions,
  cumulative,
  cumulativeShare: Math.round((cumulative / 6) * 1000) / 1000,
});
const dept = (name: string | null, counts: Partial<ReportData['departments'][number]>) => ({
  name,
  learners: 1,
  completed: 0,
  inProgress: 0,
  notStarted: 0,
  noRecord: 0,
  overdue: 0,
  completionRate: 0,
  ...counts,
});

/** The Mondays from the first activity's week to the report's week (after the due date's). */
const WEEKS = Array.from({ length: 21 }, (_, i) => new Date(Date.UTC(2025, 1, 24 + 7 * i)).toISOString().slice(0, 10));

const LESSONS = (): ReportData['lessons'] => [
  {
    id: LESSON_IDS[0]!,
    title: 'Un profil LinkedIn qui inspire confiance',
    required: true,
    track: 'linkedin',
    completed: 4,
    inProgress: 0,
    notStarted: 2,
  },
  {
    id: LESSON_IDS[1]!,
    title: HOSTILE_TITLE,
    required: true,
    track: null,
    completed: 2,
    inProgress: 1,
    notStarted: 3,
  },
  {
    id: LESSON_IDS[2]!,
    title: 'Votre premier post, sans risque',
    required: true,
    track: 'linkedin',
    completed: 4,
    inProgress: 0,
    notStarted: 2,
  },
  {
    id: LESSON_IDS[3]!,
    title: 'La charte de prise de parole',
    required: true,
    track: 'governance',
    completed: 3,
    inProgress: 1,
    notStarted: 2,
  },
  {
    id: LESSON_IDS[4]!,
    title: 'Réagir à une crise en ligne',
    required: true,
    track: 'governance',
    completed: 2,
    inProgress: 0,
    notStarted: 4,
  },
  {
    id: LESSON_IDS[5]!,
    title: 'Bonus\u00A0: la vidéo courte',
    required: false,
    track: 'linkedin',
    completed: 1,
    inProgress: 1,
    notStarted: 4,
  },
];

const REJECTED = (): ReportData['rejected'] => [
  { path: 'records/broken.json', reason: 'not-json: Unexpected token } in JSON at position 12' },
  { path: 'records/<script>x</script>.json', reason: 'invalid-signature: record was changed after export' },
  { path: 'records/other.json', reason: 'other-program' },
  { path: 'records/exec-001 (copie).json', reason: 'duplicate: the same record as records/exec-001.json' },
  { path: 'records/weird.json', reason: 'mystery: something else' },
];

const DEPARTMENT_ROWS = (): ReportData['departments'] => [
  dept('Direction générale', { completed: 1, completionRate: 1 }),
  dept(XSS_ATTR, { inProgress: 1, overdue: 1 }),
  dept('+1', { notStarted: 1, overdue: 1 }),
  dept('\tTabbed', { noRecord: 1, overdue: 1 }),
  dept(HOSTILE_DEPT, { inProgress: 1 }),
  dept('Communication institutionnelle et relations presse', { completed: 1, completionRate: 1 }),
];

/** The whole report: 6 learners, 2 completed, 2 in progress, 1 not started, 1 without record, 3 to remind. */
export function fixture(): ReportData {
  return {
    program: {
      id: 'comex-2025',
      title: 'Dirigeants sur les réseaux — 2025',
      due: '2025-06-30',
      sponsor: { name: 'Direction des ressources humaines', email: 'drh@example.fr' },
    },
    generatedAt: '2025-07-14T08:30:00.000Z',
    timeZone: 'Europe/Paris',
    summary: {
      learners: 6,
      completed: 2,
      inProgress: 2,
      notStarted: 1,
      noRecord: 1,
      overdue: 3,
      completionRate: 0.333,
      notCounted: 0,
    },
    learners: structuredClone(learners),
    lessons: LESSONS(),
    rejected: REJECTED(),
    tracks: [
      { id: 'linkedin', title: 'LinkedIn', completionPct: 67 },
      { id: 'governance', title: 'Gouvernance & éthique', completionPct: 42 },
    ],
    departments: DEPARTMENT_ROWS(),
    weeks: WEEKS.map((w) =>
      week(w, w === '2025-03-17' || w === '2025-04-28' ? 1 : 0, w < '2025-03-17' ? 0 : w < '2025-04-28' ? 1 : 2),
    ),
    unfinished: [
      { id: 'governance-charter', count: 1 },
      { id: LESSON_IDS[1]!, count: 1 },
    ],
  };
}

const DEPARTMENTS = ['Direction générale', 'Finance', 'Ventes France', HOSTILE_DEPT, XSS_ATTR, null];
const STATUSES = ['completed', 'in-progress', 'not-started', 'no-record'] as const;

/** A long report (`n` learners, over 20: the HTML gets its filter) with hostile departments among the real ones. */
export function manyLearners(n = 200): ReportData {
  const data = fixture();
  data.learners = Array.from({ length: n }, (_, i) => {
    const status = STATUSES[i % 4]!;
    const late = status !== 'completed' && i % 3 === 0;
    const done = status === 'completed' ? 5 : status === 'in-progress' ? 2 : 0;
    return row({
      id: `exec-${String(i + 1).padStart(3, '0')}`,
      name: i % 17 === 0 ? `Mallory ${i} ${XSS_IMG}` : `Participant ${i + 1} Lefèvre-Delacroix`,
      email: `p${i + 1}@example.fr`,
      department: DEPARTMENTS[i % DEPARTMENTS.length]!,
      status,
      requiredDone: done,
      progressPct: done * 20,
      overdue: late,
      daysOverdue: late ? 14 : null,
      remind: late ? 'late' : status === 'not-started' ? 'not-started' : status === 'no-record' ? 'no-record' : null,
      lastActivityAt: done > 0 ? '2025-06-10T10:00:00Z' : null,
      recordAt: status === 'no-record' ? null : '2025-06-10T10:05:00Z',
      minutes: done * 14,
      verification: status === 'no-record' ? null : 'valid',
      lessonStates:
        status === 'completed'
          ? [C, C, C, C, C, N]
          : status === 'in-progress'
            ? [C, P, C, N, N, N]
            : [N, N, N, N, N, N],
      remaining: REQUIRED.filter((_, k) => k >= done),
    });
  });
  const count = (s: string) => data.learners.filter((l) => l.status === s).length;
  data.summary = {
    learners: n,
    completed: count('completed'),
    inProgress: count('in-progress'),
    notStarted: count('not-started'),
    noRecord: count('no-record'),
    overdue: data.learners.filter((l) => l.overdue).length,
    completionRate: Math.round((count('completed') / n) * 1000) / 1000,
    notCounted: 0,
  };
  data.departments = DEPARTMENTS.map((name) => {
    const rows = data.learners.filter((l) => l.department === name);
    const c = (s: string) => rows.filter((l) => l.status === s).length;
    return {
      name,
      learners: rows.length,
      completed: c('completed'),
      inProgress: c('in-progress'),
      notStarted: c('not-started'),
      noRecord: c('no-record'),
      overdue: rows.filter((l) => l.overdue).length,
      completionRate: Math.round((c('completed') / rows.length) * 1000) / 1000,
    };
  });
  return data;
}
