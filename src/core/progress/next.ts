/**
 * What comes next, decided in one place for every screen (`start`, `status`, the home menu, the
 * end-of-lesson screen), so that two lines of one screen never disagree.
 */
import { byCodeUnit } from '../strings.js';
import type { Catalog } from '../lessons/assemble.js';
import type { Lesson } from '../lessons/types.js';
import type { Store } from './types.js';

/**
 * The lesson to suggest: the in-progress lesson touched most recently; else the first unfinished
 * lesson the programme requires; else the first unfinished lesson in catalogue order, the lessons
 * of optional tracks last. Null when every lesson is completed.
 */
export function nextLesson(catalog: Pick<Catalog, 'lessons' | 'tracks'>, store: Store): string | null {
  const required = requiredLessons(store);
  const inProgress = catalog.lessons
    .filter((l) => store.lessons[l.id]?.status === 'in-progress')
    .sort((a, b) => byCodeUnit(store.lessons[b.id]!.updatedAt, store.lessons[a.id]!.updatedAt));
  if (inProgress[0]) return inProgress[0].id;
  const unfinished = catalog.lessons.filter((l) => store.lessons[l.id]?.status !== 'completed');
  const optional = new Set(catalog.tracks.filter((t) => t.optional).map((t) => t.id));
  const pick =
    unfinished.find((l) => required.has(l.id)) ?? unfinished.find((l) => !optional.has(l.track)) ?? unfinished[0];
  return pick?.id ?? null;
}

/** A lesson counts as done once completed, even if started over since (its completion is in history). */
export function lessonDone(store: Store, id: string): boolean {
  return store.lessons[id]?.status === 'completed' || (store.history[id]?.length ?? 0) > 0;
}

/** Lessons the programme the learner joined requires (none before `coach enroll`). */
export function requiredLessons(store: Store): ReadonlySet<string> {
  return new Set(store.enrollment?.program.required ?? []);
}

/** The next lesson of one track for this learner (in progress first, then the first unfinished), for `coach start TRACK`. */
export function nextInTrack(lessons: readonly Lesson[], store: Store, track: string): string | null {
  const own = lessons.filter((l) => l.track === track);
  const inProgress = own
    .filter((l) => store.lessons[l.id]?.status === 'in-progress')
    .sort((a, b) => byCodeUnit(store.lessons[b.id]!.updatedAt, store.lessons[a.id]!.updatedAt));
  return (inProgress[0] ?? own.find((l) => store.lessons[l.id]?.status !== 'completed'))?.id ?? null;
}
