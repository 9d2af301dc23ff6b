/**
 * The plan as an iCalendar file (RFC 5545), written with ical-generator: one event a session, with
 * the lesson's title, its minutes and the `coach start` command, in the system's time zone (with
 * its VTIMEZONE, from timezones-ical-library) so that Outlook, Google Calendar and Apple Calendar
 * place it at the same wall-clock time. A zone the library does not know is written in UTC instead,
 * which every calendar reads. ical-generator formats times in the process's own zone, which is
 * the system's: the zone named here.
 */
import { ICalCalendar } from 'ical-generator';
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';
import type { Plan } from '../core/daily/plan.js';
import type { Messages } from '../i18n/en.js';

/** What marks a calendar file as an earlier plan of ours (so writing a new plan may replace it). */
export const ICS_PRODUCT = { company: 'exec-coach', product: 'coach-plan' } as const;
export const isOurCalendar = (text: string): boolean =>
  text.startsWith('BEGIN:VCALENDAR') && text.includes(`PRODID:-//${ICS_PRODUCT.company}//${ICS_PRODUCT.product}//`);

/** Sequence numbers count minutes from here, so each plan written later outranks the earlier ones. */
const SEQUENCE_EPOCH = Date.UTC(2026, 0, 1);

export interface IcsView {
  t: Messages;
  lang: 'en' | 'fr';
  /** The system's IANA zone, if known. */
  zone: string | undefined;
  now: number;
  /** The instant the system clock shows `day` at hour:minute. */
  at: (day: string, hour: number, minute: number) => Date;
}

export function icsText(plan: Plan, v: IcsView): string {
  const zone =
    v.zone && v.zone !== 'UTC' && v.zone !== 'Etc/UTC' && (tzlib_get_timezones() as string[]).includes(v.zone)
      ? v.zone
      : undefined;
  const calendar = new ICalCalendar({
    name: v.t.plan.calendarName,
    prodId: { ...ICS_PRODUCT, language: v.lang.toUpperCase() },
  });
  // The calendar's own zone stays unset so DTSTAMP is written in UTC, as RFC 5545 wants; events carry the zone.
  if (zone) calendar.timezone({ name: null, generator: (tz) => vtimezone(tz) });
  const sequence = Math.max(0, Math.floor((v.now - SEQUENCE_EPOCH) / 60_000));
  for (const s of plan.sessions) {
    const start = v.at(s.day, plan.at.hour, plan.at.minute);
    const command = `coach start ${s.lesson.id}`;
    calendar.createEvent({
      // One event a lesson: a new plan moves it (a higher SEQUENCE) rather than adding a second one.
      id: `${s.lesson.id}@exec-coach`,
      sequence,
      start,
      end: new Date(start.getTime() + s.minutes * 60_000),
      stamp: new Date(v.now),
      summary: s.lesson.title,
      description: v.t.plan.event(s.lesson.minutes, command),
      ...(zone && { timezone: zone }),
    });
  }
  return calendar.toString();
}

function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone);
  return Array.isArray(block) && block[0] ? block[0] : null;
}
