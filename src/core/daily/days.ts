/**
 * Calendar days and weeks on the learner's clock, as plain YYYY-MM-DD keys. The daily loop keys
 * everything it records by the day the learner lived it (their time zone then), so that a later
 * change of time zone, or a clock set back, cannot make the same day come round twice. Pure.
 */
const DAY_MS = 86_400_000;

/** The learner's clock: the instant, and how far ahead of UTC their time zone is at that instant (minutes). */
export interface Clock {
  now: number;
  offsetMinutes: number;
}

/** The westernmost time zone in use (UTC-12): its day is the earliest calendar day anywhere at an instant. */
export const WESTMOST_OFFSET = -12 * 60;

/** The calendar day at `at` (ms) for a clock `offsetMinutes` ahead of UTC (Paris in winter: 60). */
export function localDay(at: number, offsetMinutes: number): string {
  return new Date(at + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** Minutes since midnight at `at` on that clock. */
export function minutesOfDay(at: number, offsetMinutes: number): number {
  return Math.floor(((((at + offsetMinutes * 60_000) % DAY_MS) + DAY_MS) % DAY_MS) / 60_000);
}

/** Midnight starting `day` on that clock, in ms since the epoch. */
export function dayStart(day: string, offsetMinutes: number): number {
  return Date.parse(`${day}T00:00:00Z`) - offsetMinutes * 60_000;
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/** 0 for Monday ... 6 for Sunday. */
export function weekday(day: string): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** The Monday that starts the (ISO) week of `day`. */
export function weekStart(day: string): string {
  return addDays(day, -weekday(day));
}

/** The ISO 8601 week name of `day`, e.g. 2026-W48 (the week's Thursday decides the year). */
export function isoWeek(day: string): string {
  const thursday = addDays(weekStart(day), 3);
  const year = thursday.slice(0, 4);
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export const maxDay = (a: string, b: string): string => (a > b ? a : b);
