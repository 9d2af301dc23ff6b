/** Progress entries for tests that start from a state rather than play the lessons through. */
import type { LessonProgress } from '../../src/core/progress/types.js';

/** A lesson whose current attempt was completed at `at` (ISO), without step results. */
export function completedProgress(at: string, stepsTotal = 5): LessonProgress {
  return {
    status: 'completed',
    lessonVersion: 1,
    stepsTotal,
    stepsDone: stepsTotal,
    results: [],
    startedAt: at,
    updatedAt: at,
    completedAt: at,
    activeMs: 1,
    mode: 'live',
  };
}

/** A lesson completed in ten minutes on 2 November 2026 (09:00 to 09:10 UTC), five steps, live unless told. */
export function tenMinuteLesson(overrides: Partial<LessonProgress> = {}): LessonProgress {
  return {
    status: 'completed',
    lessonVersion: 1,
    stepsTotal: 5,
    stepsDone: 5,
    results: [],
    startedAt: '2026-11-02T09:00:00.000Z',
    updatedAt: '2026-11-02T09:10:00.000Z',
    completedAt: '2026-11-02T09:10:00.000Z',
    activeMs: 600_000,
    mode: 'live',
    ...overrides,
  };
}
