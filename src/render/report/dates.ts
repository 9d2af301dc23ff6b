/**
 * Dates and times as the report's reader reads them: in their language and time zone (`--tz`,
 * default the system's). JSON keeps ISO 8601 UTC for programs; every human format goes through here.
 * Intl does the work (the zone database and the calendar rules are Node's, not ours).
 */

import { zonedParts } from '../../core/sponsor/zoned.js';

export interface DateStyle {
  lang: 'en' | 'fr';
  /** An IANA zone, e.g. "Europe/Paris". */
  timeZone: string;
}

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(style: DateStyle, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${style.lang}|${style.timeZone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f)
    cache.set(
      key,
      (f = new Intl.DateTimeFormat(style.lang === 'fr' ? 'fr-FR' : 'en-GB', { timeZone: style.timeZone, ...options })),
    );
  return f;
}

// The zone arithmetic lives in core (the report's figures need it too); re-exported for the renderers.
export { isTimeZone, systemTimeZone, zonedParts } from '../../core/sponsor/zoned.js';
const pad = (n: number) => String(n).padStart(2, '0');

/** "dd/mm/yyyy" (French, and what French Excel reads as a date) or "yyyy-mm-dd" (English, unambiguous). */
export function numericDate(iso: string, style: DateStyle): string {
  const p = zonedParts(iso, style.timeZone);
  return style.lang === 'fr' ? `${pad(p.day)}/${pad(p.month)}/${p.year}` : `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** "hh:mm", 24-hour, in the zone. */
export function numericTime(iso: string, style: DateStyle): string {
  const p = zonedParts(iso, style.timeZone);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** A calendar date (YYYY-MM-DD, no time: a due date) in words: "30 June 2027", "30 juin 2027". */
export function longDay(day: string, lang: 'en' | 'fr'): string {
  return formatter({ lang, timeZone: 'UTC' }, { day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(`${day}T12:00:00Z`),
  );
}

/** An instant in words, in the zone: "1 December 2026, 20:46", "1 décembre 2026 à 20:46". */
export function longDateTime(iso: string, style: DateStyle): string {
  return formatter(style, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** An instant's date only, in words, in the zone: "1 Dec 2026", "1 déc. 2026". */
export function shortDate(iso: string, style: DateStyle): string {
  return formatter(style, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(iso));
}
