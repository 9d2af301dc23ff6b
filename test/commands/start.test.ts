import { afterEach, describe, expect, it } from 'vitest';
import { testContext, type TestContext } from '../helpers/context.js';
import { INTERRUPT, ScriptedPrompter } from '../helpers/prompter.js';
import { answersFor } from '../helpers/script.js';
import { linkFor } from '../helpers/links.js';
import { run as start } from '../../src/commands/start/run.js';
import { Interrupted } from '../../src/core/errors.js';

let ctx: TestContext;
afterEach(() => ctx?.cleanup());

async function docOf(c: TestContext, id: string, lang: 'en' | 'fr' = 'en') {
  return (await c.catalog()).lessons.find((l) => l.id === id)!.docs[lang]!;
}

describe('coach start: a whole lesson, stopping and resuming', () => {
  it('runs every step kind, saves each step, and completes the lesson', async () => {
    const p = new ScriptedPrompter([]);
    ctx = testContext({ prompter: p });
    const doc = await docOf(ctx, 'demo-basics');
    const script = new ScriptedPrompter(answersFor(doc, { now: ctx.now() }));
    ctx = testContext({ prompter: script, home: ctx.home });
    const result = await start(ctx, { lesson: 'demo-basics' });
    expect(result).toEqual({ lesson: 'demo-basics', completed: true, stepsDone: 6 });
    expect(script.remaining).toBe(0);
    const saved = ctx.store.read().lessons['demo-basics']!;
    expect(saved).toMatchObject({ status: 'completed', stepsDone: 6, mode: 'live' });
    expect(saved.results.map((r) => r.kind)).toEqual(['reading', 'quiz', 'task', 'task', 'checklist', 'reflect']);
    expect(saved.results[5]).toMatchObject({ kind: 'reflect', text: 'A private thought.' });
    expect(ctx.stderr.text).toContain('Lesson complete: The basics');
    expect(ctx.stderr.text).toContain('quiz 1/1 on the first try');
    expect(ctx.stdout.text).toContain('Step 3/6');
  });

  it('stops at Ctrl-C with every earlier step saved, then resumes at that step', async () => {
    ctx = testContext();
    const doc = await docOf(ctx, 'demo-basics');
    const answers = answersFor(doc, { now: ctx.now() });
    const first = testContext({ prompter: new ScriptedPrompter([...answers.slice(0, 3), INTERRUPT]), home: ctx.home });
    await expect(start(first, { lesson: 'demo-basics' })).rejects.toBeInstanceOf(Interrupted);
    expect(first.store.read().lessons['demo-basics']).toMatchObject({ stepsDone: 3, status: 'in-progress' });
    const second = new ScriptedPrompter(answersFor(doc, { now: ctx.now(), from: 3 }));
    const again = testContext({ prompter: second, home: ctx.home });
    await start(again, {});
    expect(again.stderr.text).toContain('Welcome back: resuming at step 4 of 6.');
    expect(second.asked[0]).toMatchObject({ type: 'write' });
    expect(again.store.read().lessons['demo-basics']!.status).toBe('completed');
  });

  it('lets the learner stop at a task and come back later', async () => {
    ctx = testContext({ prompter: new ScriptedPrompter(['', 'b', 'later']) });
    const result = await start(ctx, { lesson: 'demo-basics' });
    expect(result).toEqual({ lesson: 'demo-basics', completed: false, stepsDone: 2 });
    expect(ctx.stderr.text).toContain('Progress saved.');
    expect(ctx.store.read().lessons['demo-basics']!.stepsDone).toBe(2);
  });

  it('asks before doing a completed lesson again, and keeps the first completion in history', async () => {
    ctx = testContext();
    const doc = await docOf(ctx, 'demo-basics');
    await start(testContext({ prompter: new ScriptedPrompter(answersFor(doc, { now: ctx.now() })), home: ctx.home }), {
      lesson: 'demo-basics',
    });
    const no = testContext({ prompter: new ScriptedPrompter([false]), home: ctx.home });
    expect(await start(no, { lesson: 'demo-basics' })).toMatchObject({ completed: true });
    const yes = testContext({ prompter: new ScriptedPrompter([true, INTERRUPT]), home: ctx.home });
    await expect(start(yes, { lesson: 'demo-basics' })).rejects.toBeInstanceOf(Interrupted);
    const s = yes.store.read();
    expect(s.lessons['demo-basics']).toMatchObject({ status: 'in-progress', stepsDone: 0 });
    expect(s.history['demo-basics']).toHaveLength(1);
  });
});

describe('coach start: quiz and text answers', () => {
  it('marks a wrong answer wrong with a hint, gives a second try, explains only after it, and scores the first', async () => {
    ctx = testContext();
    const doc = await docOf(ctx, 'demo-basics');
    const answers = answersFor(doc, { now: ctx.now() });
    answers.splice(1, 1, 'a', 'b'); // wrong first, right second: no "try again?" question in between
    const script = new ScriptedPrompter(answers);
    const c = testContext({ prompter: script, home: ctx.home });
    const said: string[] = [];
    const select = script.select.bind(script);
    script.select = async (message, choices) => {
      said.push(c.stderr.text); // what was on screen when each question came
      return select(message, choices);
    };
    await start(c, { lesson: 'demo-basics' });
    expect(c.store.read().lessons['demo-basics']!.results[1]).toMatchObject({
      kind: 'quiz',
      firstTry: ['a'],
      correct: false,
      attempts: 2,
    });
    const beforeSecondTry = said[1]!;
    expect(beforeSecondTry).toContain('✘ Not quite.\nLook again at step 1, “Read this”. One more try.');
    expect(beforeSecondTry).not.toContain('B is the right one.');
    expect(c.stderr.text).toContain('✔ Right.\nB is the right one.');
    expect(c.stderr.text).toContain('quiz 0/1 on the first try');
  });

  it('after a second wrong try: marked wrong again, the answer, then the explanation', async () => {
    ctx = testContext();
    const doc = await docOf(ctx, 'demo-basics');
    const answers = answersFor(doc, { now: ctx.now() });
    answers.splice(1, 1, 'a', 'c');
    const c = testContext({ prompter: new ScriptedPrompter(answers), home: ctx.home, lang: 'fr' });
    await start(c, { lesson: 'demo-basics' });
    expect(c.stderr.text).toMatch(/✘ Pas tout à fait\. La réponse\u00a0: B\.\n/);
    expect(c.store.read().lessons['demo-basics']!.results[1]).toMatchObject({ correct: false, attempts: 2 });
  });

  it('refuses a text outside its limits, says why, and asks again', async () => {
    ctx = testContext();
    const doc = await docOf(ctx, 'demo-basics');
    const answers = answersFor(doc, { now: ctx.now() });
    answers.splice(3, 0, 'only one line, long enough');
    const script = new ScriptedPrompter(answers);
    const c = testContext({ prompter: script, home: ctx.home });
    await start(c, { lesson: 'demo-basics' });
    expect(c.stderr.text).toContain('Write at least 3 lines (1 so far)');
    // The refused text comes back in the editor, to be changed, never retyped.
    expect(script.initials.slice(0, 2)).toEqual(['', 'only one line, long enough']);
    expect(c.stderr.text).toContain('Your text is back in the editor');
    expect(c.store.read().lessons['demo-basics']!.status).toBe('completed');
  });

  it('an empty text asks what to do, and "later" keeps the place', async () => {
    ctx = testContext();
    const doc = await docOf(ctx, 'demo-basics');
    const answers = answersFor(doc, { now: ctx.now() }).slice(0, 3);
    const script = new ScriptedPrompter([...answers, '', 'write', '', 'later']);
    const c = testContext({ prompter: script, home: ctx.home });
    expect(await start(c, { lesson: 'demo-basics' })).toMatchObject({ completed: false, stepsDone: 3 });
    expect(script.asked.filter((a) => a.message === 'Nothing is written yet. What would you like to do?')).toHaveLength(
      2,
    );
    expect(c.store.read().lessons['demo-basics']).toMatchObject({ stepsDone: 3, status: 'in-progress' });
    expect(c.stderr.text).toContain('Progress saved.');
  });
});

describe('coach start: links, drafts, and what it refuses', () => {
  it('asks the network once, adapts the text, checks links, and refuses old or private ones', async () => {
    ctx = testContext();
    const doc = await docOf(ctx, 'demo-links');
    const now = ctx.now();
    const dm = linkFor('slack-message', now).replace('/C0123ABCD45/', '/D0123ABCD45/');
    const old = linkFor('linkedin-post', now - 24 * 3600_000);
    const answers = [
      'slack',
      'link',
      dm,
      linkFor('slack-message', now),
      'link',
      'not a link',
      old,
      linkFor('linkedin-post', now),
      'b',
    ];
    const c = testContext({ prompter: new ScriptedPrompter(answers), home: ctx.home });
    await start(c, { lesson: doc.id });
    expect(c.stdout.text).toContain('Post in a public Slack channel.');
    expect(c.stdout.text).not.toContain('Teams channel');
    expect(c.stderr.text).toContain('That message is in a private conversation or a direct message');
    expect(c.stderr.text).toMatch(/That is not a link[\s\S]*Expected something like:\s+https:\/\/www\.linkedin\.com\//);
    expect(c.stderr.text).toContain('before you started this lesson');
    const saved = c.store.read();
    expect(saved.settings.network).toBe('slack');
    expect(saved.lessons['demo-links']!.results[0]).toMatchObject({
      kind: 'task',
      evidence: 'slack-message',
      mode: 'live',
    });
  });

  it('completes a publishing task in draft mode, which the lesson then carries', async () => {
    ctx = testContext();
    const doc = await docOf(ctx, 'demo-links');
    const c = testContext({
      prompter: new ScriptedPrompter(
        answersFor(doc, { now: ctx.now(), askNetwork: true, network: 'teams', draft: true }),
      ),
      home: ctx.home,
    });
    await start(c, { lesson: doc.id });
    expect(c.store.read().lessons['demo-links']).toMatchObject({ status: 'completed', mode: 'draft' });
    expect(c.stderr.text).toMatch(/on the first try · drafted\n/);
  });

  it('needs a terminal (exit 2, naming what to do), and names file and line of a broken lesson', async () => {
    ctx = testContext({ terminal: false });
    await expect(start(ctx, { lesson: 'demo-basics' })).rejects.toMatchObject({ code: 'input-needed', exitCode: 2 });
    const { FIXTURES } = await import('../helpers/context.js');
    const broken = testContext({ lessonDirs: [`${FIXTURES}/broken`], prompter: new ScriptedPrompter([]) });
    await expect(start(broken, { lesson: 'company-bad' })).rejects.toMatchObject({
      code: 'lesson-broken',
      exitCode: 1,
      params: { file: expect.stringContaining('02-bad.en.md'), line: 16 },
    });
    broken.cleanup();
  });
});
