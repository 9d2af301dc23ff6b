/**
 * Dates and times as the report's reader reads them: in their language and time zone (`--tz`,
 * default the system's). JSON keeps ISO 8601 UTC for programs; every human format goes through here.
 * Intl does the work (the zone database and the calendar rules are Node's, not ours).
 */

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

/** True when Intl knows the zone (`--tz` is checked with this before any report is built). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The parts of an instant in the zone: year, month, day, hour, minute (numbers). */
export function zonedParts(
  iso: string,
  timeZone: string,
): { year: number; month: number; day: number; hour: number; minute: number } {
  const parts = formatter(
    { lang: 'en', timeZone },
    { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  ).formatToParts(new Date(iso));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

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

/** The system's zone, as the report's default. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
