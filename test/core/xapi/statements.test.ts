import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  activityBase,
  buildStatement,
  isoDuration,
  MODE_EXTENSION,
  PROGRESS_EXTENSION,
  VERBS,
  type LearningEvent,
} from '../../../src/core/xapi/statements.js';
import { parseDuration, recordsFromStatements } from '../../../src/core/xapi/to-records.js';
import { checkStatement, SIGNATURE_EXTENSION } from '../../../src/core/xapi/signature.js';
import { learnerKey } from '../../../src/core/sponsor/sign.js';
import type { Enrollment } from '../../../src/core/sponsor/formats.js';

// The validator is CommonJS; its default export returns the list of problems (empty: valid).
const validate = (
  createRequire(import.meta.url)('@learninglocker/xapi-validation') as { default: (s: unknown) => unknown[] }
).default;

const AT = Date.UTC(2026, 10, 26, 9, 30);
const enrollment = (activityBase?: string): Enrollment => ({
  format: 'exec-coach.enrollment/1',
  id: '0b6f3c1e-7c7a-4d2f-9d7e-3b8f1f5a2c11',
  program: {
    id: 'comex-2027',
    title: 'Comex 2027',
    sponsor: {},
    required: ['security-lock-down'],
    due: '2027-03-31',
    lrs: {
      endpoint: 'https://lrs.example.com/xapi',
      username: 'coach',
      passwordEnv: 'EXEC_COACH_LRS_PASSWORD',
      ...(activityBase && { activityBase }),
    },
  },
  learner: { id: 'ceo-001', name: 'Claire Dubois' },
  key: 'A'.repeat(43),
  issuedAt: '2026-11-20T09:00:00.000Z',
});
const events: [string, LearningEvent][] = [
  ['launched', { type: 'launched', lessonId: 'security-lock-down' }],
  ['progressed', { type: 'progressed', lessonId: 'security-lock-down', stepsDone: 2, stepsTotal: 6 }],
  ['completed', { type: 'completed', lessonId: 'security-lock-down', durationMs: 754_000, mode: 'draft' }],
  ['passed', { type: 'quiz', lessonId: 'security-lock-down', step: 3, correct: true }],
  ['failed', { type: 'quiz', lessonId: 'security-lock-down', step: 4, correct: false }],
  ['completed (programme)', { type: 'program-completed', durationMs: 3_600_000 }],
];

describe('xAPI statements', () => {
  it.each(events)(
    '%s validates with @learninglocker/xapi-validation, with a URN base and with a URL base',
    (_name, event) => {
      for (const e of [enrollment(), enrollment('https://learning.example.com/programmes/comex-2027')]) {
        const s = buildStatement(event, e, { id: '6f9b1a36-5a4f-4c63-9a3a-9d7f2f0d4b11', at: AT, lang: 'fr' });
        expect(validate(s)).toEqual([]);
        expect(s.actor).toEqual({
          objectType: 'Agent',
          account: { homePage: expect.stringMatching(/^https:\/\//), name: 'ceo-001' },
        });
        expect(JSON.stringify(s)).not.toMatch(/mbox|Claire|Dubois/);
        expect(s.context).toMatchObject({ registration: e.id, language: 'fr' });
        expect(s.object.id.startsWith(activityBase(e))).toBe(true);
        expect(s.timestamp).toBe('2026-11-26T09:30:00.000Z');
      }
    },
  );
});

describe('xAPI statement content', () => {
  it('uses the ADL verbs, cmi5 progress, a scaled score and an ISO 8601 duration', () => {
    const [launched, progressed, completed, passed, failed, program] = events.map(([, e]) =>
      buildStatement(e, enrollment(), { id: '6f9b1a36-5a4f-4c63-9a3a-9d7f2f0d4b11', at: AT, lang: 'en' }),
    );
    expect(launched!.verb.id).toBe(VERBS.launched);
    expect(progressed!.result).toEqual({ extensions: { [PROGRESS_EXTENSION]: 33 } });
    expect(completed!.result).toEqual({ completion: true, duration: 'PT12M34S' });
    expect(completed!.context.extensions).toEqual({
      [MODE_EXTENSION]: 'draft',
      [SIGNATURE_EXTENSION]: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
    expect(passed!).toMatchObject({
      verb: { id: VERBS.passed },
      result: { success: true, score: { scaled: 1 } },
      object: { id: 'urn:exec-coach:program:comex-2027/lessons/security-lock-down/quiz/4' },
    });
    expect(failed!).toMatchObject({ verb: { id: VERBS.failed }, result: { success: false, score: { scaled: 0 } } });
    expect(program!).toMatchObject({
      verb: { id: VERBS.completed },
      object: {
        id: 'urn:exec-coach:program:comex-2027',
        definition: { type: 'http://adlnet.gov/expapi/activities/course' },
      },
    });
  });
});

describe('xAPI statements read back', () => {
  it('writes and reads durations', () => {
    expect([0, 999, 59_000, 3_600_000, 3_723_000].map(isoDuration)).toEqual([
      'PT0S',
      'PT1S',
      'PT59S',
      'PT1H',
      'PT1H2M3S',
    ]);
    expect(parseDuration('PT1H2M3S')).toBe(3_723_000);
    expect(parseDuration('P1D')).toBe(0);
  });

  it('reads statements back into the same completion record the learner would export', () => {
    const e = enrollment();
    let n = 0;
    const st = (event: LearningEvent, minutes: number) =>
      buildStatement(event, e, {
        id: `6f9b1a36-5a4f-4c63-9a3a-${String(n++).padStart(12, '0')}`,
        at: AT + minutes * 60_000,
        lang: 'en',
      });
    const statements = [
      st({ type: 'launched', lessonId: 'a' }, 0),
      st({ type: 'quiz', lessonId: 'a', step: 1, correct: false }, 2),
      st({ type: 'quiz', lessonId: 'a', step: 1, correct: true }, 3), // a retry: the first try counts
      st({ type: 'progressed', lessonId: 'a', stepsDone: 3, stepsTotal: 3 }, 5),
      st({ type: 'completed', lessonId: 'a', durationMs: 300_000, mode: 'live' }, 5),
      st({ type: 'launched', lessonId: 'b' }, 10),
      st({ type: 'progressed', lessonId: 'b', stepsDone: 1, stepsTotal: 4 }, 11),
    ];
    const [record] = recordsFromStatements(statements.reverse(), activityBase(e), 'comex-2027', '1.0.0', AT);
    expect(record!.learner.id).toBe('ceo-001');
    expect(record!.lessons).toEqual([
      {
        id: 'a',
        status: 'completed',
        startedAt: '2026-11-26T09:30:00.000Z',
        completedAt: '2026-11-26T09:35:00.000Z',
        mode: 'live',
        stepsDone: 100,
        stepsTotal: 100,
        quiz: { correct: 0, total: 1 },
        minutesSpent: 5,
      },
      {
        id: 'b',
        status: 'in-progress',
        startedAt: '2026-11-26T09:40:00.000Z',
        completedAt: null,
        mode: 'live',
        stepsDone: 25,
        stepsTotal: 100,
        quiz: { correct: 0, total: 0 },
        minutesSpent: 0,
      },
    ]);
  });
});

describe('statement signatures (issue 12, finding 3)', () => {
  const MASTER = Buffer.alloc(32, 9).toString('base64url');
  const e: Enrollment = { ...enrollment(), key: learnerKey(MASTER, 'ceo-001') };
  const s = buildStatement({ type: 'completed', lessonId: 'security-lock-down', durationMs: 60_000, mode: 'live' }, e, {
    id: '7d1e2b1e-8d3a-4c55-9f0e-2a7b4c1d9e11',
    at: Date.UTC(2027, 0, 5, 9, 0, 0, 7),
    lang: 'en',
  });

  it('is valid as written, and as an LRS returns it (stored, authority, version added)', () => {
    expect(s.timestamp).toBe('2027-01-05T09:00:00.007Z');
    expect(checkStatement(s, MASTER)).toBe('valid');
    expect(
      checkStatement(
        {
          ...s,
          stored: '2027-01-05T09:00:01.000Z',
          authority: { objectType: 'Agent', mbox: 'mailto:lrs@example.com' },
          version: '1.0.0',
        } as typeof s,
        MASTER,
      ),
    ).toBe('valid');
  });

  it("is invalid once anything else changes, or under another learner's name; unsigned without the extension", () => {
    expect(
      checkStatement({ ...s, actor: { ...s.actor, account: { ...s.actor.account, name: 'cfo-002' } } }, MASTER),
    ).toBe('invalid');
    expect(checkStatement({ ...s, timestamp: '2027-01-05T09:00:00.007+00:00' }, MASTER)).toBe('invalid');
    expect(checkStatement({ ...s, result: { completion: true, duration: 'PT59M' } }, MASTER)).toBe('invalid');
    expect(checkStatement(s, Buffer.alloc(32, 8).toString('base64url'))).toBe('invalid');
    const { [SIGNATURE_EXTENSION]: _sig, ...rest } = s.context.extensions!;
    expect(checkStatement({ ...s, context: { ...s.context, extensions: rest } }, MASTER)).toBe('unsigned');
  });
});
