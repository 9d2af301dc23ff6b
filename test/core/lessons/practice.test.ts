/** Practices in a lesson's front matter (`practice:`): parsed with their lines, linted, the same in both languages. */
import { describe, expect, it } from 'vitest';
import { assemble, type FolderSource } from '../../../src/core/lessons/assemble.js';
import { contentIssues as lint } from '../../../src/core/lessons/content-rules.js';
import { parseLesson } from '../../../src/core/lessons/parse.js';
import { parseFolder } from '../../../src/core/lessons/parse-folder.js';
import { issueText } from '../../../src/i18n/lesson-issues.js';

const en = (i: Parameters<typeof issueText>[1]) => issueText('en', i);
const lesson = (practice: string, extra = '') =>
  `---\nid: t-a\ntitle: T\nminutes: 10\nversion: 1\nobjective: O.\n${extra}${practice}---\n\n## Q\n\n\`\`\`quiz\nquestion: Q?\nchoices:\n  a: A\n  b: B\nanswer: a\nexplain: E.\n\`\`\`\n`;
const one = (minutes: number | string, evidence: string, text = 'Thank one colleague.') =>
  `practice:\n  - minutes: ${minutes}\n    evidence: ${evidence}\n    text: ${text}\n`;
const track = {
  path: '/l/t/track.yaml',
  text: 'id: t\norder: 1\ntitle: { en: T, fr: T }\nsummary: { en: S, fr: S }\n',
};
const folder = (enText: string, frText: string): FolderSource => ({
  dir: '/l',
  bundled: true,
  tracks: [
    {
      name: 't',
      trackYaml: track,
      files: [
        { path: '/l/t/01-a.en.md', text: enText },
        { path: '/l/t/01-a.fr.md', text: frText },
      ],
    },
  ],
});

describe('practice in the front matter', () => {
  it('is read as a list, each item with its text, minutes, evidence and file line', () => {
    const src = lesson(
      `${one(2, 'attest')}  - minutes: 5\n    evidence: linkedin-comment\n    text: >-\n      Comment on one post\n      by an employee.\n`,
    );
    const { doc, issues } = parseLesson(src, 'a.en.md', 'en');
    expect(issues).toEqual([]);
    expect(doc?.practice).toEqual([
      { text: 'Thank one colleague.', minutes: 2, evidence: 'attest', line: 8 },
      { text: 'Comment on one post by an employee.', minutes: 5, evidence: 'linkedin-comment', line: 11 },
    ]);
  });

  it('is optional: a lesson without one has none', () => {
    expect(parseLesson(lesson(''), 'a.en.md', 'en').doc?.practice).toBeUndefined();
  });

  it.each([
    ['minutes 0', one(0, 'attest'), /practice\.0\.minutes.*between 1 and 5/],
    ['minutes 6', one(6, 'attest'), /practice\.0\.minutes.*between 1 and 5/],
    ['minutes as text', one('"3"', 'attest'), /practice\.0\.minutes/],
    ['text evidence', one(2, 'text'), /practice\.0\.evidence/],
    ['an unknown evidence kind', one(2, 'carrier-pigeon'), /practice\.0\.evidence/],
    ['an empty text', one(2, 'attest', '""'), /practice\.0\.text.*must not be empty/],
    ['no text', 'practice:\n  - minutes: 2\n    evidence: attest\n', /practice\.0\.text/],
    ['an unknown key', `${one(2, 'attest')}    colour: red\n`, /practice\.0\.colour/],
    ['an empty list', 'practice: []\n', /practice/],
  ])('refuses %s, naming the field and its line', (_name, practice, message) => {
    const { doc, issues } = parseLesson(lesson(practice), 'a.en.md', 'en');
    expect(doc).toBeUndefined();
    expect(issues.map(en).join('\n')).toMatch(message);
    expect(issues[0]!.line).toBeGreaterThanOrEqual(7);
    expect(issues[0]!.line).toBeLessThanOrEqual(12);
  });

  it('needs network: true for evidence by network, and the typographic apostrophe in French', () => {
    // The one-step lesson here breaks the step-count rule: only the practice rules are looked at.
    const contentIssues = (doc: Parameters<typeof lint>[0]) => lint(doc).filter((i) => i.code !== 'step-count');
    const map =
      'practice:\n  - minutes: 3\n    evidence:\n      slack: slack-message\n      teams: teams-message\n    text: Answer one question.\n';
    const noNetwork = parseLesson(lesson(map), 'a.en.md', 'en').doc!;
    expect(contentIssues(noNetwork).map((i) => [i.line, i.code])).toEqual([[8, 'map-needs-network']]);
    const withNetwork = parseLesson(lesson(map, 'network: true\n'), 'a.en.md', 'en').doc!;
    expect(contentIssues(withNetwork).map((i) => i.code)).toEqual([]);
    const french = parseLesson(lesson(one(2, 'attest', "Remerciez quelqu'un.")), 'a.fr.md', 'fr').doc!;
    expect(contentIssues(french).map((i) => [i.line, i.code, en(i)])).toEqual([
      [8, 'practice-apostrophe', expect.stringContaining("quelqu'un")],
    ]);
    const typographic = parseLesson(lesson(one(2, 'attest', 'Remerciez quelqu’un.')), 'a.fr.md', 'fr').doc!;
    expect(contentIssues(typographic)).toEqual([]);
  });

  it('must match across languages: as many, same minutes, same evidence', () => {
    const same = assemble([
      parseFolder(folder(lesson(one(2, 'attest')), lesson(one(2, 'attest', 'Remerciez un collègue.')))),
    ]);
    expect(same.issues).toEqual([]);
    const cases: [string, string][] = [
      [one(3, 'attest'), '2 min'],
      [one(2, 'linkedin-comment'), 'linkedin-comment'],
      ['', 'no practice'],
      [`${one(2, 'attest')}  - minutes: 1\n    evidence: attest\n    text: Encore.\n`, 'practice 2'],
    ];
    for (const [fr, shown] of cases) {
      const c = assemble([parseFolder(folder(lesson(one(2, 'attest')), lesson(fr)))]);
      expect(
        c.issues.map((i) => i.code),
        fr,
      ).toEqual(['parity-practice']);
      expect(c.issues[0]!.file).toBe('/l/t/01-a.fr.md');
      expect(en(c.issues[0]!)).toContain(shown);
    }
  });
});
