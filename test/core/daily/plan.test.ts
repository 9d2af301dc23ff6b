/** The plan's rules: flags read strictly, sessions on the chosen days up to the due date, longer lessons in whole quarters. */
import { describe, expect, it } from 'vitest';
import { moreDays, parseAt, parseDays, planSessions, type PlanLesson } from '../../../src/core/daily/plan.js';
import { CoachError } from '../../../src/core/errors.js';

const lessons = (n: number, minutes = 10): PlanLesson[] =>
  Array.from({ length: n }, (_, i) => ({ id: `l-${i}`, title: `L${i}`, minutes, required: i < 2 }));

describe('plan rules', () => {
  it('reads --at on a 24-hour clock and refuses the rest with exit 2', () => {
    expect(parseAt('08:30')).toEqual({ hour: 8, minute: 30 });
    expect(parseAt('7:05')).toEqual({ hour: 7, minute: 5 });
    expect(parseAt('23:59')).toEqual({ hour: 23, minute: 59 });
    for (const bad of ['24:00', '12:60', '8.30', '0830', '-1:00', ' ', '8:5', '08:30:00']) {
      expect(() => parseAt(bad), bad).toThrow(CoachError);
      try {
        parseAt(bad);
      } catch (e) {
        expect((e as CoachError).exitCode).toBe(2);
      }
    }
  });
  it('reads --days in English or French, short or full, in week order without repeats', () => {
    expect(parseDays('fri,mon,wed,mon')).toEqual(['mon', 'wed', 'fri']);
    expect(parseDays('Lundi, MER ,vendredi')).toEqual(['mon', 'wed', 'fri']);
    expect(parseDays('sun')).toEqual(['sun']);
    for (const bad of ['', 'mon,,wed', 'monday;tuesday', 'weekdays', 'mo'])
      expect(() => parseDays(bad), bad).toThrow(CoachError);
  });
  it('puts one session on each chosen day until the due day included; a 20-minute lesson takes half an hour', () => {
    // 2026-11-26 is a Thursday.
    const plan = planSessions(lessons(4, 20), {
      today: '2026-11-26',
      nowMinutes: 9 * 60,
      until: '2026-12-07',
      days: ['mon', 'thu'],
      at: { hour: 8, minute: 30 },
      program: true,
    });
    expect(plan.sessions.map((s) => [s.day, s.minutes])).toEqual([
      ['2026-11-30', 30],
      ['2026-12-03', 30],
      ['2026-12-07', 30],
    ]);
    expect(plan.unplaced.map((l) => l.id)).toEqual(['l-3']);
    const early = planSessions(lessons(1), {
      today: '2026-11-26',
      nowMinutes: 8 * 60,
      until: '2026-12-07',
      days: ['thu'],
      at: { hour: 8, minute: 30 },
      program: true,
    });
    expect(early.sessions.map((s) => [s.day, s.minutes])).toEqual([['2026-11-26', 15]]);
  });
  it('suggests the weekdays, then every day, then nothing more', () => {
    expect(moreDays(['sat'])).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
    expect(moreDays(['mon', 'tue', 'wed', 'thu', 'fri'])).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
    expect(moreDays(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])).toBeNull();
  });
});
