/** The text a learner wrote earlier in a lesson (a post draft), to hand it back at the step that publishes it. */
import type { StepResult } from './types.js';

/**
 * The most recent text written in a text step of this attempt (a post drafted before the step that
 * publishes it), with its step number (1-based). A draft kept for another publishing step is not it.
 */
export function earlierText(results: readonly StepResult[]): { text: string; step: number } | undefined {
  for (let i = results.length - 1; i >= 0; i--) {
    const r = results[i]!;
    if (r.kind === 'task' && r.evidence === 'text' && r.text) return { text: r.text, step: i + 1 };
  }
  return undefined;
}
