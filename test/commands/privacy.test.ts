/**
 * What the learner writes stays theirs: after a lesson with a post drafted and handed back (and
 * copied to the clipboard) and a private reflection, the texts are in `coach notes` (the learner's
 * own view) and nowhere meant for others: not the record, its preview, `status --json`, nor the
 * xAPI queue; the clipboard sequence goes to the learner's terminal only, never to stdout.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run as exportRecord } from '../../src/commands/export/run.js';
import { run as notes } from '../../src/commands/notes/run.js';
import { run as start } from '../../src/commands/start/run.js';
import { run as status } from '../../src/commands/status/run.js';
import { testContext, type TestContext } from '../helpers/context.js';
import { testEnrollment } from '../helpers/fake-lrs.js';
import { ScriptedPrompter } from '../helpers/prompter.js';
import { answersFor } from '../helpers/script.js';

const POST = 'Our Lyon apprentices asked why we still print checklists. PRIVATE-POST-7731. What would you change?';
const THOUGHT = 'PRIVATE-THOUGHT-0042: I cut the figures.';
const made: TestContext[] = [];
afterEach(() => {
  for (const c of made.splice(0)) c.cleanup();
});

describe('privacy of what the learner writes', () => {
  it('the post and the reflection are in coach notes, and in no output meant for others', async () => {
    const base = testContext({ lessonDirs: [] });
    made.push(base);
    await base.store.update((s) => ({ ...s, enrollment: testEnrollment('https://lrs.example.com/xapi') }));
    const doc = (await base.catalog()).lessons.find((l) => l.id === 'x-first-post')!.docs.en!;
    const answers = answersFor(doc, { now: base.now(), draft: true }).map((a) =>
      a === 'A private thought.' ? THOUGHT : typeof a === 'string' && a.startsWith('Point 1') ? POST : a,
    );
    const runner = testContext({ lessonDirs: [], home: base.home, prompter: new ScriptedPrompter(answers) });
    Object.defineProperty(runner.stderr, 'isTTY', { value: true });
    made.push(runner);
    expect(await start(runner, { lesson: 'x-first-post' })).toMatchObject({ completed: true });
    // The draft was handed back and sent to the clipboard on the learner's own terminal.
    expect(runner.stderr.text).toContain(`\u001b]52;c;${Buffer.from(POST).toString('base64')}\u0007`);
    expect(runner.stdout.text).not.toContain(']52;');

    const mine = testContext({ lessonDirs: [], home: base.home, terminal: false });
    made.push(mine);
    await notes(mine, {});
    expect(mine.stdout.text).toContain('PRIVATE-POST-7731');
    expect(mine.stdout.text).toContain('PRIVATE-THOUGHT-0042');

    const others = testContext({ lessonDirs: [], home: base.home, terminal: false });
    made.push(others);
    const record = await exportRecord(others, { out: 'record.json' });
    await exportRecord(others, { preview: true });
    await status(others, { json: true });
    const queue = readFileSync(path.join(base.home, 'xapi', 'queue.jsonl'), 'utf8');
    for (const text of [
      JSON.stringify(record),
      readFileSync(path.join(base.home, 'record.json'), 'utf8'),
      others.stdout.text,
      others.stderr.text,
      queue,
    ]) {
      expect(text).not.toContain('PRIVATE-POST-7731');
      expect(text).not.toContain('PRIVATE-THOUGHT-0042');
      expect(text).not.toContain(Buffer.from(POST).toString('base64'));
    }
    expect(queue.split('\n').filter(Boolean).length).toBeGreaterThan(3); // the statements were there to look at
  });
});
