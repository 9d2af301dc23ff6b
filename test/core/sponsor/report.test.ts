import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/sponsor/report.js';
import type { CompletionRecord } from '../../../src/core/sponsor/formats.js';
import type { Verdict } from '../../../src/core/sponsor/verify.js';

const NOW = Date.UTC(2027, 3, 2); // after the due date below
const program = { id: 'p', title: 'P', due: '2027-03-31', required: ['a', 'b'] };
const trackOf = new Map([
  ['a', 't1'],
  ['b', 't2'],
  ['c', 't2'],
]);
const lesson = (
  id: string,
  status: 'completed' | 'in-progress',
  extra: Partial<CompletionRecord['lessons'][number]> = {},
) => ({
  id,
  status,
  startedAt: '2027-03-01T09:00:00.000Z',
  completedAt: status === 'completed' ? '2027-03-01T09:15:00.000Z' : null,
  mode: 'live' as const,
  stepsDone: status === 'completed' ? 4 : 1,
  stepsTotal: 4,
  quiz: { correct: 1, total: 2 },
  minutesSpent: 15,
  ...extra,
});
const rec = (learner: string, generatedAt: string, lessons: CompletionRecord['lessons']): CompletionRecord => ({
  learner: { id: learner },
  program: { id: 'p' },
  generatedAt,
  tool: { name: 'exec-coach', version: '1.0.0' },
  lessons,
});
const valid = (path: string, r: CompletionRecord, signature = path): { path: string; verdict: Verdict } => ({
  path,
  verdict: { ok: true, record: r, verification: 'valid', signature },
});

// The sample cohort the tests below read: u1 with an old, a new and a copied record, u2 in progress,
// u3 unsigned, u4 tampered, x9 outside the roster, and a file that is not JSON.
const roster = [
  { id: 'u1', name: 'Ada', department: 'Ops', line: 2 },
  { id: 'u2', line: 3 },
  { id: 'u3', line: 4 },
  { id: 'u4', line: 5 },
];
const data = buildReport({
  program,
  trackOf,
  roster,
  now: NOW,
  verdicts: [
    valid('old-u1.json', rec('u1', '2027-03-01T10:00:00.000Z', [lesson('a', 'completed')])),
    valid(
      'new-u1.json',
      rec('u1', '2027-03-02T10:00:00.000Z', [
        lesson('a', 'completed'),
        lesson('b', 'completed', { mode: 'draft', completedAt: '2027-03-02T09:30:00.000Z' }),
      ]),
    ),
    valid(
      'copy-of-new-u1.json',
      rec('u1', '2027-03-02T10:00:00.000Z', [
        lesson('a', 'completed'),
        lesson('b', 'completed', { mode: 'draft', completedAt: '2027-03-02T09:30:00.000Z' }),
      ]),
      'new-u1.json',
    ),
    valid('u2.json', rec('u2', '2027-03-05T10:00:00.000Z', [lesson('a', 'in-progress'), lesson('c', 'completed')])),
    {
      path: 'u3-unsigned.json',
      verdict: { ok: true, record: rec('u3', '2027-03-01T10:00:00.000Z', []), verification: 'unsigned' },
    },
    {
      path: 'u4-tampered.json',
      verdict: { ok: false, code: 'invalid-signature', detail: 'changed', learnerId: 'u4' },
    },
    {
      path: 'x9.json',
      verdict: {
        ok: true,
        record: rec('x9', '2027-03-01T10:00:00.000Z', [lesson('a', 'completed'), lesson('b', 'completed')]),
        verification: 'valid',
        signature: 's9',
      },
    },
    { path: 'junk.json', verdict: { ok: false, code: 'not-json', detail: 'Unexpected token' } },
  ],
});

describe('buildReport', () => {
  it('keeps the newest valid record per learner and lists every rejected file with its reason', () => {
    expect(data.learners.find((l) => l.id === 'u1')).toMatchObject({
      source: 'new-u1.json',
      status: 'completed',
      requiredDone: 2,
      completedAt: '2027-03-02T09:30:00.000Z',
      draftLessons: 1,
      overdue: false,
    });
    expect(data.rejected).toEqual([
      { path: 'copy-of-new-u1.json', reason: 'duplicate: the same record as new-u1.json' },
      { path: 'u4-tampered.json', reason: 'invalid-signature: changed' },
      { path: 'junk.json', reason: 'not-json: Unexpected token' },
    ]);
  });

  it('gives one row per learner, roster first, with names only from the roster', () => {
    expect(data.learners.map((l) => [l.id, l.name, l.status, l.verification])).toEqual([
      ['u1', 'Ada', 'completed', 'valid'],
      ['u2', null, 'in-progress', 'valid'],
      ['u3', null, 'not-started', 'unsigned'],
      ['u4', null, 'no-record', 'invalid-signature'],
      ['x9', null, 'completed', 'not-in-roster'],
    ]);
    expect(data.learners[1]).toMatchObject({
      requiredDone: 0,
      requiredTotal: 2,
      progressPct: 0,
      overdue: true,
      minutes: 30,
      quizScorePct: 50,
      firstActivityAt: '2027-03-01T09:00:00.000Z',
      lastActivityAt: '2027-03-01T09:15:00.000Z',
    });
  });

  it('summarises the cohort, lessons and tracks', () => {
    // The roster's four count (u3's unsigned record and u4's invalid one as "no record"); x9, not in
    // the roster, is shown but counted nowhere, and neither are the lessons of its record.
    expect(data.summary).toEqual({
      learners: 4,
      completed: 1,
      inProgress: 1,
      notStarted: 0,
      noRecord: 2,
      overdue: 3,
      completionRate: 0.25,
      notCounted: 1,
    });
    expect(data.lessons).toEqual([
      { id: 'a', title: 'a', track: 't1', required: true, completed: 1, inProgress: 1, notStarted: 2 },
      { id: 'b', title: 'b', track: 't2', required: true, completed: 1, inProgress: 0, notStarted: 3 },
      { id: 'c', title: 'c', track: 't2', required: false, completed: 1, inProgress: 0, notStarted: 3 },
    ]);
    expect(data.tracks).toEqual([
      { id: 't1', title: 't1', completionPct: 25 },
      { id: 't2', title: 't2', completionPct: 25 },
    ]);
    expect(data.unfinished).toEqual([{ id: 'a', count: 1 }]);
  });

  it('shows roster learners without any record as "no record"', () => {
    const empty = buildReport({ program, trackOf, roster, verdicts: [], now: Date.UTC(2027, 0, 1) });
    expect(empty.learners.every((l) => l.status === 'no-record' && !l.overdue && l.verification === null)).toBe(true);
    expect(empty.summary).toMatchObject({ learners: 4, noRecord: 4, completionRate: 0, notCounted: 0 });
  });
});
