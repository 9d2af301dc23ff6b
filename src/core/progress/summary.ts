/**
 * What the learner sees of progress, as data for `list`, `status` and the home menu: per-lesson
 * status, track totals, the programme line, what is next. Pure: catalogue, store, language, clock.
 */
import { CoachError, EXIT } from '../errors.js';
import type { Catalog } from '../lessons/assemble.js';
import { titleIn } from '../lessons/choose.js';
import type { Lang, Lesson } from '../lessons/types.js';
import { daysLeft } from '../sponsor/dates.js';
import { nextLesson, requiredLessons } from './next.js';
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

export interface TrackLine {
  id: string;
  title: string;
  optional: boolean;
  completed: number;
  total: number;
}

export function trackLines(catalog: Pick<Catalog, 'tracks' | 'lessons'>, store: Store, lang: Lang): TrackLine[] {
  return catalog.tracks.map((t) => {
    const lessons = catalog.lessons.filter((l) => l.track === t.id);
    const completed = lessons.filter((l) => store.lessons[l.id]?.status === 'completed').length;
    return { id: t.id, title: t.title[lang], optional: t.optional, completed, total: lessons.length };
  });
}

export interface ProgramLine {
  id: string;
  title: string;
  due: string;
  daysLeft: number;
}

export function programLine(store: Store, now: number): ProgramLine | null {
  const p = store.enrollment?.program;
  return p ? { id: p.id, title: p.title, due: p.due, daysLeft: daysLeft(p.due, now) } : null;
}

export interface ListItem {
  id: string;
  track: string;
  title: string;
  minutes: number;
  status: LessonStatus;
  required: boolean;
}

/** `coach list`: the catalogue (or one track of it) with the learner's status. */
export interface ListData {
  items: ListItem[];
  tracks: TrackLine[];
  program: ProgramLine | null;
}

export function listData(
  catalog: Catalog,
  store: Store,
  opts: { lang: Lang; now: number; track?: string | undefined },
): ListData {
  if (opts.track && !catalog.tracks.some((t) => t.id === opts.track)) {
    throw new CoachError(
      'track-unknown',
      { track: opts.track, tracks: catalog.tracks.map((t) => t.id).join(', ') },
      EXIT.usage,
    );
  }
  const required = requiredLessons(store);
  const items = catalog.lessons
    .filter((l) => !opts.track || l.track === opts.track)
    .map((l) => {
      const doc = l.docs[opts.lang] ?? l.docs.en ?? l.docs.fr;
      const state = lessonState(l, store, required);
      return {
        id: l.id,
        track: l.track,
        title: titleIn(l, opts.lang),
        minutes: doc?.minutes ?? 0,
        status: state.status,
        required: state.required,
      };
    });
  return { items, tracks: trackLines(catalog, store, opts.lang), program: programLine(store, opts.now) };
}

/** `coach status --json`: the shape the README documents (and other programs read). */
export interface StatusData {
  learner: { id: string; name: string | null } | null;
  program: ProgramLine | null;
  summary: { completed: number; total: number; requiredCompleted: number; requiredTotal: number };
  lessons: LessonState[];
  next: string | null;
}

export function statusData(catalog: Catalog, store: Store, now: number): StatusData {
  const required = requiredLessons(store);
  const lessons = catalog.lessons.map((l) => lessonState(l, store, required));
  const done = (list: LessonState[]) => list.filter((l) => l.status === 'completed').length;
  const req = lessons.filter((l) => l.required);
  const e = store.enrollment;
  return {
    learner: e ? { id: e.learner.id, name: e.learner.name ?? null } : null,
    program: programLine(store, now),
    summary: {
      completed: done(lessons),
      total: lessons.length,
      requiredCompleted: done(req),
      requiredTotal: req.length,
    },
    lessons,
    next: nextLesson(catalog, store),
  };
}

/** What a terminal shows beyond the JSON: track bars and the lessons in progress, by title. */
export interface StatusDetails {
  tracks: TrackLine[];
  inProgress: { id: string; title: string; stepsDone: number; stepsTotal: number }[];
}

export function statusDetails(catalog: Catalog, store: Store, data: StatusData, lang: Lang): StatusDetails {
  const titles = new Map(catalog.lessons.map((l) => [l.id, titleIn(l, lang)]));
  const inProgress = data.lessons
    .filter((l) => l.status === 'in-progress')
    .map((l) => ({ id: l.id, title: titles.get(l.id) ?? l.id, stepsDone: l.stepsDone, stepsTotal: l.stepsTotal }));
  return { tracks: trackLines(catalog, store, lang), inProgress };
}
