/**
 * `coach today` in-process: nothing before a lesson is completed; then a practice the same day, a
 * different one and that lesson's review question the next day, nothing twice in a day; links
 * dated from today; the list and JSON off a terminal; French.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { localDay } from '../../src/core/daily/days.js';
import { run as start } from '../../src/commands/start/run.js';
import { run as today } from '../../src/commands/today/run.js';
import { utcOffsetMinutes } from '../../src/io/clock.js';
import { T0, testContext, type TestContext } from '../helpers/context.js';
import { linkFor } from '../helpers/links.js';
import { ScriptedPrompter } from '../helpers/prompter.js';
import { answersFor } from '../helpers/script.js';

const DAY = 86_400_000;
const contexts: TestContext[] = [];
afterEach(() => {
  for (const c of contexts.splice(0)) c.cleanup();
});

/** A context on `home` (shared across "days") with these answers, its clock at `at`. */
function on(
  home: string | undefined,
  at: number,
  answers: Parameters<typeof ScriptedPrompter.prototype.select>[0][] | unknown[] = [],
  opts: { terminal?: boolean; lang?: 'en' | 'fr' } = {},
): TestContext & { script: ScriptedPrompter } {
  const prompter = new ScriptedPrompter(answers as never[]);
  const ctx = testContext({ ...(home && { home }), prompter, ...opts });
  ctx.clock.now = at;
  if (!home) contexts.push(ctx);
  return Object.assign(ctx, { script: prompter });
}

async function completeBasics(at = T0): Promise<string> {
  const ctx = on(undefined, at);
  const doc = (await ctx.catalog()).lessons.find((l) => l.id === 'demo-basics')!.docs.en!;
  const scripted = on(ctx.home, at, answersFor(doc, { now: at }));
  expect((await start(scripted, { lesson: 'demo-basics' })).completed).toBe(true);
  return ctx.home;
}

describe('coach today', () => {
  it('says there is nothing yet before a lesson is completed', async () => {
    const ctx = on(undefined, T0);
    const r = await today(ctx, {});
    expect(r).toMatchObject({ practice: null, reviews: [] });
    expect(ctx.stderr.text).toContain('Nothing for today yet');
    expect(ctx.script.asked).toEqual([]);
  });

  it('offers a practice the day a lesson is completed, its review question the next day, and nothing twice a day', async () => {
    const home = await completeBasics();
    const day1 = on(home, T0 + 3600_000, ['yes']);
    const first = await today(day1, {});
    expect(first).toMatchObject({
      day: localDay(T0, utcOffsetMinutes(T0)),
      practice: { lesson: 'demo-basics', index: 1, done: true },
      reviews: [],
    });
    expect(day1.stdout.text).toContain('Thank one colleague for something they did this week');
    expect(day1.stdout.text).toMatch(/Today's practice, 2 min, from “The basics”/);
    const again = on(home, T0 + 2 * 3600_000);
    expect(await today(again, {})).toMatchObject({ reviews: [] });
    expect(again.stderr.text).toContain('Nothing left for today');
    expect(again.script.asked).toEqual([]);

    // The next day: the other practice (its link is from today), and the lesson's quiz again.
    const next = T0 + DAY;
    const day2 = on(home, next, [
      'link',
      linkFor('linkedin-comment', next - 2 * DAY),
      linkFor('linkedin-comment', next - 60_000),
      'b',
    ]);
    const second = await today(day2, {});
    expect(second).toMatchObject({
      practice: { lesson: 'demo-basics', index: 2, done: true },
      reviews: [{ lesson: 'demo-basics', quiz: 1, correct: true }],
    });
    expect(day2.stderr.text).toContain('before today: do today');
    expect(day2.script.asked.map((a) => a.message)).toContain('Which letter is right?');
    expect(day2.stderr.text).toMatch(/1 of 1 review answer right/);
    const store = day2.store.read();
    expect(store.daily.practice.map((p) => [p.index, p.evidence])).toEqual([
      [1, 'attest'],
      [2, 'linkedin-comment'],
    ]);
    expect(JSON.stringify(store.daily)).not.toContain('linkedin.com'); // the link itself is never kept
    expect(store.daily.reviews['demo-basics']).toEqual([expect.objectContaining({ quiz: 1, correct: true })]);
    const later = on(home, next + 5 * 3600_000);
    expect(await today(later, {})).toMatchObject({ reviews: [] });
    expect(later.script.asked).toEqual([]);
  });
});

describe('coach today, later in the day and elsewhere', () => {
  it('keeps a practice left for later as the day practice, and another one comes the next day', async () => {
    const home = await completeBasics();
    const d1 = on(home, T0 + 60_000, ['later']);
    expect((await today(d1, {})).practice).toMatchObject({ index: 1, done: false });
    expect(d1.stderr.text).toContain("It stays today's practice until midnight");
    expect((await today(on(home, T0 + 120_000, ['later']), {})).practice).toMatchObject({ index: 1 });
    expect((await today(on(home, T0 + DAY, ['later', 'b']), {})).practice).toMatchObject({ index: 2 });
  });

  it('off a terminal, lists what is due and asks nothing; --json gives it to programs', async () => {
    const home = await completeBasics();
    const piped = on(home, T0 + DAY, [], { terminal: false });
    await today(piped, {});
    expect(piped.stdout.text).toContain('Thank one colleague');
    expect(piped.stdout.text).toContain('1 review question is due today.');
    expect(piped.stderr.text).toContain('in a terminal');
    const json = on(home, T0 + DAY, [], { terminal: false });
    await today(json, { json: true });
    expect(JSON.parse(json.stdout.text)).toEqual({
      day: localDay(T0 + DAY, utcOffsetMinutes(T0 + DAY)),
      practice: {
        lesson: 'demo-basics',
        index: 1,
        minutes: 2,
        evidence: 'attest',
        text: 'Thank one colleague for something they did this week, in one sentence.',
        done: false,
      },
      reviews: [{ lesson: 'demo-basics', quiz: 1, question: 'Which letter is right?' }],
      answeredToday: 0,
      nextReview: localDay(T0 + 2 * DAY, utcOffsetMinutes(T0 + 2 * DAY)),
      completedLessons: 1,
    });
    expect(json.store.read().daily.practice).toEqual([]); // only reading: nothing offered, nothing saved
  });

  it('speaks French', async () => {
    const home = await completeBasics();
    const fr = on(home, T0 + DAY, ['yes', 'a', 'b'], { lang: 'fr' });
    await today(fr, {});
    expect(fr.stdout.text).toMatch(/La pratique du jour, 2\u00a0min, tirée de «\u00a0Les bases\u00a0»\u00a0:/);
    expect(fr.stdout.text).toContain('Remerciez un collègue');
    expect(fr.stdout.text).toContain('Question de révision 1 sur 1');
    expect(fr.stderr.text).toMatch(/C’est tout pour aujourd’hui\u00a0: 0 bonne réponse sur 1/);
  });

  it('opens the home menu when something is due, and leaves it once done', async () => {
    const { run: home } = await import('../../src/commands/home/run.js');
    const home0 = await completeBasics();
    const ctx = on(home0, T0 + DAY, ['today', 'yes', 'b', 'quit']);
    await home(ctx);
    const menus = ctx.script.asked.filter((a) => a.message === 'What would you like to do?');
    expect(menus[0]!.choices![0]).toBe('today');
    expect(ctx.script.asked[0]!.message).toBe('What would you like to do?');
    expect(menus[1]!.choices).not.toContain('today');
    expect(ctx.store.read().daily.practice[0]).toMatchObject({ lesson: 'demo-basics', evidence: 'attest' });
  });
});
