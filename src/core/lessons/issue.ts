/**
 * Problems found in lesson files, as codes with parameters: the core says what is wrong, the
 * interface (src/i18n/lesson-issues.ts) says it in the reader's language when it is shown.
 */
import type { LessonIssue } from './types.js';

export const LESSON_ISSUE_CODES = [
  'too-large',
  'control-character',
  'no-front-matter',
  'front-matter-open',
  'no-step',
  'block-outside-step',
  'two-blocks',
  'text-before-step',
  'fence-open',
  'pattern-invalid',
  'yaml-unreadable',
  'yaml-error',
  'yaml-alias',
  'field-invalid',
  'folder-name',
  'track-id-mismatch',
  'not-a-lesson-file',
  'track-defined-twice',
  'no-track-yaml',
  'duplicate-id',
  'missing-language',
  'parity-minutes',
  'parity-version',
  'parity-network',
  'parity-steps',
  'parity-kind',
  'parity-block',
  'step-count',
  'no-quiz',
  'unknown-network',
  'sections-need-network',
  'map-needs-network',
  'requires-unknown',
  'parity-requires',
  'url-example-missing',
  'url-example-mismatch',
  'step-too-long',
  'straight-apostrophe',
  'parity-practice',
  'practice-apostrophe',
] as const;
export type LessonIssueCode = (typeof LESSON_ISSUE_CODES)[number];
export type IssueParams = Record<string, string | number>;

export function lessonIssue(
  file: string,
  line: number,
  code: LessonIssueCode,
  params: IssueParams = {},
  severity: LessonIssue['severity'] = 'error',
): LessonIssue {
  return { file, line, severity, code, params };
}
