/**
 * The rhythm the learner sees: on how many days of each recent week they practised, and the run
 * of weeks in a row with practice. A day counts when the day's practice was done or a review
 * question answered, on the calendar day recorded at the time (so a later change of time zone
 * moves nothing). The run ends at the latest active week and lasts while that week is this week
 * or the last one; a clock set back never shortens it. Pure.
 */
import type { DailyLog } from '../progress/types.js';
import { addDays, isoWeek, localDay, maxDay, weekStart, WESTMOST_OFFSET, type Clock } from './days.js';

export interface WeekCount {
  /** ISO week name, e.g. 2026-W48. */
  week: string;
  /** Its Monday (YYYY-MM-DD). */
  start: string;
  /** Days of that week with practice, 0 to 7. */
  days: number;
}

export interface Rhythm {
  /** The last `weeks` weeks, oldest first, ending with this week. */
  weeks: WeekCount[];
  /** Weeks in a row with practice, up to this week or the last one (0 when the run is broken). */
  currentRun: number;
  /** Days with the day's practice done. */
  practiceDays: number;
  /** Review questions answered, in all. */
  reviewsAnswered: number;
}

export function activeDays(daily: DailyLog): Set<string> {
  const days = new Set<string>();
  for (const p of daily.practice) if (p.doneAt) days.add(p.day);
  for (const list of Object.values(daily.reviews)) for (const a of list) days.add(a.day);
  return days;
}

export function rhythm(daily: DailyLog, clock: Clock, weeks = 8): Rhythm {
  const today = localDay(clock.now, clock.offsetMinutes);
  const active = activeDays(daily);
  const perWeek = new Map<string, number>();
  for (const day of active) perWeek.set(weekStart(day), (perWeek.get(weekStart(day)) ?? 0) + 1);
  const latest = [...perWeek.keys()].reduce((a, b) => maxDay(a, b), '');
  // A clock set back would put "this week" before weeks already lived: the row ends at the latest of the two.
  const last = maxDay(weekStart(today), latest);
  const row: WeekCount[] = [];
  for (let i = weeks - 1; i >= 0; i--) {
    const start = addDays(last, -7 * i);
    row.push({ week: isoWeek(start), start, days: perWeek.get(start) ?? 0 });
  }
  let run = 0;
  if (latest !== '' && latest >= addDays(weekStart(localDay(clock.now, WESTMOST_OFFSET)), -7)) {
    for (let w = latest; perWeek.has(w); w = addDays(w, -7)) run += 1;
  }
  const practiceDays = new Set(daily.practice.filter((p) => p.doneAt).map((p) => p.day)).size;
  const reviewsAnswered = Object.values(daily.reviews).reduce((n, list) => n + list.length, 0);
  return { weeks: row, currentRun: run, practiceDays, reviewsAnswered };
}
