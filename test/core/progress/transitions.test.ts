import { describe, expect, it } from 'vitest';
import {
  ACTIVE_CAP_MS,
  beginLesson,
  completeStep,
  quizScore,
  resetLessons,
} from '../../../src/core/progress/transitions.js';
import { emptyStore } from '../../../src/core/progress/types.js';
import type { LessonDoc } from '../../../src/core/lessons/types.js';

const T0 = Date.UTC(2026, 10, 26, 9);
const doc = (steps = 3, version = 1): LessonDoc => ({
  id: 'l',
  lang: 'en',
  file: 'l.en.md',
  title: 'L',
  minutes: 10,
  version,
  objective: 'O',
  network: false,
  steps: Array.from({ length: steps }, (_, i) => ({ title: `S${i}`, body: '', kind: 'reading' as const, line: i })),
});
const read = (at: number) => ({ kind: 'reading' as const, at: new Date(at).toISOString() });

describe('progress transitions', () => {
  it('starts a lesson at step 0 with the clock given', () => {
    const s = beginLesson(emptyStore(), doc(), T0);
    expect(s.lessons.l).toMatchObject({
      status: 'in-progress',
      stepsDone: 0,
      stepsTotal: 3,
      startedAt: '2026-11-26T09:00:00.000Z',
      mode: 'live',
    });
  });

  it('advances step by step, caps idle time, and completes into history', () => {
    let s = beginLesson(emptyStore(), doc(), T0);
    s = completeStep(s, 'l', 0, read(T0 + 60_000), 60_000, T0 + 60_000);
    s = completeStep(
      s,
      'l',
      1,
      { kind: 'quiz', at: '', firstTry: ['a'], correct: true, attempts: 1 },
      10 * ACTIVE_CAP_MS,
      T0 + 3_600_000,
    );
    expect(s.lessons.l).toMatchObject({ stepsDone: 2, status: 'in-progress', activeMs: 60_000 + ACTIVE_CAP_MS });
    s = completeStep(
      s,
      'l',
      2,
      { kind: 'task', at: '', evidence: 'linkedin-post', mode: 'draft', text: 'draft' },
      1000,
      T0 + 3_700_000,
    );
    expect(s.lessons.l).toMatchObject({
      status: 'completed',
      completedAt: new Date(T0 + 3_700_000).toISOString(),
      mode: 'draft',
    });
    expect(s.history.l).toEqual([
      {
        startedAt: new Date(T0).toISOString(),
        completedAt: new Date(T0 + 3_700_000).toISOString(),
        lessonVersion: 1,
        mode: 'draft',
        activeMs: 60_000 + ACTIVE_CAP_MS + 1000,
        quiz: { correct: 1, total: 1 },
      },
    ]);
  });
});

describe('progress transitions: resume, reset and scoring', () => {
  it('ignores a step another terminal already saved, and refuses to skip ahead', () => {
    let s = beginLesson(emptyStore(), doc(), T0);
    s = completeStep(s, 'l', 0, read(T0), 1, T0);
    expect(completeStep(s, 'l', 0, read(T0 + 5), 1, T0 + 5)).toBe(s);
    expect(() => completeStep(s, 'l', 2, read(T0), 1, T0)).toThrow(/not the next step/);
  });

  it('keeps an unfinished lesson when started again, within a changed lesson bounds', () => {
    let s = beginLesson(emptyStore(), doc(5), T0);
    for (let i = 0; i < 4; i++) s = completeStep(s, 'l', i, read(T0), 1, T0);
    expect(beginLesson(s, doc(5), T0 + 1)).toBe(s);
    const shorter = beginLesson(s, doc(3, 2), T0 + 1).lessons.l!;
    expect(shorter).toMatchObject({ stepsDone: 2, stepsTotal: 3, lessonVersion: 2 });
    expect(shorter.results).toHaveLength(2);
  });

  it('reset forgets the attempt but keeps the history', () => {
    let s = beginLesson(emptyStore(), doc(1), T0);
    s = completeStep(s, 'l', 0, read(T0), 1, T0);
    s = resetLessons(s, ['l']);
    expect(s.lessons.l).toBeUndefined();
    expect(s.history.l).toHaveLength(1);
  });

  it('scores quizzes on the first try only', () => {
    expect(
      quizScore({
        results: [
          read(0),
          { kind: 'quiz', at: '', firstTry: ['b'], correct: false, attempts: 2 },
          { kind: 'quiz', at: '', firstTry: ['a'], correct: true, attempts: 1 },
        ],
      }),
    ).toEqual({ correct: 1, total: 2 });
  });

  it('clears the review answers of a lesson done again, and keeps them while it is only resumed', () => {
    let s = beginLesson(emptyStore(), doc(1), T0);
    s = completeStep(s, 'l', 0, read(T0), 1000, T0);
    s = {
      ...s,
      daily: {
        practice: [],
        reviews: { l: [{ quiz: 1, day: '2026-11-27', at: '2026-11-27T09:00:00.000Z', correct: true }], other: [] },
      },
    };
    expect(beginLesson(s, doc(1), T0 + 86_400_000).daily.reviews).toEqual({ other: [] });
    const inProgress = { ...beginLesson(emptyStore(), doc(2), T0), daily: s.daily };
    expect(beginLesson(inProgress, doc(2), T0 + 1000).daily.reviews.l).toHaveLength(1);
  });
});
