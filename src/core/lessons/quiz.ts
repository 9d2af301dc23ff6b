/** Where a learner who answered a quiz wrongly should look: the lesson's own hint, or the step that teaches it. */
import type { LessonDoc, QuizBlock } from './types.js';

export type QuizHint = { kind: 'lesson'; text: string } | { kind: 'step'; step: number; title: string };

/** The lesson's `hint:` when it has one; otherwise the nearest step before the quiz that is not a quiz itself. */
export function quizHint(quiz: QuizBlock, doc: Pick<LessonDoc, 'steps'>, index: number): QuizHint {
  if (quiz.hint) return { kind: 'lesson', text: quiz.hint };
  for (let i = index - 1; i >= 0; i--) {
    const step = doc.steps[i]!;
    if (step.kind !== 'quiz') return { kind: 'step', step: i + 1, title: step.title };
  }
  return { kind: 'step', step: 1, title: doc.steps[0]?.title ?? '' };
}
