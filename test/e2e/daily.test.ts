/**
 * The daily loop in a real terminal, on a moved clock: the built coach under Debian's `faketime`
 * in tmux, in Paris time. A lesson completed on Thursday; that evening `coach today` offers a
 * practice and no question (nothing is reviewed on the day it was learned); on Friday morning a
 * different practice, proved by a link of that day, and the lesson's review question; on Friday
 * evening nothing, and no question twice in the day. Every wait polls the screen.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, cleanEnv, coach, tempHome } from '../helpers/cli.js';
import { COURSE } from '../helpers/context.js';
import { linkFor } from '../helpers/links.js';
import { firstThreeSteps, lastThreeSteps } from '../helpers/demo-course.js';
import { TmuxSession } from '../helpers/tmux.js';

let home: string;
let cleanup: () => void;
let session: TmuxSession | undefined;
beforeEach(() => ({ home, cleanup } = tempHome()));
afterEach(() => {
  session?.kill();
  session = undefined;
  cleanup();
});

const PARIS = { TZ: 'Europe/Paris' };
/** The coach started at this wall-clock time in Paris (its clock then runs on from there). */
const at = (args: string[], paris: string) => {
  session?.kill();
  session = new TmuxSession([...args, '--lessons', COURSE], {
    home,
    env: PARIS,
    prefix: ['faketime', '-f', `@${paris}`],
  });
  return session;
};

describe('coach today in a real terminal, the clock moved with faketime', { timeout: 180_000 }, () => {
  it('offers a practice and, the next day, another one and that lesson review question, never twice a day', async () => {
    const lesson = at(['start', 'demo-basics'], '2026-11-26 09:00:00');
    await firstThreeSteps(lesson);
    await lastThreeSteps(lesson);
    expect(await lesson.exitCode()).toBe(0);

    // Thursday evening: the practice of the lesson just done, and no review question yet.
    const evening = at(['today'], '2026-11-26 18:00:00');
    await evening.waitFor('Today, Thursday 26 November');
    await evening.waitFor("Today's practice, 2 min, from “The basics”");
    await evening.waitFor('Have you done it?');
    evening.keys('Enter');
    await evening.waitFor('That is all for today');
    expect(evening.screen()).not.toContain('Which letter is right?');
    expect(await evening.exitCode()).toBe(0);

    // Friday morning: another practice, proved by a link posted that morning, then the review question.
    const friday = at(['today'], '2026-11-27 09:00:00');
    await friday.waitFor('Today, Friday 27 November');
    await friday.waitFor('Comment on one post by a colleague');
    await friday.waitFor('How do you want to record this?');
    friday.keys('Enter');
    await friday.waitFor('Paste the link to your LinkedIn comment');
    friday.type(linkFor('linkedin-comment', Date.parse('2026-11-27T07:30:00Z')));
    friday.keys('Enter');
    await friday.waitFor('Practice done');
    await friday.waitFor('Review question 1 of 1, from “The basics”');
    await friday.waitFor('Which letter is right?');
    friday.keys('Down', 'Enter');
    await friday.waitFor('B is the right one.');
    await friday.waitFor('1 of 1 review answer right');
    expect(await friday.exitCode()).toBe(0);

    // Friday evening: nothing left, nothing asked twice.
    const later = at(['today'], '2026-11-27 19:30:00');
    await later.waitFor('Nothing left for today');
    expect(await later.exitCode()).toBe(0);
    expect(later.screen()).not.toContain('Which letter is right?');
    expect(later.screen()).not.toContain('How do you want to record this?');

    const status = JSON.parse(coach(['status', '--json', '--lessons', COURSE], { home, env: PARIS }).stdout);
    expect(status.rhythm).toMatchObject({ practiceDays: 2, reviewsAnswered: 1 });
    expect(status.rhythm.weeks.at(-1)).toMatchObject({ week: expect.stringMatching(/^\d{4}-W\d{2}$/) });
  });
});

describe('coach plan --ics from the built coach', { timeout: 60_000 }, () => {
  it('writes a calendar that an independent parser imports, every required lesson before the due date, in Paris time', () => {
    const enrollment = {
      format: 'exec-coach.enrollment/1',
      id: '6f1c2b1e-8d3a-4c55-9f0e-2a7b4c1d9e11',
      program: {
        id: 'lead-2027',
        title: 'Leading on social',
        sponsor: { name: 'HR' },
        required: ['security-lock-down', 'linkedin-listen', 'x-listen', 'internal-network-join'],
        due: '2026-12-04',
      },
      learner: { id: 'emp-0042' },
      key: 'A'.repeat(43),
      issuedAt: '2026-11-01T08:00:00.000Z',
    };
    writeFileSync(
      path.join(home, 'progress.json'),
      JSON.stringify({
        schemaVersion: 3,
        settings: {},
        lessons: {},
        history: {},
        daily: { practice: [], reviews: {} },
        enrollment,
      }),
    );
    const file = path.join(home, 'plan.ics');
    const r = spawnSync(
      'faketime',
      [
        '-f',
        '@2026-11-26 09:00:00',
        process.execPath,
        BIN,
        'plan',
        '--ics',
        file,
        '--days',
        'mon,wed,fri',
        '--at',
        '07:30',
      ],
      { env: cleanEnv({ EXEC_COACH_HOME: home, ...PARIS }), encoding: 'utf8', timeout: 30_000 },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/Calendar written, 4 sessions/);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
    ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    // Fri 27, Mon 30 November, Wed 2, Fri 4 December, at 07:30 in Paris (06:30 UTC).
    expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual([
      '2026-11-27T06:30:00.000Z',
      '2026-11-30T06:30:00.000Z',
      '2026-12-02T06:30:00.000Z',
      '2026-12-04T06:30:00.000Z',
    ]);
    // The required lessons, in catalogue order.
    expect(events.map((e) => e.description.split(': ').pop())).toEqual(
      ['security-lock-down', 'linkedin-listen', 'internal-network-join', 'x-listen'].map((id) => `coach start ${id}`),
    );
    for (const e of events) {
      expect(e.startDate.zone?.tzid).toBe('Europe/Paris');
      expect(e.endDate.toJSDate().getTime() - e.startDate.toJSDate().getTime()).toBe(15 * 60_000);
      expect(e.endDate.toJSDate().getTime()).toBeLessThanOrEqual(Date.parse('2026-12-05T00:00:00Z'));
      expect(e.summary.length).toBeGreaterThan(3);
    }
  });
});
