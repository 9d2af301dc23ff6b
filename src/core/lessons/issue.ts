/** Builds a lesson issue from its code: the English text now, any language when shown. */
import { englishIssue, type LessonIssueCode } from '../../i18n/lesson-issues.js';
import type { LessonIssue } from './types.js';

export function lessonIssue(file: string, line: number, code: LessonIssueCode, params: Record<string, string | number> = {}, severity: LessonIssue['severity'] = 'error'): LessonIssue {
  return { file, line, message: englishIssue(code, params), severity, code, params };
}
