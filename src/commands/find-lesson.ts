/** Finding a lesson by id for the commands that open one: with suggestions, and the reason a lesson cannot be read. */
import type { Catalog } from '../core/lessons/assemble.js';
import type { Lang, Lesson } from '../core/lessons/types.js';
import { CoachError, EXIT } from '../core/errors.js';
import { closestIds } from '../core/progress/summary.js';
import { issueText } from '../i18n/lesson-issues.js';

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

