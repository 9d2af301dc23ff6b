import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../../src/core/lessons/parse.js';
import { issueText } from '../../../src/i18n/lesson-issues.js';
const en = (i: Parameters<typeof issueText>[1]) => issueText('en', i);
const withText = <T extends Parameters<typeof issueText>[1]>(i: T | undefined) => i && { ...i, message: en(i) };

const front = (extra = '') =>
  `---\nid: demo-one\ntitle: One\nminutes: 10\nversion: 1\nobjective: Learn.\n${extra}---\n`;

describe('parseLesson', () => {
  it('splits steps at level-2 headings and reads each block', () => {
    const src = `${front()}\n## Read\n\nText **bold**.\n\n## Quiz\n\n\`\`\`quiz\nquestion: Q?\nchoices:\n  a: One\n  b: Two\nanswer: [b, a]\nexplain: Because.\n\`\`\`\n\n## Do\n\n\`\`\`task\nevidence: text\nmin: 5\nmin_lines: 2\nlength: x\n\`\`\`\n\n## Reflect\n\n\`\`\`reflect\nprompt: Why?\noptional: false\n\`\`\`\n`;
    const { doc, issues } = parseLesson(src, 'one.en.md', 'en');
    expect(issues).toEqual([]);
    expect(doc?.steps.map((s) => s.kind)).toEqual(['reading', 'quiz', 'task', 'reflect']);
    expect(doc?.steps[0]).toMatchObject({ title: 'Read', body: 'Text **bold**.', line: 9 });
    expect(doc?.steps[1]?.block).toMatchObject({ kind: 'quiz', answer: ['a', 'b'] });
    expect(doc?.steps[2]?.block).toEqual({
      kind: 'task',
      evidence: 'text',
      count: 1,
      draftOk: false,
      min: 5,
      minLines: 2,
      length: 'x',
    });
    expect(doc?.steps[3]?.block).toEqual({ kind: 'reflect', prompt: 'Why?', optional: false });
  });

  it('keeps ordinary fenced code in the text and ignores headings inside it', () => {
    const src = `${front()}\n## Step\n\n\`\`\`\n## not a step\n\`\`\`\n`;
    const { doc } = parseLesson(src, 'f.en.md', 'en');
    expect(doc?.steps).toHaveLength(1);
    expect(doc?.steps[0]?.body).toContain('## not a step');
  });
});

describe('parseLesson issue lines', () => {
  it('names the line of a wrong field inside a block', () => {
    const src = `${front()}\n## Quiz\n\n\`\`\`quiz\nquestion: Q?\nchoices:\n  a: One\n  b: Two\nanswer: z\nexplain: E.\n\`\`\`\n`;
    const { doc, issues } = parseLesson(src, 'q.en.md', 'en');
    expect(doc).toBeUndefined();
    expect(issues.map((i) => ({ ...i, message: en(i) }))).toEqual([
      expect.objectContaining({
        file: 'q.en.md',
        line: 16,
        message: expect.stringContaining('"z" is not one of the choices'),
      }),
    ]);
  });

  it('names the line of a front matter problem', () => {
    const src = `---\nid: Not_Kebab\ntitle: T\nminutes: 40\nversion: 1\nobjective: O.\n---\n\n## S\n\nText.\n`;
    const { issues } = parseLesson(src, 'f.en.md', 'en');
    expect(issues.map((i) => [i.line, en(i).split(':')[0]])).toEqual([
      [2, 'front matter field "id"'],
      [4, 'front matter field "minutes"'],
    ]);
  });

  it('reports YAML syntax errors with the file line', () => {
    const src = `${front()}\n## T\n\n\`\`\`task\nevidence: [unclosed\n\`\`\`\n`;
    const { issues } = parseLesson(src, 'y.en.md', 'en');
    expect(withText(issues[0])).toMatchObject({ line: 12, message: expect.stringMatching(/^YAML/) });
  });
});

describe('parseLesson refusals', () => {
  it('refuses unknown evidence kinds, unknown keys, bad patterns and two blocks in a step', () => {
    const src = `${front()}\n## A\n\n\`\`\`task\nevidence: carrier-pigeon\n\`\`\`\n\n## B\n\n\`\`\`task\nevidence: url\npattern: "(unclosed"\n\`\`\`\n\n## C\n\n\`\`\`reflect\nprompt: P\ncolour: red\n\`\`\`\n\n\`\`\`checklist\nitems: [x]\n\`\`\`\n`;
    const { issues } = parseLesson(src, 'k.en.md', 'en');
    const text = issues.map((i) => `${i.line} ${en(i)}`).join('\n');
    expect(text).toMatch(/^12 task block field "evidence"/m);
    expect(text).toMatch(/^19 task block field "pattern" is not a regular expression the coach can run/m);
    expect(text).toMatch(/^26 reflect block field "colour"/m);
    expect(text).toMatch(/^29 a step holds at most one block/m);
  });

  it('refuses YAML aliases (no alias bombs), control characters and oversized files', () => {
    const bomb = `${front()}\n## A\n\n\`\`\`checklist\nitems: &a [x, y]\nmore: *a\n\`\`\`\n`;
    expect(parseLesson(bomb, 'b.en.md', 'en').issues.map(en)[0]).toMatch(/alias/i);
    const esc = `${front()}\n## A\n\nHello \u001b[2J world\n`;
    expect(withText(parseLesson(esc, 'e.en.md', 'en').issues[0])).toMatchObject({
      line: 11,
      message: expect.stringContaining('control character'),
    });
    expect(parseLesson('x'.repeat(300 * 1024), 'big.en.md', 'en').issues.map(en)[0]).toMatch(/larger than/);
  });

  it('requires front matter, a closing line, steps, and no text before the first step', () => {
    expect(parseLesson('# Title\n', 'a.en.md', 'en').issues.map(en)[0]).toMatch(/must start with front matter/);
    expect(parseLesson('---\nid: x\n', 'a.en.md', 'en').issues.map(en)[0]).toMatch(/not closed/);
    expect(withText(parseLesson(`${front()}\nIntro text.\n\n## S\n\nx\n`, 'a.en.md', 'en').issues[0])).toMatchObject({
      line: 9,
      message: expect.stringMatching(/before the first step/),
    });
    expect(parseLesson(`${front()}\n`, 'a.en.md', 'en').issues.map(en)[0]).toMatch(/no step/);
  });

  it('accepts CRLF line endings and a byte-order mark', () => {
    const src = `\uFEFF${front()}\n## S\n\nText.\n`.replace(/\n/g, '\r\n');
    expect(parseLesson(src, 'c.en.md', 'en').doc?.steps[0]?.body).toBe('Text.');
  });
});

describe('url patterns from third-party lessons', () => {
  const lesson = (pattern: string) =>
    `${'---\nid: demo-one\ntitle: One\nminutes: 10\nversion: 1\nobjective: Learn.\n---\n'}\n## Do\n\n\`\`\`task\nevidence: url\npattern: '${pattern}'\n\`\`\`\n`;
  it('accepts nested repetition (matched by RE2 in linear time) and refuses what RE2 cannot run', () => {
    for (const nested of ['(a+)+$', '^(https://x/(\\w+)*)+$', '(\\d*){2,}'])
      expect(parseLesson(lesson(nested), 'p.en.md', 'en').issues, nested).toEqual([]);
    expect(parseLesson(lesson('(?<=x)a'), 'p.en.md', 'en').issues.map(en)[0]).toMatch(/RE2 syntax/);
  });
  it('accepts ordinary patterns', () => {
    for (const good of [
      '^https://intranet\\.example\\.com/charter/',
      '^https://(www\\.)?example\\.com/[a-z-]+$',
      '(ab)+c',
    ]) {
      expect(parseLesson(lesson(good), 'p.en.md', 'en').issues, good).toEqual([]);
    }
  });
});
