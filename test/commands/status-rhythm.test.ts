/**
 * `coach status` shows the daily loop's rhythm (weeks with practice, the run of active weeks) and
 * what is due; `--json` adds the numbers after the documented keys; the text fits the terminal.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, localDay, weekStart } from '../../src/core/daily/days.js';
import { run as status } from '../../src/commands/status/run.js';
import { utcOffsetMinutes } from '../../src/io/clock.js';
import { stringWidth } from '../../src/render/fit.js';
import type { Store } from '../../src/core/progress/types.js';
import { T0, testContext, type TestContext } from '../helpers/context.js';
import { completedProgress } from '../helpers/progress.js';

let ctx: TestContext;
afterEach(() => ctx.cleanup());
const today = localDay(T0, utcOffsetMinutes(T0));
const at = new Date(T0 - 86_400_000).toISOString();

/** demo-basics completed yesterday; practice done on these days, one review answered on the first. */
function withPractice(days: string[]): (s: Store) => Store {
  return (s) => ({
    ...s,
    lessons: {
      'demo-basics': completedProgress(at, 6),
    },
    daily: {
      practice: days.map((day) => ({
        day,
        lesson: 'demo-basics',
        index: 1,
        offeredAt: `${day}T08:00:00.000Z`,
        doneAt: `${day}T08:03:00.000Z`,
        evidence: 'attest',
      })),
      reviews: { 'demo-basics': [{ quiz: 1, day: days[0]!, at: `${days[0]}T08:05:00.000Z`, correct: true }] },
    },
  });
}

describe('coach status and the daily loop', () => {
  it('adds the rhythm and what is due to --json, after the documented keys in their order', async () => {
    ctx = testContext({ terminal: false });
    const thisWeek = weekStart(today);
    await ctx.store.update(withPractice([addDays(thisWeek, -14), addDays(thisWeek, -7), addDays(thisWeek, -6)]));
    await status(ctx, { json: true });
    const json = JSON.parse(ctx.stdout.text);
    expect(Object.keys(json)).toEqual(['learner', 'program', 'summary', 'lessons', 'next', 'rhythm', 'due']);
    expect(json.rhythm.weeks).toHaveLength(8);
    expect(json.rhythm.weeks.map((w: { days: number }) => w.days)).toEqual([0, 0, 0, 0, 0, 1, 2, 0]);
    expect(json.rhythm.weeks.at(-1).start).toBe(thisWeek);
    expect(json.rhythm).toMatchObject({ currentRun: 2, practiceDays: 3, reviewsAnswered: 1 });
    expect(json.due).toEqual({
      day: today,
      practice: true,
      reviews: 0,
      nextReview: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
  });

  it('shows a row of weeks, the run and what is due on a terminal, and digits when piped', async () => {
    ctx = testContext({ terminal: true });
    await ctx.store.update(withPractice([addDays(weekStart(today), -7), today]));
    await status(ctx, {});
    expect(ctx.stdout.text).toContain('Practice, last 8 weeks');
    expect(ctx.stdout.text).toMatch(/ {2}······▁▁ {2}2 active weeks in a row/);
    ctx.cleanup();
    ctx = testContext({ terminal: false });
    await ctx.store.update(withPractice([addDays(weekStart(today), -7), today]));
    await status(ctx, {});
    expect(ctx.stdout.text).toMatch(/ {2}0 0 0 0 0 0 1 1 {2}2 active weeks in a row/);
    expect(ctx.stdout.text).toMatch(/Nothing due today|Due today/);
  });

  it('stays within the terminal width, French included', async () => {
    for (const [width, lang] of [
      [80, 'en'],
      [50, 'fr'],
      [40, 'en'],
      [34, 'fr'],
    ] as const) {
      ctx = testContext({ terminal: true, lang });
      (ctx as { width: number }).width = width;
      await ctx.store.update(withPractice([today]));
      await status(ctx, {});
      const long = ctx.stdout.text.split('\n').filter((l) => stringWidth(l) > width);
      expect(long, `${lang} at ${width}`).toEqual([]);
      expect(ctx.stdout.text).toMatch(lang === 'fr' ? /d’affilée/ : /in a row/);
      ctx.cleanup();
    }
    ctx = testContext();
  });

  it('says nothing of the rhythm before any lesson is completed', async () => {
    ctx = testContext({ terminal: true });
    await status(ctx, {});
    expect(ctx.stdout.text).not.toContain('Practice, last');
  });
});
