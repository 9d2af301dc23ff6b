/** Choosing among lessons: by id (with suggestions), in the learner's language, in their track. */
import { CoachError, EXIT } from '../errors.js';
import { closestIds } from '../strings.js';
import type { Catalog } from './assemble.js';
import type { Lang, Lesson, LessonDoc, Track } from './types.js';
import { PLATFORM_EVIDENCE_KINDS } from '../evidence/types.js';

/** The lesson in the learner's language, or in the other one when it has only that. */
export function docIn(lesson: Lesson, lang: Lang): { doc: LessonDoc; fallback: boolean } {
  const own = lesson.docs[lang];
  if (own) return { doc: own, fallback: false };
  const other = lesson.docs.en ?? lesson.docs.fr;
  if (!other) throw new CoachError('lesson-no-language', { id: lesson.id });
  return { doc: other, fallback: true };
}

export function titleIn(lesson: Lesson, lang: Lang): string {
  return (lesson.docs[lang] ?? lesson.docs.en ?? lesson.docs.fr)?.title ?? lesson.id;
}

export function trackOf(catalog: Pick<Catalog, 'tracks'>, lesson: Pick<Lesson, 'track'>): Track | undefined {
  return catalog.tracks.find((t) => t.id === lesson.track);
}

/**
 * The lesson with this id. A lesson that exists but cannot be read says why (its first error); an
 * unknown id is a usage error with the closest ids suggested.
 */
export function findLesson(catalog: Catalog, id: string): Lesson {
  const lesson = catalog.lessons.find((l) => l.id === id);
  if (lesson) return lesson;
  const broken = catalog.broken.find((b) => b.id === id);
  if (broken) {
    const first = broken.issues.find((i) => i.severity === 'error') ?? broken.issues[0];
    throw new CoachError('lesson-broken', {
      id,
      file: broken.file,
      line: first?.line ?? 0,
      issue: first ? { code: first.code, params: first.params } : null,
    });
  }
  const suggestions = closestIds(
    id,
    catalog.lessons.map((l) => l.id),
  ).join(', ');
  throw new CoachError('lesson-unknown', { id, suggestions }, EXIT.usage);
}

/** Whether a lesson asks for something published (a link on a platform): its summary says "published" or "drafted". */
export function publishes(doc: Pick<LessonDoc, 'steps'>): boolean {
  return doc.steps.some(
    (s) =>
      s.block?.kind === 'task' &&
      kindsOf(s.block.evidence).some((k) => (PLATFORM_EVIDENCE_KINDS as readonly string[]).includes(k)),
  );
}

function kindsOf(evidence: string | Partial<Record<string, string>>): string[] {
  return typeof evidence === 'string' ? [evidence] : Object.values(evidence).filter((k): k is string => Boolean(k));
}
