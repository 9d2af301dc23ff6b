/** What the learner and the commands see of progress: per-lesson status, track totals, what is next. */
import { byCodeUnit } from '../compare.js';
import type { Catalog } from '../lessons/assemble.js';
import type { Lesson } from '../lessons/types.js';
import type { LessonStatus, Mode, Store } from './types.js';

export interface LessonState {
  id: string;
  track: string;
  status: LessonStatus;
  stepsDone: number;
  stepsTotal: number;
  startedAt: string | null;
  completedAt: string | null;
  mode: Mode | null;
  required: boolean;
}

export function lessonState(lesson: Lesson, store: Store, required: ReadonlySet<string>): LessonState {
  const p = store.lessons[lesson.id];
  const doc = lesson.docs.en ?? lesson.docs.fr;
  const stepsTotal = doc?.steps.length ?? 0;
  return {
    id: lesson.id,
    track: lesson.track,
    status: p ? p.status : 'not-started',
    stepsDone: p ? Math.min(p.stepsDone, stepsTotal) : 0,
    stepsTotal,
    startedAt: p?.startedAt ?? null,
    completedAt: p?.completedAt ?? null,
    mode: p?.mode ?? null,
    required: required.has(lesson.id),
  };
}

/**
 * The lesson to suggest next: the unfinished lesson touched most recently; otherwise the first
 * not-started lesson, required ones first, in curriculum order, skipping optional tracks.
 */
export function nextLesson(catalog: Catalog, store: Store, required: ReadonlySet<string> = new Set()): string | null {
  const inProgress = catalog.lessons
    .filter((l) => store.lessons[l.id]?.status === 'in-progress')
    .sort((a, b) => byCodeUnit(store.lessons[b.id]!.updatedAt, store.lessons[a.id]!.updatedAt));
  if (inProgress[0]) return inProgress[0].id;
  const optional = new Set(catalog.tracks.filter((t) => t.optional).map((t) => t.id));
  const open = catalog.lessons.filter((l) => !store.lessons[l.id]);
  const pick = open.find((l) => required.has(l.id)) ?? open.find((l) => !optional.has(l.track));
  return pick?.id ?? null;
}

export interface TrackSummary {
  id: string;
  completed: number;
  total: number;
}

export function trackSummaries(catalog: Catalog, store: Store): TrackSummary[] {
  return catalog.tracks.map((t) => {
    const lessons = catalog.lessons.filter((l) => l.track === t.id);
    return { id: t.id, total: lessons.length, completed: lessons.filter((l) => store.lessons[l.id]?.status === 'completed').length };
  });
}

/** Lesson ids matching `query` most closely, for "did you mean" (edit distance, then prefix). */
export function closestIds(query: string, ids: readonly string[], max = 3): string[] {
  const scored = ids.map((id) => ({ id, d: id.includes(query) || query.includes(id) ? 0 : distance(query, id) }));
  const limit = Math.max(3, Math.floor(query.length / 2));
  return scored.filter((s) => s.d <= limit).sort((a, b) => a.d - b.d || byCodeUnit(a.id, b.id)).slice(0, max).map((s) => s.id);
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
