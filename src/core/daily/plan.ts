/**
 * `coach plan`: the lessons left, spread into one session a chosen day, at a chosen time, until
 * the programme's due date (four weeks without a programme). A session is 15 minutes, or as many
 * quarters of an hour as the lesson needs. Required lessons come first, then the others (optional
 * tracks last). Pure: calendar days and wall-clock times in, sessions out.
 */
import { CoachError, EXIT } from '../errors.js';
import type { Catalog } from '../lessons/assemble.js';
import { docIn } from '../lessons/choose.js';
import type { Lang } from '../lessons/types.js';
import { lessonDone, requiredLessons } from '../progress/next.js';
import type { Store } from '../progress/types.js';
import { addDays, weekday } from './days.js';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const DEFAULT_DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
export const SLOT_MINUTES = 15;
/** Without a programme: four weeks, today included. */
export const PLAN_DAYS_WITHOUT_PROGRAM = 28;

/** Day names accepted by --days: English and French, short or in full. */
const NAMES: Record<string, Weekday> = Object.fromEntries(
  [
    ['mon', 'monday', 'lun', 'lundi'],
    ['tue', 'tuesday', 'mar', 'mardi'],
    ['wed', 'wednesday', 'mer', 'mercredi'],
    ['thu', 'thursday', 'jeu', 'jeudi'],
    ['fri', 'friday', 'ven', 'vendredi'],
    ['sat', 'saturday', 'sam', 'samedi'],
    ['sun', 'sunday', 'dim', 'dimanche'],
  ].flatMap((names, i) => names.map((n) => [n, WEEKDAYS[i]!])),
);

export interface TimeOfDay {
  hour: number;
  minute: number;
}

/** `--at HH:MM` on a 24-hour clock (08:30, 8:30, 17:05); anything else is a usage error naming the flag. */
export function parseAt(value: string): TimeOfDay {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(value.trim());
  if (!m) throw new CoachError('plan-at-invalid', { value }, EXIT.usage);
  return { hour: Number(m[1]), minute: Number(m[2]) };
}

/** `--days mon,wed,fri` (or lun,mer,ven, or full names), in week order without repeats. */
export function parseDays(value: string): Weekday[] {
  const parts = value.split(',').map((d) => d.trim().toLowerCase());
  if (parts.some((d) => !(d in NAMES))) throw new CoachError('plan-days-invalid', { value }, EXIT.usage);
  return WEEKDAYS.filter((d) => parts.some((p) => NAMES[p] === d));
}

export const formatTime = (t: TimeOfDay): string =>
  `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;

export interface PlanLesson {
  id: string;
  title: string;
  minutes: number;
  required: boolean;
}

export interface Session {
  day: string;
  /** Length in minutes: whole quarters of an hour, enough for the lesson. */
  minutes: number;
  lesson: PlanLesson;
}

export interface Plan {
  sessions: Session[];
  /** Lessons left over: no session before `until`. */
  unplaced: PlanLesson[];
  until: string;
  days: Weekday[];
  at: TimeOfDay;
  /** The due date came from the learner's programme (else: four weeks). */
  program: boolean;
}

/** The lessons left, in the order they are planned: required first (in progress first), then the others, optional tracks last. */
export function lessonsToPlan(catalog: Pick<Catalog, 'lessons' | 'tracks'>, store: Store, lang: Lang): PlanLesson[] {
  const required = requiredLessons(store);
  const optional = new Set(catalog.tracks.filter((t) => t.optional).map((t) => t.id));
  const left = catalog.lessons.filter((l) => !lessonDone(store, l.id));
  const rank = (l: (typeof left)[number]) =>
    (required.has(l.id) ? 0 : optional.has(l.track) ? 2 : 1) * 2 +
    (store.lessons[l.id]?.status === 'in-progress' ? 0 : 1);
  return left
    .map((l, i) => ({ l, i }))
    .sort((a, b) => rank(a.l) - rank(b.l) || a.i - b.i)
    .map(({ l }) => {
      const { doc } = docIn(l, lang);
      return { id: l.id, title: doc.title, minutes: doc.minutes, required: required.has(l.id) };
    });
}

/**
 * One session on each chosen day from today (when the time has not passed yet) or tomorrow, to
 * `until` included, each lesson in order. `nowMinutes`: the time of day now, in minutes.
 */
export function planSessions(
  lessons: readonly PlanLesson[],
  o: { today: string; nowMinutes: number; until: string; days: readonly Weekday[]; at: TimeOfDay; program: boolean },
): Plan {
  const sessions: Session[] = [];
  const first = o.nowMinutes < o.at.hour * 60 + o.at.minute ? o.today : addDays(o.today, 1);
  let next = 0;
  for (let day = first; day <= o.until && next < lessons.length; day = addDays(day, 1)) {
    if (!o.days.includes(WEEKDAYS[weekday(day)]!)) continue;
    const lesson = lessons[next++]!;
    sessions.push({ day, minutes: Math.max(1, Math.ceil(lesson.minutes / SLOT_MINUTES)) * SLOT_MINUTES, lesson });
  }
  return { sessions, unplaced: lessons.slice(next), until: o.until, days: [...o.days], at: o.at, program: o.program };
}

/** The days to suggest when lessons do not fit: the chosen ones plus the weekdays, then the weekend. */
export function moreDays(days: readonly Weekday[]): Weekday[] | null {
  const more = WEEKDAYS.filter((d) => days.includes(d) || DEFAULT_DAYS.includes(d));
  if (more.length > days.length) return more;
  return days.length < WEEKDAYS.length ? [...WEEKDAYS] : null;
}
