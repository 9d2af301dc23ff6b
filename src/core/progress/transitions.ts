/**
 * Progress transitions: pure functions from a store and a clock reading to a new store.
 * Nothing here touches the disk; src/io/store.ts saves the result after every step.
 */
import type { LessonDoc } from '../lessons/types.js';
import type { Completion, LessonProgress, Store, StepResult } from './types.js';

/** A step left open longer than this counts for this much: the learner was away, not learning. */
export const ACTIVE_CAP_MS = 15 * 60 * 1000;

const iso = (now: number) => new Date(now).toISOString();

/** Starts a lesson, or keeps an unfinished one; a completed lesson starts over (its completion stays in history). */
export function beginLesson(store: Store, doc: LessonDoc, now: number): Store {
  const current = store.lessons[doc.id];
  if (current && current.status === 'in-progress') {
    // The lesson file may have changed since: keep what was done, within the new bounds.
    const stepsTotal = doc.steps.length;
    const stepsDone = Math.min(current.stepsDone, stepsTotal - 1);
    if (stepsTotal === current.stepsTotal && current.lessonVersion === doc.version) return store;
    return withLesson(store, doc.id, {
      ...current,
      stepsTotal,
      stepsDone,
      results: current.results.slice(0, stepsDone),
      lessonVersion: doc.version,
    });
  }
  const fresh: LessonProgress = {
    status: 'in-progress',
    lessonVersion: doc.version,
    stepsTotal: doc.steps.length,
    stepsDone: 0,
    results: [],
    startedAt: iso(now),
    updatedAt: iso(now),
    completedAt: null,
    activeMs: 0,
    mode: 'live',
  };
  // A lesson done again is reviewed again from its new answers, as after `coach reset`.
  return withLesson(current ? withoutReviews(store, [doc.id]) : store, doc.id, fresh);
}

/** Records step `index` as done. Completing the last step completes the lesson and adds it to history. */
export function completeStep(
  store: Store,
  lessonId: string,
  index: number,
  result: StepResult,
  spentMs: number,
  now: number,
): Store {
  const current = store.lessons[lessonId];
  if (!current) throw new Error(`lesson ${lessonId} was not started`);
  // Another terminal may have completed this step already: what it saved stands.
  if (index < current.stepsDone || current.status === 'completed') return store;
  if (index > current.stepsDone)
    throw new Error(`step ${index + 1} of ${lessonId} is not the next step (${current.stepsDone + 1})`);
  const results = [...current.results.slice(0, index), result];
  const draft = result.kind === 'task' && result.mode === 'draft';
  const next: LessonProgress = {
    ...current,
    results,
    stepsDone: index + 1,
    updatedAt: iso(now),
    activeMs: current.activeMs + Math.max(0, Math.min(spentMs, ACTIVE_CAP_MS)),
    mode: draft ? 'draft' : current.mode,
  };
  if (next.stepsDone < next.stepsTotal) return withLesson(store, lessonId, next);
  const done: LessonProgress = { ...next, status: 'completed', completedAt: iso(now) };
  const completion: Completion = {
    startedAt: done.startedAt,
    completedAt: done.completedAt!,
    lessonVersion: done.lessonVersion,
    mode: done.mode,
    activeMs: done.activeMs,
    quiz: quizScore(done),
  };
  const updated = withLesson(store, lessonId, done);
  return {
    ...updated,
    history: { ...updated.history, [lessonId]: [...(updated.history[lessonId] ?? []), completion] },
  };
}

/** Starts lessons over; their history of past completions is kept. */
export function resetLessons(store: Store, ids: readonly string[]): Store {
  const lessons = { ...store.lessons };
  for (const id of ids) delete lessons[id];
  return { ...withoutReviews(store, ids), lessons };
}

/** Their review answers go with a reset: the questions come back on the schedule of the next completion. */
function withoutReviews(store: Store, ids: readonly string[]): Store {
  if (!ids.some((id) => store.daily.reviews[id])) return store;
  const reviews = { ...store.daily.reviews };
  for (const id of ids) delete reviews[id];
  return { ...store, daily: { ...store.daily, reviews } };
}

/** Quiz results on the first try, the only ones that count. */
export function quizScore(progress: Pick<LessonProgress, 'results'>): { correct: number; total: number } {
  const quizzes = progress.results.filter((r): r is Extract<StepResult, { kind: 'quiz' }> => r.kind === 'quiz');
  return { correct: quizzes.filter((q) => q.correct).length, total: quizzes.length };
}

function withLesson(store: Store, id: string, progress: LessonProgress): Store {
  return { ...store, lessons: { ...store.lessons, [id]: progress } };
}
