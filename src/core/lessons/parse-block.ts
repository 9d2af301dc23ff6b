/** The YAML block of a step (task, quiz, reflect or checklist), read and checked into a Block. Pure. */
import type { Block, LessonIssue } from './types.js';
import { parseYaml, validateYaml } from './yaml-lines.js';
import { compileUrlPattern } from '../evidence/links.js';
import { lessonIssue } from './issue.js';
import { checklistSchema, quizSchema, reflectSchema, taskSchema } from './schema.js';

export const BLOCK_KINDS = ['task', 'quiz', 'reflect', 'checklist'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

export function parseBlock(
  kind: BlockKind,
  text: string,
  file: string,
  baseLine: number,
): { value?: Block; issues: LessonIssue[] } {
  const parsed = parseYaml(text, file, baseLine);
  const what = `${kind} block`;
  switch (kind) {
    case 'task': {
      const r = validateYaml(parsed, taskSchema, file, baseLine, what);
      if (!r.value) return { issues: r.issues };
      const t = r.value;
      const issues = [...r.issues];
      if (t.pattern !== undefined) {
        const at =
          baseLine +
          Math.max(
            0,
            text.split('\n').findIndex((l) => l.startsWith('pattern:')),
          );
        // The very compilation the runner uses (RE2, linear time: nested repetition is harmless
        // there), so lint and runner agree on what a pattern means and whether it runs at all.
        try {
          compileUrlPattern(t.pattern);
        } catch (error) {
          issues.push(lessonIssue(file, at, 'pattern-invalid', { detail: (error as Error).message }));
        }
      }
      return {
        issues,
        value: {
          kind: 'task',
          evidence: t.evidence,
          count: t.count,
          draftOk: t.draft_ok,
          ...(t.prompt !== undefined && { prompt: t.prompt }),
          ...(t.min !== undefined && { min: t.min }),
          ...(t.max !== undefined && { max: t.max }),
          ...(t.min_lines !== undefined && { minLines: t.min_lines }),
          ...(t.length !== undefined && { length: t.length }),
          ...(t.warn !== undefined && { warn: t.warn }),
          ...(t.pattern !== undefined && { pattern: t.pattern }),
          ...(t.channel !== undefined && { channel: t.channel }),
          ...(t.example !== undefined && { example: t.example }),
        },
      };
    }
    case 'quiz': {
      const r = validateYaml(parsed, quizSchema, file, baseLine, what);
      if (!r.value) return { issues: r.issues };
      const q = r.value;
      return {
        issues: r.issues,
        value: {
          kind: 'quiz',
          question: q.question,
          choices: q.choices,
          answer: [q.answer].flat().sort(),
          explain: q.explain,
          ...(q.hint !== undefined && { hint: q.hint }),
        },
      };
    }
    case 'reflect': {
      const r = validateYaml(parsed, reflectSchema, file, baseLine, what);
      return r.value
        ? { issues: r.issues, value: { kind: 'reflect', prompt: r.value.prompt, optional: r.value.optional } }
        : { issues: r.issues };
    }
    case 'checklist': {
      const r = validateYaml(parsed, checklistSchema, file, baseLine, what);
      return r.value ? { issues: r.issues, value: { kind: 'checklist', items: r.value.items } } : { issues: r.issues };
    }
  }
}
