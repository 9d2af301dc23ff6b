/** `coach lint` as text: one line a problem, with file and line, in the author's language. */
import path from 'node:path';
import type { LessonIssue } from '../core/lessons/types.js';
import type { Messages } from '../i18n/en.js';
import { issueText } from '../i18n/lesson-issues.js';
import type { Style } from './style.js';
import { stripControl } from './terminal-text.js';

export function lintLines(issues: readonly LessonIssue[], v: { t: Messages; style: Style; cwd: string }): string {
  return issues
    .map((i) => {
      const shown = i.file.startsWith(v.cwd + path.sep) ? path.relative(v.cwd, i.file) : i.file;
      const where = stripControl(i.line > 0 ? `${shown}:${i.line}` : shown); // file names can hold escape sequences too
      const label = i.severity === 'error' ? v.style.red(v.t.lint.error) : v.style.yellow(v.t.lint.warning);
      return `${where}: ${label}${v.t.common.colon} ${stripControl(issueText(v.t.lang, i))}\n`;
    })
    .join('');
}

/** The issues for other programs, each with its message in the author's language. */
export function lintJson(issues: readonly LessonIssue[], lang: 'en' | 'fr'): (LessonIssue & { message: string })[] {
  return issues.map((i) => ({ ...i, message: issueText(lang, i) }));
}
