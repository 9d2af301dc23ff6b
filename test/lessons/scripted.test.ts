/**
 * Three bundled lessons completed with answers written by hand from the lesson text, not derived
 * from the parsed lesson: if the parser or the runner misread a lesson (a wrong answer key, a
 * missing step, a task asking for the wrong thing), these scripts stop matching and fail.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { run as start } from '../../src/commands/start/run.js';
import { testContext, type TestContext } from '../helpers/context.js';
import { ScriptedPrompter } from '../helpers/prompter.js';

let ctx: TestContext | undefined;
afterEach(() => ctx?.cleanup());

async function complete(
  id: string,
  answers: (string | string[] | boolean)[],
  opts: { lang?: 'en' | 'fr'; network?: 'slack' } = {},
) {
  const prompter = new ScriptedPrompter(answers);
  ctx = testContext({ lessonDirs: [], prompter, lang: opts.lang ?? 'en' });
  if (opts.network) await ctx.store.update((s) => ({ ...s, settings: { ...s.settings, network: opts.network } }));
  const result = await start(ctx, { lesson: id });
  return { result, prompter, saved: ctx.store.read().lessons[id]! };
}

describe('bundled lessons completed by hand-written scripts', () => {
  it('facebook-profile-or-page (English): read, a text task, two quizzes answered b, a reflection', async () => {
    const { result, prompter, saved } = await complete('facebook-profile-or-page', [
      '', // Three ways to be on Facebook
      'None found under my name or my company Page.', // Check who is using your name (text, 4 to 1000 characters)
      'b', // the company Page
      'b', // periods and capitals do not distinguish usernames
      'Only friends, and I will check it tonight.', // Your family photos
    ]);
    expect(result).toEqual({ lesson: 'facebook-profile-or-page', completed: true, stepsDone: 5 });
    expect(prompter.remaining).toBe(0);
    expect(prompter.asked.map((a) => a.type)).toEqual(['pause', 'write', 'select', 'select', 'write']);
    expect(saved.results.map((r) => r.kind)).toEqual(['reading', 'task', 'quiz', 'quiz', 'reflect']);
    expect(saved.results.filter((r) => r.kind === 'quiz').every((r) => r.kind === 'quiz' && r.correct)).toBe(true);
  });

  it('internal-network-join (French, on Slack): two confirmations, the quiz answered b, a reflection', async () => {
    const { result, prompter, saved } = await complete(
      'internal-network-join',
      [
        'yes', // Ma photo et ma fonction sont à jour
        'yes', // on Slack, joining channels is attested
        'b', // toute personne du réseau, y compris celles qui arriveront plus tard
        'Le canal des ventes : les questions portent sur les délais.',
      ],
      { lang: 'fr', network: 'slack' },
    );
    expect(result.completed).toBe(true);
    expect(prompter.remaining).toBe(0);
    expect(prompter.asked[0]).toMatchObject({ type: 'select', message: 'Ma photo et ma fonction sont à jour' });
    expect(saved.results.map((r) => (r.kind === 'task' ? `task:${r.evidence}` : r.kind))).toEqual([
      'task:attest',
      'task:attest',
      'quiz',
      'reflect',
    ]);
  });

  it('x-listen (English): a confirmation, the quiz answered b, a reflection', async () => {
    const { result, prompter, saved } = await complete('x-listen', [
      '', // A listening post, not a stage
      'yes', // I follow at least 10 relevant accounts and have created one private List
      'b', // X finds the post by its number, whatever handle the link shows
      'Our regulator and two journalists; they are in my List now.',
    ]);
    expect(result.completed).toBe(true);
    expect(prompter.remaining).toBe(0);
    expect(prompter.asked[1]).toMatchObject({
      type: 'select',
      message: 'I follow at least 10 relevant accounts and have created one private List',
    });
    expect(saved.results.map((r) => r.kind)).toEqual(['reading', 'task', 'quiz', 'reflect']);
    expect(saved.mode).toBe('live');
  });
});
