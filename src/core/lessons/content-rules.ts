/** Rules on what a lesson teaches, beyond its format (`coach lint`): pure checks of a parsed lesson. */
import { compileUrlPattern, type UrlPattern } from '../evidence/url-pattern.js';
import { lessonIssue } from './issue.js';
import { unknownSections } from './network.js';
import { proseFindings, straightApostrophes } from './prose-rules.js';
import type { LessonDoc, LessonIssue, Step, TaskBlock } from './types.js';

/** Each lesson has 3 to 6 steps and a quiz; network sections name known networks, and need `network: true`. */
export function contentIssues(doc: Pick<LessonDoc, 'file' | 'steps' | 'network' | 'practice'>): LessonIssue[] {
  const { file, steps, network } = doc;
  const issues: LessonIssue[] = [];
  if (steps.length < 3 || steps.length > 6) issues.push(lessonIssue(file, 0, 'step-count', { count: steps.length }));
  if (!steps.some((s) => s.kind === 'quiz')) issues.push(lessonIssue(file, 0, 'no-quiz'));
  for (const step of steps) {
    const unknown = unknownSections(step.body);
    if (unknown.length > 0) issues.push(lessonIssue(file, step.line, 'unknown-network', { names: unknown.join(', ') }));
    if (!network && step.body.split('\n').some((l) => /^:::/.test(l)))
      issues.push(lessonIssue(file, step.line, 'sections-need-network'));
    if (step.block?.kind === 'task' && typeof step.block.evidence !== 'string' && !network) {
      issues.push(lessonIssue(file, step.line, 'map-needs-network'));
    }
    if (step.block?.kind === 'task') issues.push(...exampleIssues(file, step, step.block));
  }
  for (const f of proseFindings(file, steps)) issues.push(lessonIssue(file, f.line, f.code, f.params));
  issues.push(...practiceIssues(doc));
  return issues;
}

/** Practices follow the tasks' rules: a map by network needs `network: true`; French text takes the typographic apostrophe. */
function practiceIssues(doc: Pick<LessonDoc, 'file' | 'network' | 'practice'>): LessonIssue[] {
  const issues: LessonIssue[] = [];
  for (const p of doc.practice ?? []) {
    if (typeof p.evidence !== 'string' && !doc.network) issues.push(lessonIssue(doc.file, p.line, 'map-needs-network'));
    const straight = /\.fr\.md$/i.test(doc.file) ? straightApostrophes(p.text) : [];
    if (straight.length > 0)
      issues.push(
        lessonIssue(doc.file, p.line, 'practice-apostrophe', { count: straight.length, example: straight[0]! }),
      );
  }
  return issues;
}

/** A `url` task with a pattern shows its own example when a link is refused: it must exist and match. */
function exampleIssues(file: string, step: Step, task: TaskBlock): LessonIssue[] {
  const kinds = typeof task.evidence === 'string' ? [task.evidence] : Object.values(task.evidence);
  if (!kinds.includes('url') || task.pattern === undefined) return [];
  if (task.example === undefined) return [lessonIssue(file, step.line, 'url-example-missing')];
  let pattern: UrlPattern;
  try {
    pattern = compileUrlPattern(task.pattern);
  } catch {
    return []; // the parser already reports a pattern that does not compile
  }
  return pattern.test(task.example)
    ? []
    : [lessonIssue(file, step.line, 'url-example-mismatch', { example: task.example })];
}

/** Lessons named in `requires` must exist in the catalogue the lesson ships with. */
export function requiresIssues(doc: Pick<LessonDoc, 'file' | 'requires'>, known: ReadonlySet<string>): LessonIssue[] {
  const unknown = (doc.requires ?? []).filter((id) => !known.has(id));
  return unknown.length > 0 ? [lessonIssue(doc.file, 0, 'requires-unknown', { ids: unknown.join(', ') })] : [];
}
