import { afterEach, describe, expect, it } from 'vitest';
import { testContext, type TestContext } from '../helpers/context.js';
import { run as list } from '../../src/commands/list/run.js';
import { run as status } from '../../src/commands/status/run.js';
import { run as show } from '../../src/commands/show/run.js';
import { run as config } from '../../src/commands/config/run.js';
import { run as reset } from '../../src/commands/reset/run.js';
import { CoachError } from '../../src/core/errors.js';
import { beginLesson, completeStep } from '../../src/core/progress/transitions.js';
import { INTERRUPT, ScriptedPrompter } from '../helpers/prompter.js';
import { Interrupted } from '../../src/core/errors.js';

let ctx: TestContext;
afterEach(() => ctx?.cleanup());

async function withProgress(c: TestContext): Promise<void> {
  const catalog = await c.catalog();
  const doc = catalog.lessons.find((l) => l.id === 'demo-basics')!.docs.en!;
  await c.store.update((s) =>
    completeStep(
      beginLesson(s, doc, c.now()),
      'demo-basics',
      0,
      { kind: 'reading', at: '2026-11-26T09:00:00.000Z' },
      1000,
      c.now(),
    ),
  );
}

describe('coach list', () => {
  it('prints JSON in the documented shape, with bundled and extra lessons', async () => {
    ctx = testContext({ terminal: false });
    await withProgress(ctx);
    await list(ctx, { json: true });
    const items = JSON.parse(ctx.stdout.text) as Record<string, unknown>[];
    expect(Object.keys(items[0]!)).toEqual(['id', 'track', 'title', 'minutes', 'status', 'required']);
    expect(items.find((i) => i.id === 'demo-basics')).toEqual({
      id: 'demo-basics',
      track: 'demo',
      title: 'The basics',
      minutes: 5,
      status: 'in-progress',
      required: false,
    });
    expect(items.some((i) => i.id === 'security-lock-down')).toBe(true);
  });
  it('prints one tab-separated line per lesson when piped, and a grouped view on a terminal', async () => {
    ctx = testContext({ terminal: false });
    await list(ctx, { track: 'demo' });
    expect(ctx.stdout.text).toBe(
      'demo-basics\tdemo\tnot-started\t5\t\tThe basics\ndemo-links\tdemo\tnot-started\t5\t\tLinks\n',
    );
    const term = testContext({ terminal: true, lang: 'fr' });
    await list(term, { track: 'demo' });
    expect(term.stdout.text).toContain('Parcours de démonstration  0/2');
    expect(term.stdout.text).toMatch(/○ demo-basics\s+Les bases {2}5\u00A0min/);
    term.cleanup();
  });
  it('refuses an unknown track with the list of tracks (exit 2)', async () => {
    ctx = testContext();
    const error = await list(ctx, { track: 'myspace' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CoachError);
    expect(error).toMatchObject({ code: 'track-unknown', exitCode: 2 });
  });
});

describe('coach status', () => {
  it('prints JSON in the documented shape', async () => {
    ctx = testContext({ terminal: false });
    await withProgress(ctx);
    await status(ctx, { json: true });
    const data = JSON.parse(ctx.stdout.text);
    expect(Object.keys(data)).toEqual(['learner', 'program', 'summary', 'lessons', 'next', 'rhythm', 'due']);
    expect(data.summary).toMatchObject({ completed: 0, requiredCompleted: 0, requiredTotal: 0 });
    expect(data.lessons.find((l: { id: string }) => l.id === 'demo-basics')).toEqual({
      id: 'demo-basics',
      track: 'demo',
      status: 'in-progress',
      stepsDone: 1,
      stepsTotal: 6,
      startedAt: '2026-11-26T09:00:00.000Z',
      completedAt: null,
      mode: 'live',
      required: false,
    });
    expect(data.next).toBe('demo-basics');
  });
  it('draws bars on a terminal and plain ASCII bars when piped', async () => {
    ctx = testContext({ terminal: true });
    await status(ctx, {});
    expect(ctx.stdout.text).toMatch(/Demo track\s+░{10} 0\/2/);
    const piped = testContext({ terminal: false });
    await status(piped, {});
    expect(piped.stdout.text).toMatch(/Demo track\s+-{10} 0\/2/);
    expect(piped.stdout.text).toContain('Next: coach start demo-basics');
    piped.cleanup();
  });
});

describe('coach show', () => {
  it('prints raw Markdown when piped, without quiz answers unless asked', async () => {
    ctx = testContext({ terminal: false });
    await show(ctx, { lesson: 'demo-basics', step: 2 });
    expect(ctx.stdout.text).toBe(
      '## Step 2/6 · Answer a quiz\n\n**Quiz:** Which letter is right?\n\n- **A.** Not this one\n- **B.** This one\n- **C.** Not this one either\n',
    );
    const authors = testContext({ terminal: false });
    await show(authors, { lesson: 'demo-basics', step: 2, answers: true });
    expect(authors.stdout.text).toContain('**Answer:** B');
    authors.cleanup();
  });
  it('renders Markdown on a terminal: no raw markers left', async () => {
    ctx = testContext({ terminal: true });
    await show(ctx, { lesson: 'demo-basics' });
    expect(ctx.stdout.text).toContain('The basics');
    expect(ctx.stdout.text).toContain('second point');
    expect(ctx.stdout.text).not.toMatch(/\*\*|^#+ /m);
  });
  it('shows every network section, labelled, until the learner chose one', async () => {
    ctx = testContext({ terminal: false });
    await show(ctx, { lesson: 'demo-links', step: 1 });
    expect(ctx.stdout.text).toContain('**For Slack:**');
    expect(ctx.stdout.text).toContain('Post in a Teams channel.');
    await config(ctx, { key: 'network', value: 'slack' });
    ctx.stdout.text = '';
    await show(ctx, { lesson: 'demo-links', step: 1 });
    expect(ctx.stdout.text).toContain('Post in a public Slack channel.');
    expect(ctx.stdout.text).not.toContain('Teams channel');
  });
  it('refuses a step out of range and an unknown lesson, suggesting close ids', async () => {
    ctx = testContext();
    await expect(show(ctx, { lesson: 'demo-basics', step: 9 })).rejects.toMatchObject({
      code: 'step-out-of-range',
      exitCode: 2,
    });
    await expect(show(ctx, { lesson: 'demo-basic' })).rejects.toMatchObject({
      code: 'lesson-unknown',
      exitCode: 2,
      params: { suggestions: expect.stringContaining('demo-basics') },
    });
  });
});

describe('coach config', () => {
  it('sets, reads and unsets settings, and refuses unknown keys and values', async () => {
    ctx = testContext({ terminal: false });
    await config(ctx, { key: 'lang', value: 'fr' });
    expect(ctx.store.read().settings.lang).toBe('fr');
    await config(ctx, { key: 'lang' });
    expect(ctx.stdout.text).toBe('fr\n');
    await config(ctx, { key: 'lang', unset: true });
    expect(ctx.store.read().settings.lang).toBeUndefined();
    await expect(config(ctx, { key: 'colour', value: 'red' })).rejects.toMatchObject({
      code: 'config-key-unknown',
      exitCode: 2,
    });
    await expect(config(ctx, { key: 'network', value: 'workplace' })).rejects.toMatchObject({
      code: 'config-value-invalid',
    });
  });
});

describe('coach reset', () => {
  it('needs --yes when it cannot ask, confirms on a terminal, and keeps history', async () => {
    ctx = testContext({ terminal: false });
    await withProgress(ctx);
    await expect(reset(ctx, { lessons: ['demo-basics'] })).rejects.toMatchObject({ code: 'input-needed', exitCode: 2 });
    expect(ctx.store.read().lessons['demo-basics']).toBeDefined();
    await reset(ctx, { lessons: ['demo-basics'], yes: true });
    expect(ctx.store.read().lessons['demo-basics']).toBeUndefined();

    const term = testContext({ terminal: true, prompter: new ScriptedPrompter([false, true]) });
    await withProgress(term);
    await reset(term, { lessons: [], all: true });
    expect(term.store.read().lessons['demo-basics']).toBeDefined();
    await reset(term, { lessons: [], all: true });
    expect(term.store.read().lessons).toEqual({});
    term.cleanup();
  });
});

describe('coach (home)', () => {
  it('without a terminal: the help and a one-line status, no prompt', async () => {
    const { run: home } = await import('../../src/commands/home/run.js');
    ctx = testContext({ terminal: false });
    await home(ctx);
    expect(ctx.stdout.text).toMatch(/^Usage: coach/);
    expect(ctx.stdout.text).toMatch(/0\/42 lessons completed · next: coach start demo-basics\n$/);
  });
  it('on a terminal: a menu that shows progress and quits', async () => {
    const { run: home } = await import('../../src/commands/home/run.js');
    const p = new ScriptedPrompter(['progress', 'quit']);
    ctx = testContext({ terminal: true, prompter: p });
    await ctx.store.update((s) => ({ ...s, settings: { network: 'slack' } })); // not a first run
    await home(ctx);
    expect(p.asked[0]!.choices).toEqual(['next', 'choose', 'progress', 'settings', 'quit']);
    expect(ctx.stdout.text).toContain('Your progress');
  });
  it('on a first run: a short welcome, language and network asked once, then the first lesson', async () => {
    const { run: home } = await import('../../src/commands/home/run.js');
    const p = new ScriptedPrompter(['fr', 'teams', INTERRUPT]);
    ctx = testContext({ terminal: true, prompter: p });
    await expect(home(ctx)).rejects.toBeInstanceOf(Interrupted);
    expect(ctx.stderr.text).toContain('Welcome to exec-coach.');
    expect(ctx.stderr.text).toContain('stays on this computer');
    expect(ctx.stderr.text).toContain('Nobody else sees your progress');
    expect(ctx.stderr.text).toContain('Votre première leçon commence.');
    expect(p.asked.map((a) => a.message)).toEqual([
      'Which language for the coach and the lessons?',
      'Quel réseau interne votre entreprise utilise-t-elle\u00a0? (modifiable avec `coach config network`)',
      'Appuyez sur Entrée pour continuer',
    ]);
    expect(ctx.store.read().settings).toEqual({ lang: 'fr', network: 'teams' });
    expect(ctx.stdout.text).toContain('Étape 1/');
  });
});
