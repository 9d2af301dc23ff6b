import { describe, expect, it } from 'vitest';
import { assemble } from '../../../src/core/lessons/assemble.js';
import { parseFolder } from '../../../src/core/lessons/parse-folder.js';
import type { FolderSource } from '../../../src/core/lessons/assemble.js';
import { issueText } from '../../../src/i18n/lesson-issues.js';
const en = (i: Parameters<typeof issueText>[1]) => issueText('en', i);
const withText = <T extends Parameters<typeof issueText>[1]>(i: T | undefined) => i && { ...i, message: en(i) };

const track = {
  path: '/l/t/track.yaml',
  text: 'id: t\norder: 1\ntitle: { en: T, fr: T }\nsummary: { en: S, fr: S }\n',
};
const lesson = (id: string, quizAnswer = 'a', steps = '') =>
  `---\nid: ${id}\ntitle: T\nminutes: 10\nversion: 1\nobjective: O.\n---\n\n## Q\n\n\`\`\`quiz\nquestion: Q?\nchoices:\n  a: A\n  b: B\nanswer: ${quizAnswer}\nexplain: E.\n\`\`\`\n${steps}`;
const folder = (files: Record<string, string>, bundled = true): FolderSource => ({
  dir: '/l',
  bundled,
  tracks: [
    {
      name: 't',
      trackYaml: track,
      files: Object.entries(files).map(([name, text]) => ({ path: `/l/t/${name}`, text })),
    },
  ],
});

describe('assemble', () => {
  it('pairs the two languages of a lesson', () => {
    const c = assemble([parseFolder(folder({ '01-a.en.md': lesson('t-a'), '01-a.fr.md': lesson('t-a') }))]);
    expect(c.issues).toEqual([]);
    expect(c.lessons).toHaveLength(1);
    expect(Object.keys(c.lessons[0]!.docs).sort()).toEqual(['en', 'fr']);
  });

  it('requires both languages for bundled lessons, and only warns for extra folders', () => {
    const bundled = assemble([parseFolder(folder({ '01-a.en.md': lesson('t-a') }))]);
    expect(withText(bundled.issues[0])).toMatchObject({
      severity: 'error',
      message: expect.stringContaining('no French'),
    });
    const extra = assemble([parseFolder(folder({ '01-a.en.md': lesson('t-a') }, false))]);
    expect(withText(extra.issues[0])).toMatchObject({ severity: 'warning' });
  });

  it('finds parity problems: different answers, different step kinds', () => {
    const c = assemble([parseFolder(folder({ '01-a.en.md': lesson('t-a', 'a'), '01-a.fr.md': lesson('t-a', 'b') }))]);
    expect(c.issues.map(en)[0]).toMatch(/answer b here, quiz choices a\/b with answer a in English/);
    const d = assemble([
      parseFolder(
        folder({
          '01-a.en.md': lesson('t-a', 'a', '\n## R\n\nRead.\n'),
          '01-a.fr.md': lesson('t-a', 'a', '\n## R\n\n```reflect\nprompt: P\n```\n'),
        }),
      ),
    ]);
    expect(d.issues.map(en)[0]).toMatch(/step 2 is a reflect step here but a reading step in English/);
  });

  it('names both files of a duplicate id', () => {
    const c = assemble([parseFolder(folder({ '01-a.en.md': lesson('t-a'), '02-b.en.md': lesson('t-a') }, false))]);
    expect(c.issues.some((i) => i.file === '/l/t/02-b.en.md' && en(i).includes('/l/t/01-a.en.md'))).toBe(true);
  });

  it('keeps unreadable files aside with their id, and the other lessons', () => {
    const c = assemble([parseFolder(folder({ '01-a.en.md': lesson('t-a'), '02-b.en.md': lesson('t-b', 'z') }, false))]);
    expect(c.lessons.map((l) => l.id)).toEqual(['t-a']);
    expect(c.broken[0]).toMatchObject({ id: 't-b', file: '/l/t/02-b.en.md' });
  });
});
