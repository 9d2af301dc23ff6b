/**
 * An instant's wall-clock time in a zone, fast enough for a spreadsheet of 10,000 learners with
 * four dates each: Intl (through dates.ts) answers about 40,000 questions a second, 1 s for such
 * a CSV. A zone's offset changes at most once in any hour, so it is asked for at both ends of the
 * instant's UTC hour, once per hour and reused; only in an hour where the two differ (a
 * transition) is it asked for the instant itself.
 */
import { zonedParts } from './dates.js';

const HOUR = 3_600_000;
const cache = new Map<string, number>();

/** Minutes to add to UTC to get the zone's wall clock at `t` (whole minutes: Intl gives no seconds). */
function offsetAt(t: number, timeZone: string): number {
  const floor = t - (((t % 60_000) + 60_000) % 60_000);
  const p = zonedParts(new Date(floor).toISOString(), timeZone);
  return (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - floor) / 60_000;
}

function cachedOffset(hourStart: number, timeZone: string): number {
  const key = `${timeZone}|${hourStart}`;
  let offset = cache.get(key);
  if (offset === undefined) {
    // Bounded: a report's dates span a few years at most, but a long-running process should not grow without end.
    if (cache.size > 200_000) cache.clear();
    offset = offsetAt(hourStart, timeZone);
    cache.set(key, offset);
  }
  return offset;
}

/**
 * The wall-clock time of `iso` in `timeZone`, as the milliseconds of the same date and time in UTC
 * (read it back with getUTCFullYear(), getUTCHours()...). NaN for a text that is not a date.
 */
export function wallClockMs(iso: string, timeZone: string): number {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return Number.NaN;
  const start = t - (((t % HOUR) + HOUR) % HOUR);
  const before = cachedOffset(start, timeZone);
  const after = cachedOffset(start + HOUR, timeZone);
  return t + (before === after ? before : offsetAt(t, timeZone)) * 60_000;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "dd/mm/yyyy hh:mm" (French) or "yyyy-mm-dd hh:mm" (English), in the zone; the text as is when it is not a date. */
export function numericDateTime(iso: string, lang: 'en' | 'fr', timeZone: string): string {
  const ms = wallClockMs(iso, timeZone);
  if (Number.isNaN(ms)) return iso;
  const d = new Date(ms);
  const day =
    lang === 'fr'
      ? `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`
      : `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
