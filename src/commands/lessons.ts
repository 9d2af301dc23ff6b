/** Lesson helpers shared by the commands: the learner's language, titles, tracks, required lessons. */
import type { Context } from '../context.js';
import type { Catalog } from '../core/lessons/assemble.js';
import type { Lesson, LessonDoc, Track } from '../core/lessons/types.js';
import { CoachError } from '../core/errors.js';
import type { Store } from '../core/progress/types.js';

/** The lesson in the learner's language, or in the other one when it has only that. */
export function docFor(ctx: Context, lesson: Lesson): { doc: LessonDoc; fallback: boolean } {
  const own = lesson.docs[ctx.lang];
  if (own) return { doc: own, fallback: false };
  const other = lesson.docs.en ?? lesson.docs.fr;
  if (!other) throw new CoachError('lesson-no-language', { id: lesson.id });
  return { doc: other, fallback: true };
}

export function lessonTitle(ctx: Context, lesson: Lesson): string {
  return (lesson.docs[ctx.lang] ?? lesson.docs.en ?? lesson.docs.fr)?.title ?? lesson.id;
}

export function trackOf(catalog: Catalog, lesson: Lesson): Track | undefined {
  return catalog.tracks.find((t) => t.id === lesson.track);
}

/** Lessons required by the programme the learner joined (none before `coach enroll`). */
export function requiredLessons(store: Store): ReadonlySet<string> {
  return new Set(store.enrollment?.program.required ?? []);
}
