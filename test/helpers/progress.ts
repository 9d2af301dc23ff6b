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
