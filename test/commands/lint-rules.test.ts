/** Lint rules of the lesson runner's new fields: `requires:` names lessons that exist, the same in both languages; a `url` task's `example:` exists and matches its `pattern`. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lint } from '../../src/commands/lint/run.js';
import { issueText } from '../../src/i18n/lesson-issues.js';
import { testContext } from '../helpers/context.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function course(files: Record<string, string>): string {
  dir = mkdtempSync(path.join(tmpdir(), 'coach-lint-rules-'));
  const all = {
    'co/track.yaml': 'id: co\norder: 9\ntitle: { en: Ours, fr: Les nôtres }\nsummary: { en: Ours., fr: Les nôtres. }\n',
    ...files,
  };
  for (const [rel, text] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

const lesson = (front: string, task: string) =>
  `---\nid: co-charter\ntitle: Our charter\nminutes: 10\nversion: 1\nobjective: Read it.\n${front}---\n\n## Read\n\nText.\n\n## Find it\n\nOpen it.\n\n\`\`\`task\n${task}\`\`\`\n\n## Check\n\n\`\`\`quiz\nquestion: Q?\nchoices:\n  a: A\n  b: B\nanswer: a\nexplain: E.\n\`\`\`\n`;

async function problems(files: Record<string, string>): Promise<string[]> {
  const ctx = testContext({ terminal: false, lessonDirs: [] });
  const report = await lint(ctx, [course(files)]);
  ctx.cleanup();
  return report.issues.map((i) => `${path.basename(i.file)}: ${issueText('en', i)}`);
}

const URL_TASK = 'evidence: url\npattern: "^https://intranet\\\\.example\\\\.com/charter/"\n';

describe('lint: requires', () => {
  it('an unknown lesson in requires is an error naming it; a known one (bundled) is fine', async () => {
    const found = await problems({
      'co/01-charter.en.md': lesson('requires: [security-lock-down, no-such-lesson]\n', 'evidence: attest\n'),
      'co/01-charter.fr.md': lesson('requires: [security-lock-down, no-such-lesson]\n', 'evidence: attest\n'),
    });
    expect(found).toContain('01-charter.en.md: "requires" names lessons that do not exist: no-such-lesson');
    expect(found.filter((f) => f.includes('security-lock-down'))).toEqual([]);
  });

  it('requires must be the same in both languages', async () => {
    const found = await problems({
      'co/01-charter.en.md': lesson('requires: [security-lock-down]\n', 'evidence: attest\n'),
      'co/01-charter.fr.md': lesson('', 'evidence: attest\n'),
    });
    expect(found.some((f) => f.startsWith('01-charter.fr.md: "requires" differs between the languages'))).toBe(true);
  });
});

describe('lint: a url task with a pattern has its own example', () => {
  it('missing: an error; not matching: an error naming it; matching: fine', async () => {
    const missing = await problems({
      'co/01-charter.en.md': lesson('', URL_TASK),
      'co/01-charter.fr.md': lesson('', URL_TASK),
    });
    expect(missing.filter((f) => f.includes('needs an "example:" link'))).toHaveLength(2);
    const wrong = `${URL_TASK}example: https://intranet.example.com/news/2026/leadership-charter\n`;
    const mismatch = await problems({
      'co/01-charter.en.md': lesson('', wrong),
      'co/01-charter.fr.md': lesson('', wrong),
    });
    expect(mismatch).toContain(
      '01-charter.en.md: the "example:" link does not match the task\'s "pattern": https://intranet.example.com/news/2026/leadership-charter',
    );
    const right = `${URL_TASK}example: https://intranet.example.com/charter/2026\n`;
    const fine = await problems({ 'co/01-charter.en.md': lesson('', right), 'co/01-charter.fr.md': lesson('', right) });
    expect(fine.filter((f) => f.includes('example'))).toEqual([]);
  });
});

describe('the runner: a refused link shows the lesson’s own example', () => {
  it('not the generic example, which the pattern would refuse too', async () => {
    const { run: start } = await import('../../src/commands/start/run.js');
    const { ScriptedPrompter } = await import('../helpers/prompter.js');
    const task = `${URL_TASK}example: https://intranet.example.com/charter/2026\n`;
    const folder = course({ 'co/01-charter.en.md': lesson('', task), 'co/01-charter.fr.md': lesson('', task) });
    const answers = [
      '',
      'link',
      'https://intranet.example.com/news/leadership-charter',
      'https://intranet.example.com/charter/ours',
      'a',
    ];
    const ctx = testContext({ lessonDirs: [folder], prompter: new ScriptedPrompter(answers) });
    expect(await start(ctx, { lesson: 'co-charter' })).toMatchObject({ completed: true });
    expect(ctx.stderr.text).toContain(
      'That link is not the kind this lesson expects.\nExpected something like: https://intranet.example.com/charter/2026',
    );
    ctx.cleanup();
  });
});
