/**
 * The system's time zone, read where the coach runs (the daily loop and the calendar plan follow
 * the learner's clock). The only place that asks; core receives the offset as a number.
 */

/** How far ahead of UTC the system's time zone is at `at`, in minutes (Paris in winter: 60). */
export function utcOffsetMinutes(at: number): number {
  return -new Date(at).getTimezoneOffset();
}

/** The system's IANA time zone name (e.g. Europe/Paris), or undefined when the runtime cannot tell. */
export function systemTimeZone(): string | undefined {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
}

/** The instant at which the system's clock shows `day` (YYYY-MM-DD) at hour:minute, daylight saving included. */
export function wallClock(day: string, hour: number, minute: number): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hour, minute, 0, 0);
}
