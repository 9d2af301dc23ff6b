/** The report's second-version fields: titles, the learner × lesson matrix, reminders, days overdue, departments, weeks. */
import { describe, expect, it } from 'vitest';
import type { CompletionRecord } from '../../../src/core/sponsor/formats.js';
import { buildReport, type ReportInput } from '../../../src/core/sponsor/report.js';
import type { Verdict } from '../../../src/core/sponsor/verify.js';

const program = { id: 'p', title: 'P', due: '2027-03-31', required: ['a', 'b'], sponsor: { name: 'DRH' } };
const trackOf = new Map([
  ['a', 't1'],
  ['b', 't2'],
  ['c', 't2'],
]);
const titles = {
  lessons: new Map([
    ['a', 'Verrouiller ses comptes'],
    ['b', 'Premier post'],
  ]),
  tracks: new Map([['t1', 'Sécurité']]),
};
const lesson = (id: string, completedAt: string | null, startedAt = '2027-03-01T09:00:00.000Z') => ({
  id,
  status: completedAt ? ('completed' as const) : ('in-progress' as const),
  startedAt,
  completedAt,
  mode: 'live' as const,
  stepsDone: completedAt ? 4 : 1,
  stepsTotal: 4,
  quiz: { correct: 1, total: 2 },
  minutesSpent: 15,
});
const rec = (
  learner: string,
  lessons: CompletionRecord['lessons'],
  generatedAt = '2027-03-20T10:00:00.000Z',
): CompletionRecord => ({
  learner: { id: learner },
  program: { id: 'p' },
  generatedAt,
  tool: { name: 'exec-coach', version: '1.0.0' },
  lessons,
});
const valid = (r: CompletionRecord): { path: string; verdict: Verdict } => ({
  path: `${r.learner.id}.json`,
  verdict: { ok: true, record: r, verification: 'valid', signature: `sig-${r.learner.id}` },
});
const roster = [
  { id: 'u1', name: 'Ada', department: 'Ventes', line: 2 },
  { id: 'u2', department: 'achats', line: 3 },
  { id: 'u3', department: 'Équipe', line: 4 },
  { id: 'u4', line: 5 },
  { id: 'u5', department: 'Ventes', email: 'u5@example.com', lang: 'fr' as const, line: 6 },
];
const verdicts = [
  valid(rec('u1', [lesson('a', '2027-03-07T23:30:00.000Z'), lesson('b', '2027-03-02T10:00:00.000Z')])),
  valid(rec('u2', [lesson('b', '2027-03-10T10:00:00.000Z'), lesson('c', null)])),
  {
    path: 'u3.json',
    verdict: {
      ok: true,
      record: rec('u3', [lesson('a', '2027-03-05T10:00:00.000Z'), lesson('b', '2027-03-05T11:00:00.000Z')]),
      verification: 'unsigned',
    },
  } as const,
  valid(rec('x9', [lesson('a', '2027-03-03T10:00:00.000Z'), lesson('b', '2027-03-03T11:00:00.000Z')])),
];
const report = (extra: Partial<ReportInput> = {}) =>
  buildReport({ program, trackOf, titles, roster, verdicts, now: Date.UTC(2027, 3, 2, 12), ...extra });

describe('report: titles and the learner × lesson matrix', () => {
  const data = report();
  it("titles lessons and tracks in the report's language, an id without a title as itself", () => {
    expect(data.lessons.map((l) => [l.id, l.title, l.required])).toEqual([
      ['a', 'Verrouiller ses comptes', true],
      ['b', 'Premier post', true],
      ['c', 'c', false],
    ]);
    expect(data.tracks.map((t) => [t.id, t.title])).toEqual([
      ['t1', 'Sécurité'],
      ['t2', 't2'],
    ]);
    expect(data.program.sponsor).toEqual({ name: 'DRH' });
  });

  it("gives each learner one state per lesson, in the lessons' order, and the required lessons left", () => {
    const row = (id: string) => data.learners.find((l) => l.id === id)!;
    expect(row('u1')).toMatchObject({
      lessonStates: ['completed', 'completed', 'not-started'],
      remaining: [],
      remind: null,
    });
    expect(row('u2')).toMatchObject({
      lessonStates: ['not-started', 'completed', 'in-progress'],
      remaining: ['a'],
      remind: 'late',
    });
    // An unsigned record proves nothing: no lesson shown done, and past the due date HR chases it as late.
    expect(row('u3')).toMatchObject({
      status: 'completed',
      verification: 'unsigned',
      lessonStates: ['not-started', 'not-started', 'not-started'],
      remaining: ['a', 'b'],
      remind: 'late',
    });
    expect(row('u4')).toMatchObject({
      status: 'no-record',
      lessonStates: ['not-started', 'not-started', 'not-started'],
      remaining: ['a', 'b'],
      remind: 'late',
      recordAt: null,
    });
    expect(row('u5')).toMatchObject({ email: 'u5@example.com', lang: 'fr', remind: 'late' });
    // Not in the roster: shown, its matrix filled from its valid record, but nobody HR reminds.
    expect(row('x9')).toMatchObject({
      verification: 'not-in-roster',
      lessonStates: ['completed', 'completed', 'not-started'],
      remind: null,
    });
    expect(row('u1').recordAt).toBe('2027-03-20T10:00:00.000Z');
  });

  it('reminds nobody before the due date but those who have not started or sent nothing', () => {
    const early = report({ now: Date.UTC(2027, 2, 21) });
    expect(early.learners.map((l) => [l.id, l.remind, l.daysOverdue])).toEqual([
      ['u1', null, null],
      ['u2', null, null],
      ['u3', 'no-record', null],
      ['u4', 'no-record', null],
      ['u5', 'no-record', null],
      ['x9', null, null],
    ]);
  });
});

describe("report: days overdue in the report's time zone", () => {
  const days = (now: number, timeZone: string) =>
    report({ now, timeZone }).learners.find((l) => l.id === 'u4')!.daysOverdue;
  it('counts from the end of the due day where the report is read', () => {
    const lateEvening = Date.UTC(2027, 2, 31, 23, 30); // 31 March 23:30 UTC: 1 April 01:30 in Paris
    expect(days(lateEvening, 'UTC')).toBeNull();
    expect(days(lateEvening, 'Europe/Paris')).toBe(1);
    expect(days(lateEvening, 'America/Los_Angeles')).toBeNull();
    const later = Date.UTC(2027, 3, 1, 21, 30); // 1 April 21:30 UTC: 2 April 10:30 in Auckland
    expect(days(later, 'UTC')).toBe(1);
    expect(days(later, 'Pacific/Auckland')).toBe(2);
    expect(days(later, 'America/Los_Angeles')).toBe(1);
    expect(report({ now: lateEvening, timeZone: 'Europe/Paris' }).summary.overdue).toBe(4);
    expect(report({ now: lateEvening, timeZone: 'UTC' }).summary.overdue).toBe(0);
  });
});

describe('report: departments', () => {
  it('counts the counted learners by department, in alphabetical order of the language, without one last', () => {
    const data = report({ lang: 'fr' });
    expect(data.departments).toEqual([
      {
        name: 'achats',
        learners: 1,
        completed: 0,
        inProgress: 1,
        notStarted: 0,
        noRecord: 0,
        overdue: 1,
        completionRate: 0,
      },
      {
        name: 'Équipe',
        learners: 1,
        completed: 0,
        inProgress: 0,
        notStarted: 0,
        noRecord: 1,
        overdue: 1,
        completionRate: 0,
      },
      {
        name: 'Ventes',
        learners: 2,
        completed: 1,
        inProgress: 0,
        notStarted: 0,
        noRecord: 1,
        overdue: 1,
        completionRate: 0.5,
      },
      {
        name: null,
        learners: 1,
        completed: 0,
        inProgress: 0,
        notStarted: 0,
        noRecord: 1,
        overdue: 1,
        completionRate: 0,
      },
    ]);
    expect(data.departments.reduce((n, d) => n + d.learners, 0)).toBe(data.summary.learners);
  });
});

describe('report: weeks', () => {
  it('counts completions per Monday-start week of the zone, from the first activity to the due week', () => {
    // u1 completes on Sunday 7 March 23:30 UTC: Monday 8 March in Paris. u3 (unsigned) and x9 (not in the roster) never count.
    const utc = report({ timeZone: 'UTC', now: Date.UTC(2027, 2, 20) });
    expect(utc.weeks.map((w) => [w.weekStart, w.completions, w.cumulative, w.cumulativeShare])).toEqual([
      ['2027-03-01', 1, 1, 0.2],
      ['2027-03-08', 0, 1, 0.2],
      ['2027-03-15', 0, 1, 0.2],
      ['2027-03-22', 0, 1, 0.2],
      ['2027-03-29', 0, 1, 0.2],
    ]);
    const paris = report({ timeZone: 'Europe/Paris', now: Date.UTC(2027, 2, 20) });
    expect(paris.weeks.slice(0, 2).map((w) => [w.weekStart, w.completions])).toEqual([
      ['2027-03-01', 0],
      ['2027-03-08', 1],
    ]);
  });

  it('runs to this week when the due date is past, and is empty when nobody has any activity', () => {
    const after = report({ now: Date.UTC(2027, 3, 14) });
    expect(after.weeks.at(-1)!.weekStart).toBe('2027-04-12');
    expect(buildReport({ program, trackOf, roster, verdicts: [], now: Date.UTC(2027, 3, 2) }).weeks).toEqual([]);
  });
});
