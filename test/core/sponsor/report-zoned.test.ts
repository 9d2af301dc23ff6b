/** The calendar in a time zone, for the report's figures: days, ends of days, Monday weeks. */
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayFinder,
  dayIn,
  daysBetween,
  endOfDayIn,
  isTimeZone,
  mondayOf,
} from '../../../src/core/sponsor/zoned.js';

describe('zoned calendar', () => {
  it('ends a day at the last millisecond before the next one starts in the zone, on days the clocks change too', () => {
    expect(new Date(endOfDayIn('2027-03-31', 'UTC')).toISOString()).toBe('2027-03-31T23:59:59.999Z');
    expect(new Date(endOfDayIn('2027-03-31', 'Europe/Paris')).toISOString()).toBe('2027-03-31T21:59:59.999Z');
    // 28 March 2027: Paris moves from +1 to +2 at 02:00; the day ends at midnight +2.
    expect(new Date(endOfDayIn('2027-03-28', 'Europe/Paris')).toISOString()).toBe('2027-03-28T21:59:59.999Z');
    expect(new Date(endOfDayIn('2027-03-27', 'Europe/Paris')).toISOString()).toBe('2027-03-27T22:59:59.999Z');
    expect(new Date(endOfDayIn('2027-03-31', 'America/New_York')).toISOString()).toBe('2027-04-01T03:59:59.999Z');
    expect(new Date(endOfDayIn('2027-03-31', 'Asia/Kolkata')).toISOString()).toBe('2027-03-31T18:29:59.999Z');
    for (const zone of ['Europe/Paris', 'America/New_York', 'Pacific/Chatham', 'Asia/Kathmandu']) {
      const end = endOfDayIn('2027-11-07', zone);
      expect([dayIn(end, zone), dayIn(end + 1, zone)], zone).toEqual(['2027-11-07', '2027-11-08']);
    }
  });

  it('finds days fast (an offset per quarter hour) exactly as Intl does', () => {
    for (const zone of [
      'UTC',
      'Europe/Paris',
      'America/St_Johns',
      'Asia/Kathmandu',
      'Australia/Lord_Howe',
      'Pacific/Apia',
    ]) {
      const fast = dayFinder(zone);
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2028, 0, 1); t += 3_607_000)
        expect(fast(t), `${zone} ${new Date(t).toISOString()}`).toBe(dayIn(t, zone));
    }
  });

  it('puts the last millisecond of a local day and the first of the next on their own days (a day is kept per quarter hour)', () => {
    for (const zone of ['Europe/Paris', 'America/St_Johns', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Apia']) {
      const fast = dayFinder(zone);
      for (let day = '2026-12-25'; day < '2028-01-05'; day = addDays(day, 1)) {
        const last = endOfDayIn(day, zone);
        expect(fast(last), `${zone} ${day}`).toBe(day);
        expect(fast(last + 1), `${zone} ${day} + 1 ms`).toBe(addDays(day, 1));
      }
    }
  });

  it('starts weeks on Monday and counts whole days', () => {
    expect(['2027-03-01', '2027-03-04', '2027-03-07', '2027-03-08'].map(mondayOf)).toEqual([
      '2027-03-01',
      '2027-03-01',
      '2027-03-01',
      '2027-03-08',
    ]);
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
    expect(daysBetween('2027-03-31', '2027-04-02')).toBe(2);
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
  });

  it('knows IANA zones and nothing else', () => {
    expect(['UTC', 'Europe/Paris', 'America/Argentina/Buenos_Aires'].every(isTimeZone)).toBe(true);
    expect(['', 'Mars/Olympus_Mons', 'Europe/Pariss', '+25:00'].some(isTimeZone)).toBe(false);
  });
});
