/**
 * `coach plan`: sessions on the chosen days before the due date (four weeks without a programme),
 * required lessons first; the table; the iCalendar file read back with an independent parser
 * (ical.js), every event checked; too few days said with a suggestion; bad flags and a due date
 * already passed refused with exit 2 and nothing written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { run as plan } from '../../src/commands/plan/run.js';
import { addDays, localDay, weekday } from '../../src/core/daily/days.js';
import { CoachError } from '../../src/core/errors.js';
import type { Enrollment } from '../../src/core/sponsor/formats.js';
import { systemTimeZone, utcOffsetMinutes } from '../../src/io/clock.js';
import { T0, testContext, type TestContext } from '../helpers/context.js';

let ctx: TestContext;
afterEach(() => ctx.cleanup());
const today = localDay(T0, utcOffsetMinutes(T0));
const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

function enrolled(due: string, required: string[]): Enrollment {
  return {
    format: 'exec-coach.enrollment/1',
    id: '6f1c2b1e-8d3a-4c55-9f0e-2a7b4c1d9e11',
    program: { id: 'lead-2027', title: 'Leading on social', sponsor: { name: 'HR' }, required, due },
    learner: { id: 'emp-0042' },
    key: 'A'.repeat(43),
    issuedAt: '2026-11-01T08:00:00.000Z',
  } as Enrollment;
}

async function refused(run: Promise<unknown>, code: string): Promise<CoachError> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CoachError);
  expect((error as CoachError).code).toBe(code);
  expect((error as CoachError).exitCode).toBe(2);
  return error as CoachError;
}

describe('coach plan', () => {
  it('without a programme: one session a chosen day over four weeks, from tomorrow once the time has passed', async () => {
    ctx = testContext({ terminal: false, lessonDirs: [] });
    const r = (await plan(ctx, { days: 'mon,wed,fri', at: '08:30' }))!;
    expect(r.program).toBe(false);
    expect(r.until).toBe(addDays(today, 27));
    expect(r.sessions.length).toBe(12);
    for (const s of r.sessions) {
      expect(['mon', 'wed', 'fri']).toContain(WEEK[weekday(s.day)]);
      expect(s.day > today && s.day <= r.until).toBe(true);
      expect(s.minutes % 15).toBe(0);
    }
    expect(r.sessions[0]!.lesson.id).toBe('foundations-lead-by-example');
    expect(ctx.stderr.text).toContain('No programme: planned over the next four weeks.');
    expect(ctx.stderr.text).toContain('28 lessons do not fit before');
    expect(ctx.stderr.text).toContain('--days mon,tue,wed,thu,fri');
    expect(ctx.stdout.text.split('\n')[0]).toBe(
      `${r.sessions[0]!.day}\t08:30\t10\tfoundations-lead-by-example\t\tWhy leaders go first`,
    );
  });

  it('starts today when the time is still ahead, and puts the required lessons first', async () => {
    ctx = testContext({ terminal: true, lessonDirs: [] });
    await ctx.store.update((s) => ({
      ...s,
      enrollment: enrolled(addDays(today, 20), ['x-listen', 'security-lock-down']),
    }));
    const r = (await plan(ctx, { at: '23:59', days: WEEK.join(',') }))!;
    expect(r.sessions[0]!.day).toBe(today);
    expect(r.sessions.slice(0, 2).map((s) => s.lesson.id)).toEqual(['security-lock-down', 'x-listen']);
    expect(r.sessions.slice(0, 2).every((s) => s.lesson.required)).toBe(true);
    expect(ctx.stdout.text).toMatch(/Your plan: 21 lessons, on Mondays, Tuesdays,[\s\S]* and Sundays at 23:59/);
    expect(ctx.stdout.text).toMatch(/Lock down your accounts \*\n +coach start security-lock-down/);
    expect(ctx.stderr.text).toMatch(/19 lessons do not fit before [^,]*, even on every day of the\sweek/);
  });
});

describe('coach plan --ics', () => {
  it('writes an iCalendar file that an independent parser reads, every event checked', async () => {
    ctx = testContext({ terminal: false, lessonDirs: [] });
    const required = ['security-lock-down', 'linkedin-listen', 'x-listen'];
    const due = addDays(today, 14);
    await ctx.store.update((s) => ({ ...s, enrollment: enrolled(due, required) }));
    const file = path.join(ctx.home, 'plan.ics');
    const r = (await plan(ctx, { ics: file, days: 'mon,tue,wed,thu,fri', at: '07:45' }))!;
    expect(ctx.stdout.text.trim()).toBe(file);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/\r\n/); // RFC 5545 line endings
    const calendar = new ICAL.Component(ICAL.parse(text));
    const zone = systemTimeZone();
    const vtimezone = calendar.getFirstSubcomponent('vtimezone');
    if (vtimezone) ICAL.TimezoneService.register(vtimezone);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.length).toBe(r.sessions.length);
    const titles = new Map((await ctx.catalog()).lessons.map((l) => [l.id, l.docs.en!]));
    for (const [i, e] of events.entries()) {
      const s = r.sessions[i]!;
      const doc = titles.get(s.lesson.id)!;
      expect(e.summary).toBe(doc.title);
      expect(e.description).toBe(`${doc.minutes} min. In a terminal: coach start ${s.lesson.id}`);
      expect(e.uid).toBe(`${s.lesson.id}@exec-coach`);
      expect(e.sequence).toBe(Math.floor((T0 - Date.UTC(2026, 0, 1)) / 60_000));
      expect(e.startDate.toString().slice(0, 16)).toBe(`${s.day}T07:45`);
      if (vtimezone) expect(e.startDate.zone?.tzid).toBe(zone);
      expect((e.endDate.toJSDate().getTime() - e.startDate.toJSDate().getTime()) / 60_000).toBe(15);
      expect(e.startDate.toJSDate().getTime()).toBe(new Date(`${s.day}T07:45:00`).getTime());
      expect(e.startDate.toString().slice(0, 10) <= due).toBe(true);
    }
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//exec-coach//coach-plan//EN');
    expect(events.slice(0, 3).map((e) => e.summary)).toEqual([
      'Lock down your accounts',
      'Listen and follow',
      'Listen',
    ]);
    for (const id of required) expect(events.some((e) => e.description.endsWith(`coach start ${id}`))).toBe(true);
    // Planned again: the earlier plan is replaced; a file of something else never is.
    await plan(ctx, { ics: file, days: 'mon' });
    expect(
      new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8'))).getAllSubcomponents('vevent').length,
    ).toBeLessThan(events.length);
    const other = path.join(ctx.home, 'mine.ics');
    writeFileSync(other, 'BEGIN:VCALENDAR\r\nPRODID:-//Someone//Else//EN\r\nEND:VCALENDAR\r\n');
    const error = await plan(ctx, { ics: other }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as CoachError).code).toBe('file-exists');
    expect(readFileSync(other, 'utf8')).toContain('Someone');
  });
});

describe('coach plan refuses bad input', () => {
  it.each([
    ['--at 25:00', { at: '25:00' }, 'plan-at-invalid', '--at'],
    ['--at 8h30', { at: '8h30' }, 'plan-at-invalid', '--at'],
    ['--at empty', { at: '' }, 'plan-at-invalid', '--at'],
    ['--days mon,xyz', { days: 'mon,xyz' }, 'plan-days-invalid', '--days'],
    ['--days empty', { days: '' }, 'plan-days-invalid', '--days'],
    ['--days mon;wed', { days: 'mon;wed' }, 'plan-days-invalid', '--days'],
  ])('refuses %s: exit 2, the flag named, nothing written', async (_name, opts, code, flag) => {
    ctx = testContext({ terminal: false, lessonDirs: [] });
    const file = path.join(ctx.home, 'plan.ics');
    const error = await refused(plan(ctx, { ...opts, ics: file }), code);
    expect(ctx.t.errors[error.code as 'plan-at-invalid'](error.params as { value: string })).toContain(flag);
    expect(existsSync(file)).toBe(false);
    expect(ctx.stdout.text).toBe('');
  });

  it('refuses a programme whose due date has passed: exit 2, nothing written', async () => {
    ctx = testContext({ terminal: false, lessonDirs: [] });
    await ctx.store.update((s) => ({ ...s, enrollment: enrolled(addDays(today, -2), ['x-listen']) }));
    const file = path.join(ctx.home, 'plan.ics');
    const error = await refused(plan(ctx, { ics: file }), 'plan-due-passed');
    expect(ctx.t.errors['plan-due-passed'](error.params as { program: string; due: string })).toContain(
      'Leading on social',
    );
    expect(existsSync(file)).toBe(false);
  });

  it('accepts French day names, and says so when every lesson is done', async () => {
    ctx = testContext({ terminal: false, lang: 'fr' });
    const r = (await plan(ctx, { days: 'lun,mercredi', at: '7:05' }))!;
    expect(r.days).toEqual(['mon', 'wed']);
    expect(r.at).toEqual({ hour: 7, minute: 5 });
    expect(ctx.stderr.text).toContain('plan sur les quatre prochaines semaines');
  });
});
