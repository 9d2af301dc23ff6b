/**
 * A small report for the spreadsheet tests (CSV and xlsx), built by hand: a completed learner, a
 * late one to remind, one with a formula for a name, one without record, in Europe/Paris (winter:
 * UTC+1), so a 23:30 UTC activity is the next day there.
 */
import type { LearnerRow, ReportData } from '../../../src/core/sponsor/report-types.js';

const base: LearnerRow = {
  id: 'x',
  name: null,
  email: null,
  department: null,
  lang: null,
  status: 'not-started',
  requiredDone: 0,
  requiredTotal: 2,
  progressPct: 0,
  due: '2026-12-31',
  overdue: false,
  daysOverdue: null,
  firstActivityAt: null,
  lastActivityAt: null,
  completedAt: null,
  minutes: 0,
  quizScorePct: null,
  draftLessons: 0,
  verification: 'valid',
  source: null,
  recordAt: null,
  lessonStates: [],
  remaining: [],
  remind: null,
};
const row = (r: Partial<LearnerRow>): LearnerRow => ({ ...base, ...r });

export const HOSTILE_NAME = '=HYPERLINK("http://evil.example","x")';

const LEARNERS: LearnerRow[] = [
  row({
    id: 'ceo-001',
    name: 'Hélène Dupré',
    email: 'helene@example.com',
    department: 'Direction',
    lang: 'fr',
    status: 'completed',
    requiredDone: 2,
    progressPct: 100,
    firstActivityAt: '2026-12-01T20:46:59.963Z',
    lastActivityAt: '2026-12-05T23:30:00.000Z',
    completedAt: '2026-12-05T23:30:00.000Z',
    minutes: 42,
    quizScorePct: 90,
    draftLessons: 1,
    source: 'records/ceo-001.json',
    recordAt: '2026-12-06T07:00:00.000Z',
    lessonStates: ['completed', 'completed'],
  }),
  row({
    id: 'cfo-002',
    name: 'Paul Martin',
    department: 'Finance',
    status: 'in-progress',
    requiredDone: 1,
    progressPct: 50,
    overdue: true,
    daysOverdue: 10,
    firstActivityAt: '2026-12-02T09:00:00.000Z',
    lastActivityAt: '2026-12-02T09:15:00.000Z',
    minutes: 15,
    quizScorePct: 50,
    verification: 'unsigned',
    source: 'records/cfo-002.json',
    recordAt: '2026-12-03T10:00:00.000Z',
    remind: 'late',
    lessonStates: ['in-progress', 'not-started'],
  }),
  row({
    id: 'coo-003',
    name: HOSTILE_NAME,
    department: '+33 1 23',
    status: 'not-started',
    overdue: true,
    daysOverdue: 10,
    remind: 'not-started',
    source: '-x.json',
  }),
  row({
    id: 'cmo-004',
    name: '@SUM(A1:A9)',
    status: 'no-record',
    verification: null,
    overdue: true,
    daysOverdue: 10,
    remind: 'no-record',
  }),
];

export function excelFixture(): ReportData {
  return {
    program: { id: 'comex-2027', title: 'Dirigeants sur les réseaux', due: '2026-12-31', sponsor: { name: 'DRH' } },
    generatedAt: '2027-01-10T08:30:00.000Z',
    timeZone: 'Europe/Paris',
    summary: {
      learners: 4,
      completed: 1,
      inProgress: 1,
      notStarted: 1,
      noRecord: 1,
      overdue: 3,
      completionRate: 0.25,
      notCounted: 0,
    },
    learners: structuredClone(LEARNERS),
    lessons: [
      {
        id: 'linkedin-profile',
        title: 'Votre profil LinkedIn',
        required: true,
        track: 'linkedin',
        completed: 1,
        inProgress: 1,
        notStarted: 2,
      },
      {
        id: 'governance-charter',
        title: 'La charte d’usage',
        required: false,
        track: 'governance',
        completed: 1,
        inProgress: 0,
        notStarted: 3,
      },
    ],
    rejected: [{ path: 'records/junk.json', reason: 'not-json: Unexpected token' }],
    tracks: [],
    departments: [],
    weeks: [],
    unfinished: [],
  };
}
