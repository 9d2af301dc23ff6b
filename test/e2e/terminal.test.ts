/**
 * The real terminal: the built binary in a tmux pseudo-terminal, answered with keystrokes.
 * A lesson completed end to end, then Ctrl-C in the middle of one and a resume at that step.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coach, tempHome } from '../helpers/cli.js';
import { COURSE } from '../helpers/context.js';
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

const start = (args: string[]) => (session = new TmuxSession(['start', ...args, '--lessons', COURSE], { home }));

describe('coach start in a real terminal', { timeout: 60_000 }, () => {
  it('completes a lesson with keystrokes; status then shows it completed', async () => {
    const s = start(['demo-basics']);
    await s.waitFor('The basics');
    expect(s.screen()).toContain('Step 1/6 · Read this');
    await firstThreeSteps(s);
    await lastThreeSteps(s);
    expect(await s.exitCode()).toBe(0);

    const status = JSON.parse(coach(['status', '--json', '--lessons', COURSE], { home }).stdout);
    expect(status.lessons.find((l: { id: string }) => l.id === 'demo-basics')).toMatchObject({
      status: 'completed',
      stepsDone: 6,
      stepsTotal: 6,
      mode: 'live',
    });
    expect(status.summary.completed).toBe(1);
  });

  it('Ctrl-C at a step saves, exits 130, and the next start resumes at that step', async () => {
    const s = start(['demo-basics']);
    await firstThreeSteps(s);
    await s.waitFor('Type your text');
    s.keys('C-c');
    await s.waitFor('Stopped. Your progress is saved');
    expect(await s.exitCode()).toBe(130);
    s.kill();
    const status = JSON.parse(coach(['status', '--json', '--lessons', COURSE], { home }).stdout);
    expect(status.lessons.find((l: { id: string }) => l.id === 'demo-basics')).toMatchObject({
      status: 'in-progress',
      stepsDone: 3,
    });

    const again = start([]);
    await again.waitFor('Welcome back: resuming at step 4 of 6.');
    expect(again.screen()).toContain('Step 4/6 · Write three lines');
    again.keys('C-c');
    expect(await again.exitCode()).toBe(130);
  });
});
