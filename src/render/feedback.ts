/** The writing coach's feedback as lines: the length, the feed's preview, one suggestion. */
import type { Feedback } from '../core/evidence/feedback.js';
import type { Messages } from '../i18n/en.js';
import type { Style } from './style.js';

export function lengthLine(t: Messages, m: Pick<Feedback, 'length' | 'limit' | 'unit'>): string {
  return m.unit === 'x' ? t.write.lengthX(m.length, m.limit ?? 280) : t.write.lengthChars(m.length, m.limit);
}

export function feedbackLines(t: Messages, f: Feedback, style: Style): string[] {
  const lines = [style.dim(lengthLine(t, f))];
  if (f.preview) {
    lines.push(style.dim(t.write.previewTitle), ...f.preview.shown.split('\n').map((l) => `  ${l}`));
    if (f.preview.more) lines.push(style.dim(`  ${t.write.seeMore}`));
  }
  if (f.suggestion) lines.push(style.yellow(suggestionText(t, f.suggestion)));
  return lines;
}

function suggestionText(t: Messages, s: NonNullable<Feedback['suggestion']>): string {
  switch (s.code) {
    case 'inside-information':
      return t.task.insideWarning(s.words);
    case 'opener':
      return t.write.suggestions.opener(s.opener);
    case 'first-line-long':
      return t.write.suggestions.firstLineLong(s.length);
    case 'no-question':
      return t.write.suggestions.noQuestion;
  }
}
