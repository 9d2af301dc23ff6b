/** Rules on what a lesson teaches, beyond its format (`coach lint`): pure checks of a parsed lesson. */
import { lessonIssue } from './issue.js';
import { unknownSections } from './network.js';
import type { LessonDoc, LessonIssue } from './types.js';

/** Each lesson has 3 to 6 steps and a quiz; network sections name known networks, and need `network: true`. */
export function contentIssues(doc: Pick<LessonDoc, 'file' | 'steps' | 'network'>): LessonIssue[] {
  const { file, steps, network } = doc;
  const issues: LessonIssue[] = [];
  if (steps.length < 3 || steps.length > 6) issues.push(lessonIssue(file, 0, 'step-count', { count: steps.length }));
  if (!steps.some((s) => s.kind === 'quiz')) issues.push(lessonIssue(file, 0, 'no-quiz'));
  for (const step of steps) {
    const unknown = unknownSections(step.body);
    if (unknown.length > 0) issues.push(lessonIssue(file, step.line, 'unknown-network', { names: unknown.join(', ') }));
    if (!network && step.body.split('\n').some((l) => /^:::/.test(l))) issues.push(lessonIssue(file, step.line, 'sections-need-network'));
    if (step.block?.kind === 'task' && typeof step.block.evidence !== 'string' && !network) {
      issues.push(lessonIssue(file, step.line, 'map-needs-network'));
    }
  }
  return issues;
}
