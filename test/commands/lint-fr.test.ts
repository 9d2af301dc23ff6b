/** `coach lint` speaks the author's language: every problem, ours and the schema library's, in French. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run as lint } from '../../src/commands/lint/run.js';
import { testContext } from '../helpers/context.js';
import { LESSON_ISSUES } from '../../src/i18n/lesson-issues.js';

const dir = mkdtempSync(path.join(tmpdir(), 'coach-lint-fr-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (rel: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  writeFileSync(path.join(dir, rel), text);
};

describe('coach lint in French', () => {
  it('says every problem in French, with file and line', async () => {
    write('t/track.yaml', 'id: t\norder: 1\ntitle: { en: T, fr: T }\nsummary: { en: S, fr: S }\n');
    write(
      't/01-a.en.md',
      '---\nid: Bad_Id\ntitle: T\nminutes: 40\nversion: 1\nobjective: O\nextra: 1\n---\n\n## A\n\n```quiz\nquestion: Q\nchoices:\n  a: A\nanswer: b\nexplain: E\n```\n\n```reflect\nprompt: P\n```\n',
    );
    write(
      't/02-b.en.md',
      '---\nid: t-b\ntitle: T\nminutes: 10\nversion: 1\nobjective: O\n---\n\n## A\n\n```task\nevidence: carrier-pigeon\nmin: 9\nmax: 2\n```\n',
    );
    write('t/03-c.en.md', '# no front matter\n');
    write(
      't/04-d.en.md',
      '---\nid: t-d\ntitle: T\nminutes: 10\nversion: 1\nobjective: O\n---\nIntro.\n\n## A\n\n```task\nevidence: url\npattern: "(a+)+"\n```\n',
    );
    const ctx = testContext({ lang: 'fr', terminal: false, lessonDirs: [] });
    await expect(lint(ctx, { dirs: [dir] })).rejects.toMatchObject({ code: 'lint-failed' });
    const lines = ctx.stdout.text.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(9);
    for (const line of lines) {
      expect(line, line).toMatch(/\/t\/0\d-[a-d]\.en\.md(:\d+)?: (erreur|avertissement)\u00A0: /);
      expect(line, line).not.toMatch(/\b(must|field|is not|should|Invalid|Unrecognized|expected)\b/);
    }
    expect(ctx.stdout.text).toContain('«\u00A0b\u00A0» n’est pas l’un des choix (a)');
    expect(ctx.stdout.text).toContain('Clé non reconnue');
    ctx.cleanup();
  });

  it('has a French text for every problem code, different from the English one', () => {
    const params = {
      kb: 256,
      kind: 'quiz',
      stepLine: 3,
      detail: 'x',
      what: 'task block',
      field: 'min',
      id: 'a',
      folder: 'b',
      other: 'c',
      track: 't',
      lang: 'fr',
      here: 1,
      there: 2,
      step: 2,
      count: 7,
      names: 'workplace',
      words: 230,
      limit: 220,
      example: "l'exemple",
    };
    for (const code of Object.keys(LESSON_ISSUES.en) as (keyof typeof LESSON_ISSUES.en)[]) {
      expect(LESSON_ISSUES.fr[code](params), code).not.toBe(LESSON_ISSUES.en[code](params));
    }
  });
});
