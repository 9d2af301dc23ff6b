/** `coach notes` as text (terminal) or Markdown (`--format md`), in the learner's language. */
import type { LessonNotes } from '../core/progress/notes.js';
import type { Messages } from '../i18n/en.js';
import { wrapMessage } from './editor.js';
import type { Style } from './style.js';

const day = (iso: string, lang: string) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(Date.parse(iso));

export function notesText(lessons: readonly LessonNotes[], v: { t: Messages; style: Style; width: number }): string {
  const { t, style: s } = v;
  if (lessons.length === 0) return `${wrapMessage(t.notes.none, v.width, 0)}\n`;
  const lines: string[] = [];
  for (const lesson of lessons) {
    lines.push(s.bold(lesson.title), '');
    for (const n of lesson.notes) {
      lines.push(s.dim(`  ${day(n.at, t.lang)} · ${t.notes.kinds[n.kind]} · ${t.notes.step(n.step, n.stepTitle)}`));
      for (const para of n.text.split('\n')) lines.push(para === '' ? '' : `    ${wrapMessage(para, v.width - 4, 4)}`);
      lines.push('');
    }
  }
  return lines.map((l) => `${l}\n`).join('');
}

export function notesMarkdown(lessons: readonly LessonNotes[], t: Messages): string {
  const parts = [`# ${t.notes.title}`];
  if (lessons.length === 0) parts.push(t.notes.none);
  for (const lesson of lessons) {
    parts.push(`## ${lesson.title}`);
    for (const n of lesson.notes)
      parts.push(`### ${day(n.at, t.lang)} · ${t.notes.kinds[n.kind]} · ${n.stepTitle}`, n.text);
  }
  return `${parts.join('\n\n')}\n`;
}
