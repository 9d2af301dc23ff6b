/** The daily loop's rules on examples: days and weeks, the review schedule, today's practice, the rhythm. */
import { describe, expect, it } from 'vitest';
import { addDays, dayStart, isoWeek, localDay, weekStart } from '../../../src/core/daily/days.js';
import { todaysPractice, type PoolItem } from '../../../src/core/daily/practice.js';
import { offerPractice, practiceDone, recordReview } from '../../../src/core/daily/record.js';
import { dueToday, INTERVALS, schedule } from '../../../src/core/daily/review.js';
import { rhythm } from '../../../src/core/daily/rhythm.js';
import { somethingDue, todayPlan } from '../../../src/core/daily/today.js';
import { resetLessons } from '../../../src/core/progress/transitions.js';
import type { PracticeDay } from '../../../src/core/progress/types.js';
import { catalog, completed, DAY, fresh, lesson } from './fixtures.js';

const T0 = Date.UTC(2026, 10, 26, 9, 0); // Thursday 26 November 2026, 09:00 UTC
const UTC = { offsetMinutes: 0 };

describe('days and weeks', () => {
  it('reads the calendar day on the learner clock', () => {
    expect(localDay(Date.UTC(2026, 10, 26, 23, 30), 0)).toBe('2026-11-26');
    expect(localDay(Date.UTC(2026, 10, 26, 23, 30), 60)).toBe('2026-11-27');
    expect(localDay(Date.UTC(2026, 10, 26, 3, 0), -300)).toBe('2026-11-25');
    expect(dayStart('2026-11-27', 60)).toBe(Date.UTC(2026, 10, 26, 23, 0));
  });
  it('names ISO weeks, the year decided by the Thursday', () => {
    expect(isoWeek('2026-11-26')).toBe('2026-W48');
    expect(isoWeek('2026-12-31')).toBe('2026-W53');
    expect(isoWeek('2027-01-03')).toBe('2026-W53');
    expect(isoWeek('2027-01-04')).toBe('2027-W01');
    expect(isoWeek('2025-12-29')).toBe('2026-W01');
    expect(weekStart('2026-11-29')).toBe('2026-11-23');
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
  });
});

describe('the review schedule', () => {
  const d = (n: number) => addDays('2026-11-26', n);
  it('comes back after 1, 3, 7, 21, then every 60 days while the answers are right', () => {
    const history = [{ day: d(0), correct: true }];
    const seen: number[] = [];
    for (let i = 0; i < 7; i++) {
      const s = schedule(history);
      seen.push(s.interval);
      history.push({ day: s.dueDay, correct: true });
    }
    expect(seen).toEqual([1, 3, 7, 21, 60, 60, 60]);
    expect(INTERVALS).toEqual([1, 3, 7, 21, 60]);
  });
  it('brings a question back the next day after a wrong answer, and climbs again', () => {
    const s = schedule([
      { day: d(0), correct: true },
      { day: d(1), correct: true },
      { day: d(4), correct: false },
    ]);
    expect(s).toMatchObject({ streak: 0, interval: 1, dueDay: d(5), lastCorrect: false });
    expect(
      schedule([
        { day: d(0), correct: true },
        { day: d(1), correct: true },
        { day: d(4), correct: false },
        { day: d(5), correct: true },
      ]).interval,
    ).toBe(3);
  });
  it('counts from the latest day answered, even when the clock went back in between', () => {
    expect(
      schedule([
        { day: d(5), correct: true },
        { day: d(2), correct: true },
      ]).dueDay,
    ).toBe(d(8));
  });
  it('asks three a day at most, the most overdue first, those answered today counted', () => {
    const l = [lesson('a', 2), lesson('b', 2)];
    let store = completed(completed(fresh(), l[0]!, T0 - 10 * DAY), l[1]!, T0 - 2 * DAY);
    const plan = todayPlan(catalog(l), store, 'en', { now: T0, ...UTC });
    expect(plan.reviews.map((r) => `${r.lesson}/${r.quiz}`)).toEqual(['a/1', 'a/2', 'b/1']);
    store = recordReview(store, { lesson: 'a', quiz: 1, day: plan.day, correct: true }, T0);
    store = recordReview(store, { lesson: 'a', quiz: 2, day: plan.day, correct: false }, T0);
    const later = todayPlan(catalog(l), store, 'en', { now: T0 + 3600_000, ...UTC });
    expect(later.answeredToday).toBe(2);
    expect(later.reviews.map((r) => `${r.lesson}/${r.quiz}`)).toEqual(['b/1']);
    expect(later.nextReview).toBe('2026-11-27');
    expect(dueToday(later.reviews, later.day, 3)).toEqual([]);
  });
  it('starts from the lesson: nothing on the day it is completed, its quizzes the next day', () => {
    const l = [lesson('a', 1)];
    const store = completed(fresh(), l[0]!, T0);
    expect(todayPlan(catalog(l), store, 'en', { now: T0 + 3600_000, ...UTC }).reviews).toEqual([]);
    expect(todayPlan(catalog(l), store, 'en', { now: T0 + DAY, ...UTC }).reviews.map((r) => r.lesson)).toEqual(['a']);
  });
  it('forgets a lesson reset, and recording the same answer twice in a day keeps one', () => {
    const l = [lesson('a', 1)];
    let store = completed(fresh(), l[0]!, T0 - 5 * DAY);
    store = recordReview(store, { lesson: 'a', quiz: 1, day: '2026-11-25', correct: true }, T0 - DAY);
    expect(recordReview(store, { lesson: 'a', quiz: 1, day: '2026-11-25', correct: false }, T0 - DAY)).toBe(store);
    const reset = resetLessons(store, ['a']);
    expect(reset.daily.reviews).toEqual({});
    expect(todayPlan(catalog(l), reset, 'en', { now: T0, ...UTC }).reviews).toEqual([]);
  });
});

describe("today's practice", () => {
  const pool: PoolItem[] = ['a', 'b', 'c'].map((id) => ({
    lesson: id,
    index: 1,
    practice: { text: id, minutes: 2, evidence: 'attest', line: 1 },
  }));
  const entry = (day: string, lesson: string, done = false): PracticeDay => ({
    day,
    lesson,
    index: 1,
    offeredAt: `${day}T08:00:00.000Z`,
    ...(done && { doneAt: `${day}T08:05:00.000Z`, evidence: 'attest' }),
  });
  it('offers the never-offered first, never the previous day one when another exists', () => {
    expect(todaysPractice(pool, [], '2026-11-26')?.item.lesson).toBe('a');
    expect(todaysPractice(pool, [entry('2026-11-25', 'a')], '2026-11-26')?.item.lesson).toBe('b');
    expect(
      todaysPractice(pool, [entry('2026-11-23', 'b'), entry('2026-11-24', 'c'), entry('2026-11-25', 'a')], '2026-11-26')
        ?.item.lesson,
    ).toBe('b');
    expect(todaysPractice(pool.slice(0, 1), [entry('2026-11-25', 'a')], '2026-11-26')?.item.lesson).toBe('a');
  });
  it("keeps the day's practice for the whole day, done or not", () => {
    expect(todaysPractice(pool, [entry('2026-11-26', 'c')], '2026-11-26')).toMatchObject({
      item: { lesson: 'c' },
      offered: true,
      done: false,
    });
    expect(todaysPractice(pool, [entry('2026-11-26', 'c', true)], '2026-11-26')).toMatchObject({
      item: { lesson: 'c' },
      done: true,
    });
    expect(todaysPractice([], [], '2026-11-26')).toBeNull();
  });
  it('records the offer once, replaces an undone one, and marks it done with its evidence kind only', () => {
    let store = offerPractice(fresh(), { day: '2026-11-26', lesson: 'a', index: 1 }, T0);
    expect(offerPractice(store, { day: '2026-11-26', lesson: 'a', index: 1 }, T0 + 1)).toBe(store);
    store = offerPractice(store, { day: '2026-11-26', lesson: 'b', index: 1 }, T0 + 2);
    expect(store.daily.practice.map((p) => p.lesson)).toEqual(['b']);
    store = practiceDone(store, '2026-11-26', 'linkedin-comment', T0 + 3);
    expect(store.daily.practice[0]).toEqual({
      day: '2026-11-26',
      lesson: 'b',
      index: 1,
      offeredAt: new Date(T0 + 2).toISOString(),
      doneAt: new Date(T0 + 3).toISOString(),
      evidence: 'linkedin-comment',
    });
    expect(offerPractice(store, { day: '2026-11-26', lesson: 'c', index: 1 }, T0 + 4)).toBe(store);
  });
  it('draws from completed lessons only; something is due until both are done', () => {
    const l = [lesson('a', 1, 2), lesson('b', 1, 1)];
    expect(todayPlan(catalog(l), fresh(), 'en', { now: T0, ...UTC })).toMatchObject({
      practice: null,
      reviews: [],
      completedLessons: 0,
    });
    const store = completed(fresh(), l[1]!, T0 - DAY);
    const plan = todayPlan(catalog(l), store, 'fr', { now: T0, ...UTC });
    expect(plan.practice?.item).toMatchObject({ lesson: 'b', index: 1 });
    expect(somethingDue(plan)).toBe(true);
    let done = practiceDone(offerPractice(store, { day: plan.day, lesson: 'b', index: 1 }, T0), plan.day, 'attest', T0);
    done = recordReview(done, { lesson: 'b', quiz: 1, day: plan.day, correct: true }, T0);
    expect(somethingDue(todayPlan(catalog(l), done, 'fr', { now: T0 + 60_000, ...UTC }))).toBe(false);
  });
});

describe('the rhythm', () => {
  const log = (days: string[]) => ({
    practice: days.map((day) => ({
      day,
      lesson: 'a',
      index: 1,
      offeredAt: `${day}T08:00:00.000Z`,
      doneAt: `${day}T08:05:00.000Z`,
    })),
    reviews: {},
  });
  it('counts active days per week and the run of weeks in a row', () => {
    const r = rhythm(
      log(['2026-11-02', '2026-11-10', '2026-11-11', '2026-11-17', '2026-11-24', '2026-11-26']),
      { now: T0, ...UTC },
      4,
    );
    expect(r.weeks).toEqual([
      { week: '2026-W45', start: '2026-11-02', days: 1 },
      { week: '2026-W46', start: '2026-11-09', days: 2 },
      { week: '2026-W47', start: '2026-11-16', days: 1 },
      { week: '2026-W48', start: '2026-11-23', days: 2 },
    ]);
    expect(r).toMatchObject({ currentRun: 4, practiceDays: 6, reviewsAnswered: 0 });
  });
  it('keeps the run through this week while last week was active, and breaks it after a week without', () => {
    expect(rhythm(log(['2026-11-17', '2026-11-10']), { now: T0, ...UTC }).currentRun).toBe(2);
    expect(rhythm(log(['2026-11-10']), { now: T0, ...UTC }).currentRun).toBe(0);
  });
  it('counts review days too, and practices offered but not done do not count', () => {
    const daily = {
      practice: [{ day: '2026-11-26', lesson: 'a', index: 1, offeredAt: '2026-11-26T08:00:00.000Z' }],
      reviews: { a: [{ quiz: 1, day: '2026-11-20', at: '2026-11-20T08:00:00.000Z', correct: true }] },
    };
    expect(rhythm(daily, { now: T0, ...UTC })).toMatchObject({ currentRun: 1, practiceDays: 0, reviewsAnswered: 1 });
  });
});
