/**
 * The learning events a saved step makes (for the xAPI queue), from the store before and after the
 * save: nothing when the step had already been saved (by another terminal), so nothing is sent twice.
 */
import type { LearningEvent } from '../xapi/statements.js';
import { lessonDone as done, requiredLessons } from './next.js';
import type { StepResult, Store } from './types.js';

export function stepEvents(
  before: Store,
  after: Store,
  lessonId: string,
  index: number,
  outcome: StepResult,
): LearningEvent[] {
  const was = before.lessons[lessonId];
  const p = after.lessons[lessonId];
  if (!p || (was && was.stepsDone >= p.stepsDone && was.status === p.status)) return [];
  const events: LearningEvent[] = [{ type: 'progressed', lessonId, stepsDone: p.stepsDone, stepsTotal: p.stepsTotal }];
  if (outcome.kind === 'quiz') events.push({ type: 'quiz', lessonId, step: index, correct: outcome.correct });
  if (p.status !== 'completed' || was?.status === 'completed') return events;
  events.push({ type: 'completed', lessonId, durationMs: p.activeMs, mode: p.mode });
  const required = [...requiredLessons(after)];
  if (required.length > 0 && required.every((l) => done(after, l)) && !required.every((l) => done(before, l))) {
    const durationMs = required.reduce(
      (n, l) => n + (after.lessons[l]?.activeMs ?? after.history[l]?.at(-1)?.activeMs ?? 0),
      0,
    );
    events.push({ type: 'program-completed', durationMs });
  }
  return events;
}
