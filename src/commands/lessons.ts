/** Lesson lookups shared by the commands: find by id with suggestions, pick the learner's language. */
import type { Context } from '../context.js';
import type { Catalog } from '../core/lessons/assemble.js';
import type { Lang, Lesson, LessonDoc, Track } from '../core/lessons/types.js';
import { issueText } from '../i18n/lesson-issues.js';
import { CoachError, EXIT } from '../core/errors.js';
import { closestIds } from '../core/progress/summary.js';
import type { Store } from '../core/progress/types.js';

/** The lesson with this id; an unknown id is a usage error with the closest ids suggested. */
export function findLesson(catalog: Catalog, id: string, lang: Lang = 'en'): Lesson {
  const lesson = catalog.lessons.find((l) => l.id === id);
  if (lesson) return lesson;
  const broken = catalog.broken.find((b) => b.id === id);
  if (broken) {
    const first = broken.issues.find((i) => i.severity === 'error') ?? broken.issues[0];
    throw new CoachError('lesson-broken', { id, file: broken.file, line: first?.line ?? 0, message: first ? issueText(lang, first) : '' });
  }
  const suggestions = closestIds(id, catalog.lessons.map((l) => l.id)).join(', ');
  throw new CoachError('lesson-unknown', { id, suggestions }, EXIT.usage);
}

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
