/**
 * `coach notes [LESSON] [--format md]`: the learner's own reflections and texts, by lesson and date,
 * to come back to. Private: no output meant for the sponsor ever carries them.
 */
import type { Context } from '../../context.js';
import { findLesson } from '../../core/lessons/choose.js';
import { notesOf, type LessonNotes } from '../../core/progress/notes.js';
import { notesMarkdown, notesText } from '../../render/notes.js';

export async function run(ctx: Context, opts: { lesson?: string; format?: 'text' | 'md' }): Promise<LessonNotes[]> {
  const catalog = await ctx.catalog();
  if (opts.lesson) findLesson(catalog, opts.lesson); // an unknown id is refused with suggestions
  const notes = notesOf(catalog, ctx.store.read(), ctx.lang, opts.lesson);
  ctx.stdout.write(
    opts.format === 'md'
      ? notesMarkdown(notes, ctx.t)
      : notesText(notes, { t: ctx.t, style: ctx.style.out, width: ctx.width }),
  );
  return notes;
}
