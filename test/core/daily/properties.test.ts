/**
 * The daily loop's promises as properties (fast-check, fixed seed): a learner answering whatever
 * is due, on a clock that jumps forward and back and across time zones, is never asked the same
 * question twice on one calendar day, nor more than three a day; an interval never shrinks after a
 * right answer; a reset lesson comes back from the start; the practice changes from one day to the
 * next; and neither a time-zone change nor a clock set back breaks the run of weeks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, localDay } from '../../../src/core/daily/days.js';
import { todaysPractice, type PoolItem } from '../../../src/core/daily/practice.js';
import { offerPractice, practiceDone, recordReview } from '../../../src/core/daily/record.js';
import { REVIEWS_PER_DAY, schedule } from '../../../src/core/daily/review.js';
import { rhythm } from '../../../src/core/daily/rhythm.js';
import { reviewItems, todayPlan } from '../../../src/core/daily/today.js';
import { resetLessons } from '../../../src/core/progress/transitions.js';
import type { Store } from '../../../src/core/progress/types.js';
import { catalog, completed, DAY, fresh, lesson } from './fixtures.js';

const SEED = 20_261_126;
const T0 = Date.UTC(2026, 10, 26, 9, 0);
/** Offsets in use on Earth, from UTC-12 to UTC+14, in quarter hours. */
const offset = fc.integer({ min: -48, max: 56 }).map((q) => q * 15);
/** A move of the clock: mostly forward by hours or days, sometimes back by up to three days. */
const move = fc
  .oneof(
    fc.integer({ min: 1, max: 36 * 60 }),
    fc.integer({ min: 1, max: 9 * 24 * 60 }),
    fc.integer({ min: -3 * 24 * 60, max: -1 }),
  )
  .map((m) => m * 60_000);
const LESSONS = [lesson('a', 2), lesson('b', 1), lesson('c', 3)];
const CATALOG = catalog(LESSONS);

/** Answers every question due at each reading of the clock; returns the store and the days each question was asked on. */
function live(
  steps: { move: number; offset: number; right: boolean[] }[],
  start: Store,
): { store: Store; asked: Map<string, string[]>; perDay: Map<string, number> } {
  let store = start;
  let now = T0;
  const asked = new Map<string, string[]>();
  const perDay = new Map<string, number>();
  for (const step of steps) {
    now += step.move;
    const clock = { now, offsetMinutes: step.offset };
    const plan = todayPlan(CATALOG, store, 'en', clock);
    plan.reviews.forEach((r, i) => {
      store = recordReview(
        store,
        { lesson: r.lesson, quiz: r.quiz, day: plan.day, correct: step.right[i % step.right.length] ?? true },
        now,
      );
      const key = `${r.lesson}/${r.quiz}`;
      asked.set(key, [...(asked.get(key) ?? []), plan.day]);
      perDay.set(plan.day, (perDay.get(plan.day) ?? 0) + 1);
    });
    // Straight after answering, on the same clock, nothing is due any more.
    expect(todayPlan(CATALOG, store, 'en', clock).reviews).toEqual([]);
  }
  return { store, asked, perDay };
}

const steps = fc.array(fc.record({ move, offset, right: fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }) }), {
  minLength: 1,
  maxLength: 60,
});
const started = LESSONS.reduce((s, l, i) => completed(s, l, T0 - i * 3 * 3600_000), fresh());

describe('spaced review, as properties', () => {
  it('never asks a question twice on one calendar day, nor more than three a day, whatever the clock does', () => {
    fc.assert(
      fc.property(steps, (s) => {
        const { asked, perDay } = live(s, started);
        for (const days of asked.values()) expect(new Set(days).size).toBe(days.length);
        for (const n of perDay.values()) expect(n).toBeLessThanOrEqual(REVIEWS_PER_DAY);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('never shrinks an interval after a right answer; a wrong one brings the question back the next day', () => {
    const history = fc.array(fc.record({ gap: fc.integer({ min: -5, max: 90 }), correct: fc.boolean() }), {
      minLength: 1,
      maxLength: 30,
    });
    fc.assert(
      fc.property(history, fc.boolean(), (h, right) => {
        let day = '2026-11-26';
        const answers = h.map((a) => ({ day: (day = addDays(day, a.gap)), correct: a.correct }));
        const before = schedule(answers);
        const after = schedule([...answers, { day: addDays(before.lastDay, before.interval), correct: right }]);
        if (right) expect(after.interval).toBeGreaterThanOrEqual(before.interval);
        else expect(after.interval).toBe(1);
        expect(after.dueDay > after.lastDay).toBe(true);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('clears a reset lesson: no review until it is completed again, then the first interval again', () => {
    fc.assert(
      fc.property(steps, fc.constantFrom('a', 'b', 'c'), (s, id) => {
        const { store } = live(s, started);
        const reset = resetLessons(store, [id]);
        expect(reset.daily.reviews[id]).toBeUndefined();
        expect(reviewItems(CATALOG, reset, 'en', 0).filter((r) => r.lesson === id)).toEqual([]);
        const again = completed(reset, LESSONS.find((l) => l.id === id)!, T0 + 400 * DAY);
        for (const r of reviewItems(CATALOG, again, 'en', 0).filter((x) => x.lesson === id))
          expect(r.schedule).toMatchObject({ streak: 0, interval: 1 });
      }),
      { seed: SEED, numRuns: 60 },
    );
  });
});

describe("today's practice, as a property", () => {
  it('differs from the previous day whenever another exists, and stays the same within a day', () => {
    const pool = (n: number): PoolItem[] =>
      Array.from({ length: n }, (_, i) => ({
        lesson: `l${i}`,
        index: 1,
        practice: { text: `${i}`, minutes: 2, evidence: 'attest', line: 1 },
      }));
    const days = fc.array(fc.record({ gap: fc.integer({ min: 1, max: 4 }), done: fc.boolean(), again: fc.boolean() }), {
      minLength: 2,
      maxLength: 40,
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), days, (n, list) => {
        let store = fresh();
        let day = '2026-11-26';
        let previous: string | undefined;
        for (const d of list) {
          day = addDays(day, d.gap);
          const today = todaysPractice(pool(n), store.daily.practice, day)!;
          if (n > 1 && previous !== undefined) expect(today.item.lesson).not.toBe(previous);
          store = offerPractice(
            store,
            { day, lesson: today.item.lesson, index: today.item.index },
            Date.parse(`${day}T08:00:00Z`),
          );
          if (d.done) store = practiceDone(store, day, 'attest', Date.parse(`${day}T08:05:00Z`));
          if (d.again) expect(todaysPractice(pool(n), store.daily.practice, day)!.item.lesson).toBe(today.item.lesson);
          previous = today.item.lesson;
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe('the run of weeks, as a property', () => {
  const activity = fc.array(fc.record({ at: fc.integer({ min: 0, max: 120 * 24 * 60 }), offset }), { maxLength: 40 });
  const daily = (a: { at: number; offset: number }[]) => ({
    practice: a.map((x) => {
      const at = T0 + x.at * 60_000;
      return {
        day: localDay(at, x.offset),
        lesson: 'a',
        index: 1,
        offeredAt: new Date(at).toISOString(),
        doneAt: new Date(at).toISOString(),
      };
    }),
    reviews: {},
  });
  it('is the same in every time zone at a given instant, and a clock set back never shortens it', () => {
    fc.assert(
      fc.property(
        activity,
        fc.integer({ min: 0, max: 130 * 24 * 60 }),
        offset,
        offset,
        fc.integer({ min: 0, max: 20 * 24 * 60 }),
        (a, at, o1, o2, back) => {
          const log = daily(a);
          const now = T0 + at * 60_000;
          const here = rhythm(log, { now, offsetMinutes: o1 }).currentRun;
          expect(rhythm(log, { now, offsetMinutes: o2 }).currentRun).toBe(here);
          expect(rhythm(log, { now: now - back * 60_000, offsetMinutes: o2 }).currentRun).toBeGreaterThanOrEqual(here);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});
