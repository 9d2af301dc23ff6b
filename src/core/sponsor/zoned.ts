/**
 * Calendar arithmetic in an IANA time zone, for the report's figures (days overdue, weeks).
 * Intl knows the zone rules; we only ask it for the wall-clock parts of an instant. Pure.
 */

const partsFormatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** True when Intl knows the zone (`--tz` is checked with this before any report is built). */
export function isTimeZone(zone: string): boolean {
  if (zone === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The system's zone, the report's default. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The wall-clock parts of an instant (ISO string or epoch ms) in the zone. */
export function zonedParts(instant: string | number, timeZone: string): ZonedParts {
  const parts = partsFormatter(timeZone).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar day (YYYY-MM-DD) of an instant in the zone. */
export function dayIn(instant: string | number, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** A day (YYYY-MM-DD) moved by n days (calendar arithmetic, no zone involved). */
export function addDays(day: string, n: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** The Monday of the week holding this day (weeks start on Monday, as in France and ISO 8601). */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** Whole days from day a to day b (b - a), both YYYY-MM-DD. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * The last instant (ms) of a calendar day in the zone: the first instant of the next day, minus one.
 * Found from the zone's offset around that time (twice, for days where the offset changes).
 */
export function endOfDayIn(day: string, timeZone: string): number {
  const next = Date.parse(`${addDays(day, 1)}T00:00:00Z`);
  let guess = next;
  for (let i = 0; i < 2; i++) guess = next - offsetAt(guess, timeZone);
  return guess - 1;
}

/** The zone's offset from UTC (ms) at an instant: wall clock minus UTC. */
function offsetAt(instant: number, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * dayIn for many instants: the zone's offset is looked up once per quarter of an hour (offsets
 * change on quarter-hour instants), so a report over 100,000 learners asks Intl a few times only.
 */
export function dayFinder(timeZone: string): (instant: string | number) => string {
  // A quarter of an hour never straddles a local midnight either (midnight falls on one of the
  // zone's quarter-hours), so each quarter of an hour has one day: it is kept, not its offset.
  const days = new Map<number, string>();
  return (instant) => {
    const ms = typeof instant === 'number' ? instant : Date.parse(instant);
    const bucket = Math.floor(ms / 900_000);
    let day = days.get(bucket);
    if (day === undefined) {
      const start = bucket * 900_000;
      days.set(bucket, (day = new Date(start + offsetAt(start, timeZone)).toISOString().slice(0, 10)));
    }
    return day;
  };
}
