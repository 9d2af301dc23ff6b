/** The prose rules of `coach lint`: steps of at most 220 words, and the typographic apostrophe in French. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseLesson } from '../../../src/core/lessons/parse.js';
import {
  isSourcesLine,
  proseFindings,
  proseWordCount,
  STEP_WORD_LIMIT,
  straightApostrophes,
} from '../../../src/core/lessons/prose-rules.js';
import type { Step } from '../../../src/core/lessons/types.js';
import { run as lint } from '../../../src/commands/lint/run.js';
import { testContext } from '../../helpers/context.js';

const words = (n: number) => Array.from({ length: n }, (_, i) => `mot${i}`).join(' ');
const reading = (body: string, title = 'A step'): Step => ({ title, body, kind: 'reading', line: 10 });

describe('word count', () => {
  it('counts runs of letters and digits', () => {
    expect(proseWordCount('Two-factor authentication: 2FA, e.g. l’équipe.')).toBe(8);
    expect(proseWordCount('**Bold** and *italic* and `code` — 30 %')).toBe(6);
  });

  it('leaves out fenced blocks and the "Sources" line', () => {
    const body = [
      'One two three.',
      '',
      '```text',
      'not counted at all',
      '```',
      '',
      '*Sources: AMF, Guide de l’information permanente, 2024*',
    ].join('\n');
    expect(proseWordCount(body)).toBe(3);
    expect(proseWordCount('~~~\nfour five\n~~~\nsix')).toBe(1);
    expect(isSourcesLine('*Sources\u00A0: AMF, 2024 ; CLIFF, 2019.*')).toBe(true);
    expect(isSourcesLine('_Source: LinkedIn, 2026_')).toBe(true);
    expect(isSourcesLine('Our sources say so.')).toBe(false);
  });

  it('fails a step over the limit, in either language, and passes one at the limit', () => {
    expect(proseFindings('a.en.md', [reading(words(STEP_WORD_LIMIT))])).toEqual([]);
    expect(proseFindings('a.fr.md', [reading(words(STEP_WORD_LIMIT))])).toEqual([]);
    const over = proseFindings('a.en.md', [reading(words(STEP_WORD_LIMIT + 1))]);
    expect(over).toEqual([
      { code: 'step-too-long', line: 10, params: { words: STEP_WORD_LIMIT + 1, limit: STEP_WORD_LIMIT } },
    ]);
    expect(proseFindings('a.fr.md', [reading(words(300))])[0]?.code).toBe('step-too-long');
  });

  it('does not let a long "Sources" line or a fenced example push a step over', () => {
    const body = `${words(200)}\n\n\`\`\`text\n${words(100)}\n\`\`\`\n\n*Sources: ${words(60)}*`;
    expect(proseFindings('a.en.md', [reading(body)])).toEqual([]);
  });

  it('counts every network section: the step must be short as written', () => {
    const body = `${words(100)}\n\n::: slack\n${words(70)}\n:::\n\n::: teams\n${words(70)}\n:::`;
    expect(proseFindings('a.en.md', [reading(body)])[0]).toMatchObject({
      code: 'step-too-long',
      params: { words: 240 },
    });
  });
});

describe('straight apostrophes in French', () => {
  it('finds them in prose, with the word around them', () => {
    expect(straightApostrophes("L'équipe n'a pas vu l’autre.")).toEqual(["L'équipe", "n'a"]);
  });

  it('ignores code spans and fenced code', () => {
    expect(straightApostrophes("Tapez `coach start` puis `echo 'ok'`.\n\n```\nl'exemple\n```")).toEqual([]);
  });

  it('fails a French step with one in its title, text or block strings, and passes the same text with ’', () => {
    expect(proseFindings('a.fr.md', [reading("C'est l'étape.")])).toEqual([
      { code: 'straight-apostrophe', line: 10, params: { count: 2, example: "C'est" } },
    ]);
    expect(proseFindings('a.fr.md', [reading('Texte.', "L'étape")])[0]?.code).toBe('straight-apostrophe');
    const quiz: Step = {
      title: 'Vérification',
      body: '',
      kind: 'quiz',
      line: 3,
      block: {
        kind: 'quiz',
        question: 'Que faire ?',
        choices: { a: "L'ignorer", b: 'Répondre' },
        answer: ['b'],
        explain: 'Parce que.',
      },
    };
    expect(proseFindings('a.fr.md', [quiz])).toEqual([
      { code: 'straight-apostrophe', line: 3, params: { count: 1, example: "L'ignorer" } },
    ]);
    const task: Step = {
      title: 'Tâche',
      body: 'Faites-le.',
      kind: 'task',
      line: 4,
      block: { kind: 'task', evidence: 'attest', count: 1, draftOk: false, prompt: "C'est fait" },
    };
    expect(proseFindings('a.fr.md', [task])).toHaveLength(1);
    const checklist: Step = {
      title: 'Liste',
      body: '',
      kind: 'checklist',
      line: 5,
      block: { kind: 'checklist', items: ["J'ai vérifié"] },
    };
    expect(proseFindings('a.fr.md', [checklist])).toHaveLength(1);
    const reflect: Step = {
      title: 'Note',
      body: '',
      kind: 'reflect',
      line: 6,
      block: { kind: 'reflect', prompt: "Qu'en pensez-vous ?", optional: true },
    };
    expect(proseFindings('a.fr.md', [reflect])).toHaveLength(1);
    expect(
      proseFindings('a.fr.md', [
        reading('C’est l’étape.', 'L’étape'),
        { ...quiz, block: { ...quiz.block!, choices: { a: 'L’ignorer', b: 'Répondre' } } as Step['block'] },
      ]),
    ).toEqual([]);
  });

  it('does not apply to English', () => {
    expect(proseFindings('a.en.md', [reading("It's the team's step.")])).toEqual([]);
  });

  it('reads YAML keys as structure, not prose: only the parsed strings are checked', () => {
    const src =
      "---\nid: t-a\ntitle: T\nminutes: 10\nversion: 1\nobjective: O\n---\n\n## Étape\n\n```quiz\nquestion: 'Qu''en dit-on ?'\nchoices:\n  a: Oui\n  b: Non\nanswer: a\nexplain: Voilà.\n```\n";
    const doc = parseLesson(src, 'x.fr.md', 'fr').doc!;
    // The YAML quote doubling ('') is syntax; the question itself holds one straight apostrophe.
    expect(proseFindings('x.fr.md', doc.steps)).toEqual([
      { code: 'straight-apostrophe', line: 9, params: { count: 1, example: "Qu'en" } },
    ]);
  });
});

describe('coach lint reports both rules, with file, line and words in the author’s language', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'coach-prose-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  };
  const lesson = (body: string) =>
    `---\nid: p-a\ntitle: T\nminutes: 10\nversion: 1\nobjective: O\n---\n\n## Lire\n\n${body}\n\n## Vérification\n\n\`\`\`quiz\nquestion: Q ?\nchoices:\n  a: A\n  b: B\nanswer: a\nexplain: E.\n\`\`\`\n\n## Note\n\n\`\`\`reflect\nprompt: P ?\n\`\`\`\n`;

  it('fails on a long step and on a straight apostrophe, and names them', async () => {
    write('p/track.yaml', 'id: p\norder: 90\ntitle: { en: P, fr: P }\nsummary: { en: S, fr: S }\n');
    write('p/01-a.en.md', lesson(words(230)));
    write('p/01-a.fr.md', lesson("C'est l'étape."));
    const en = testContext({ lang: 'en', terminal: false, lessonDirs: [] });
    await expect(lint(en, { dirs: [dir] })).rejects.toMatchObject({ code: 'lint-failed' });
    expect(en.stdout.text).toMatch(/01-a\.en\.md:9: error: this step holds 230 words of prose, more than 220/);
    expect(en.stdout.text).toMatch(
      /01-a\.fr\.md:9: error: straight apostrophe \(\x27\) in French text, as in "C'est" \(2 in this step\)/,
    );
    en.cleanup();
    const fr = testContext({ lang: 'fr', terminal: false, lessonDirs: [] });
    await expect(lint(fr, { dirs: [dir] })).rejects.toMatchObject({ code: 'lint-failed' });
    expect(fr.stdout.text).toContain('cette étape compte 230\u00A0mots de texte, plus que 220');
    expect(fr.stdout.text).toContain("apostrophe droite dans le texte français, par exemple dans «\u00A0C'est\u00A0»");
    fr.cleanup();
  });

  it('passes once the step is cut and the apostrophes are typographic', async () => {
    write('p/01-a.en.md', lesson(words(220)));
    write('p/01-a.fr.md', lesson('C’est l’étape.'));
    const ctx = testContext({ lang: 'en', terminal: false, lessonDirs: [] });
    const report = await lint(ctx, { dirs: [dir] });
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    ctx.cleanup();
  });
});
