/**
 * A third-party lesson folder (`--lessons DIR`) full of hostile files, read by the built binary:
 * terminal control sequences, YAML alias bombs, an oversized file, ids that try to escape a folder
 * or collide, links that try to become terminal hyperlinks. Each must be refused with a message
 * naming its file (and line where there is one); nothing printed may drive the terminal; and the
 * good lessons in the same folder still load and show.
 *
 * Build first: `node src/build/bundle.mjs`.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coach, ROOT, type CliResult } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';
import { run as show } from '../../src/commands/show/run.js';

const ESC = '\u001b';
let root: string;
let home: string;

/** A lesson file: front matter lines, then the body. */
function lessonText(front: Record<string, string | number>, body: string): string {
  return `---\n${Object.entries(front)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\n\n${body}`;
}
const front = (id: string, title = 'A lesson') => ({
  id,
  title,
  minutes: 5,
  version: 1,
  objective: 'Check that the coach stays safe.',
});
const QUIZ = '```quiz\nquestion: Which one?\nchoices:\n  a: This one\n  b: That one\nanswer: a\nexplain: Because.\n```';
const goodBody = (lang: 'en' | 'fr', extra = '') =>
  lang === 'en'
    ? `## Read this\n\nPlain text, nothing else.${extra}\n\n## Answer\n\n${QUIZ}\n\n## Think\n\n\`\`\`reflect\nprompt: What will you try?\n\`\`\`\n`
    : `## Lisez ceci\n\nDu texte simple.${extra}\n\n## Répondez\n\n${QUIZ.replace('Which one?', 'Laquelle ?')}\n\n## Réfléchissez\n\n\`\`\`reflect\nprompt: Qu’allez-vous essayer ?\n\`\`\`\n`;
const LINKS =
  '\n\n[click me](javascript:alert(document.cookie)) and <a href="javascript:alert(1)">an HTML link</a>, <javascript:alert(2)>, ' +
  'and an entity-encoded hyperlink &#27;]8;;https://evil.example/&#27;\\\\text&#27;]8;;&#27;\\\\ and &#x1b;[2J.';

/** A billion-laughs YAML: nine levels of nine aliases each. */
function bomb(): string {
  const lines = ['lol0: &lol0 "lol"'];
  for (let i = 1; i <= 9; i++)
    lines.push(`lol${i}: &lol${i} [${Array.from({ length: 9 }, () => `*lol${i - 1}`).join(', ')}]`);
  return lines.join('\n');
}

interface Hostile {
  /** Path under the lessons folder. */
  file: string;
  text: string;
  /** The line the refusal must name (0: the file only). */
  line: number | 'any';
  message: RegExp;
}

/** 1-based number of the first line holding `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

type Add = (file: string, text: string, line: number | 'any', message: RegExp) => void;

/** The hostile files, in a fixed order (the tests below pick some by index). */
function hostileLessons(): Hostile[] {
  const out: Hostile[] = [];
  const add: Add = (file, text, line, message) => out.push({ file, text, line, message });
  addControlSequences(add);
  addBombsAndSizes(add);
  addEscapingIds(add);
  // Deep nesting, no alias.
  const deep = `---\nid: acme-deep\ndeep: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n---\n\n${goodBody('en')}`;
  add('acme/19-deep-yaml.en.md', deep, 'any', /./);
  addHostileTracks(add);
  return out;
}

/** Terminal control sequences, raw and YAML-escaped, each in another place. */
function addControlSequences(add: Add): void {
  const control = /terminal control character/;
  // Raw control sequences, each in another place.
  let t = lessonText(front('acme-esc-title', `Clear ${ESC}[2J${ESC}[H the screen`), goodBody('en'));
  add('acme/03-esc-title.en.md', t, lineOf(t, 'title:'), control);
  t = lessonText(
    front('acme-osc-body'),
    goodBody('en', `\n\nRetitled ${ESC}]0;pwned${String.fromCharCode(7)} window.`),
  );
  add('acme/04-osc-body.en.md', t, lineOf(t, 'Retitled'), control);
  t = lessonText(
    front('acme-osc8-link'),
    goodBody('en', `\n\nA ${ESC}]8;;https://evil.example/${ESC}\\terminal hyperlink${ESC}]8;;${ESC}\\ here.`),
  );
  add('acme/05-osc8-link.en.md', t, lineOf(t, 'terminal hyperlink'), control);
  t = lessonText(front('acme-c1-heading'), goodBody('en').replace('## Answer', '## Answer \u009b31m now'));
  add('acme/06-c1-heading.en.md', t, lineOf(t, '## Answer'), control);
  t = lessonText(
    front('acme-bel-quiz'),
    goodBody('en').replace('question: Which one?', 'question: Which one?\u0007\u0007'),
  );
  add('acme/07-bel-quiz.en.md', t, lineOf(t, 'question:'), control);
  // Control characters written as YAML escapes: no raw byte in the file, but in the parsed value.
  t = lessonText(front('acme-yaml-escape', '"Hi \\e[2J\\e]0;pwned\\a there"'), goodBody('en'));
  add('acme/08-yaml-escape-title.en.md', t, lineOf(t, 'title:'), /control characters/);
  t = lessonText(front('acme-yaml-answer'), goodBody('en').replace('answer: a', 'answer: "\\e[2J\\x9b31m"'));
  add('acme/09-yaml-escape-answer.en.md', t, lineOf(t, 'answer:'), /answer/);
}

/** Alias bombs and an oversized file. */
function addBombsAndSizes(add: Add): void {
  // Alias bombs.
  let t = `---\n${bomb()}\nid: acme-bomb-front\ntitle: Bomb\nminutes: 5\nversion: 1\nobjective: Explode.\n---\n\n${goodBody('en')}`;
  add('acme/10-bomb-front.en.md', t, 2, /alias/i);
  t = lessonText(
    front('acme-bomb-block'),
    goodBody('en').replace('question: Which one?', `${bomb()}\nquestion: Which one?`),
  );
  add('acme/11-bomb-block.en.md', t, lineOf(t, '```quiz') + 1, /alias/i);
  // Oversized.
  t = lessonText(front('acme-huge'), goodBody('en', `\n\n${'All work and no play. '.repeat(13_000)}`));
  add('acme/12-huge.en.md', t, 0, /256 KB/);
}

/** Ids that try to escape a folder or to take another lesson's id. */
function addEscapingIds(add: Add): void {
  let t: string;
  // Ids that try to escape a folder or collide.
  for (const [file, id] of [
    ['13-dot-dot-id', '../../etc'],
    ['14-slash-id', 'acme/evil'],
    ['15-absolute-id', '/etc/passwd'],
    ['16-encoded-id', '..%2f..%2fetc'],
  ] as const) {
    t = lessonText(front(id), goodBody('en'));
    add(`acme/${file}.en.md`, t, lineOf(t, 'id:'), /kebab-case/);
  }
  t = lessonText(front('security-lock-down', 'HIJACKED bundled lesson'), goodBody('en'));
  add('acme/17-bundled-dup.en.md', t, 2, /duplicate lesson id "security-lock-down"/);
  t = lessonText(front('acme-good', 'HIJACKED local lesson'), goodBody('en'));
  add('acme/18-local-dup.en.md', t, 2, /duplicate lesson id "acme-good"/);
}

/** Track folders that are refused: titles with control sequences, a name like an encoded path. */
function addHostileTracks(add: Add): void {
  // A track.yaml whose titles hold control sequences (escaped and raw): the track is refused.
  add(
    'titles/track.yaml',
    `id: titles\norder: 60\ntitle: { en: "\\e]0;pwned\\a Titles", fr: Titres }\nsummary:\n  en: "Raw ${ESC}[2J summary"\n  fr: Résumé\n`,
    'any',
    /control|YAML/,
  );
  const t = lessonText(front('titles-lesson'), goodBody('en'));
  add('titles/01-lesson.en.md', t, 0, /no track\.yaml/);
  // A track folder named like an encoded path (not hidden, unlike "..%2f"): its id cannot match the folder.
  add(
    '%2e%2e%2fetc/track.yaml',
    'id: escape-track\norder: 70\ntitle: { en: Escape, fr: Évasion }\nsummary: { en: Out., fr: Dehors. }\n',
    0,
    /this folder is not read: a track folder is named with its id/,
  );
}

function write(dir: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

let hostile: Hostile[];
const CONTENT = 'content';
const NAMES = 'names';
const runs: Record<string, CliResult> = {};
const run = (name: string, args: string[]) => (runs[name] = coach(args, { home, cwd: root }));

/** Lint output lines: "file:line: severity: message" or "file: severity: message". */
function lintLines(stdout: string): { file: string; line: number; severity: string; message: string }[] {
  return stdout.split('\n').flatMap((l) => {
    const m = /^(.*?)(?::(\d+))?: (error|warning): (.*)$/.exec(l);
    return m ? [{ file: m[1]!, line: m[2] ? Number(m[2]) : 0, severity: m[3]!, message: m[4]! }] : [];
  });
}

const escapes = (s: string) => [...s.matchAll(/\u001b.{0,12}/gs)].map((m) => JSON.stringify(m[0]));

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'coach-hostile-lessons-'));
  home = mkdtempSync(path.join(tmpdir(), 'coach-hostile-lessons-home-'));
  writeContentFolder();
  writeNamesFolder();
  runCommands();
}, 180_000);

/** The hostile folder: good lessons, the hostile files, hidden and encoded track folders, links. */
function writeContentFolder(): void {
  const content = path.join(root, CONTENT);
  write(
    content,
    'acme/track.yaml',
    'id: acme\norder: 50\ntitle: { en: Acme lessons, fr: Leçons Acme }\nsummary: { en: From the sponsor., fr: Du sponsor. }\n',
  );
  write(content, 'acme/01-good.en.md', lessonText(front('acme-good', 'A good lesson'), goodBody('en')));
  write(content, 'acme/01-good.fr.md', lessonText(front('acme-good', 'Une bonne leçon'), goodBody('fr')));
  write(content, 'acme/02-links.en.md', lessonText(front('acme-links', 'Links stay text'), goodBody('en', LINKS)));
  write(
    content,
    'acme/02-links.fr.md',
    lessonText(front('acme-links', 'Les liens restent du texte'), goodBody('fr', LINKS)),
  );
  write(content, 'acme/notes.md', '# Notes for authors\n');
  hostile = hostileLessons();
  for (const h of hostile) write(content, h.file, h.text);
  write(
    content,
    '..%2f/track.yaml',
    'id: dot-track\norder: 71\ntitle: { en: Dot, fr: Point }\nsummary: { en: Out., fr: Dehors. }\n',
  );
  write(content, '..%2f/01-dot.en.md', lessonText(front('dot-lesson', 'Dot'), goodBody('en')));
  write(content, '%2e%2e%2fetc/01-escape.en.md', lessonText(front('escape-lesson', 'Escaped'), goodBody('en')));
  // Links are never followed: a lesson file pointing at /etc/passwd, a track folder pointing at /etc.
  symlinkSync('/etc/passwd', path.join(content, 'acme', '20-passwd.en.md'));
  symlinkSync('/etc', path.join(content, 'linked'));
}

function writeNamesFolder(): void {
  // A second folder whose file and folder NAMES hold escape sequences (the content is fine).
  const names = path.join(root, NAMES);
  const evilDir = `${ESC}[2J${ESC}]0;pwned${String.fromCharCode(7)}evil`;
  write(
    names,
    `${evilDir}/track.yaml`,
    'id: evil\norder: 80\ntitle: { en: Evil, fr: Mal }\nsummary: { en: Evil., fr: Mal. }\n',
  );
  write(names, `${evilDir}/01-evil.en.md`, lessonText(front('evil-lesson', 'Evil lesson'), goodBody('en')));
  write(
    names,
    'plain/track.yaml',
    'id: plain\norder: 81\ntitle: { en: Plain, fr: Simple }\nsummary: { en: Plain., fr: Simple. }\n',
  );
  write(names, `plain/${ESC}]0;pwned${String.fromCharCode(7)}notes.md`, '# Notes\n');
  write(names, 'plain/01-plain.en.md', lessonText(front('plain-lesson', 'Plain lesson'), goodBody('en')));
}

/** Runs every command the tests read, once (into `runs`). */
function runCommands(): void {
  const L = ['--lessons', CONTENT];
  run('lint', ['lint', CONTENT]);
  run('lint-json', ['lint', CONTENT, '--json']);
  run('list', ['list', ...L]);
  run('list-json', ['list', '--json', ...L]);
  run('show-good', ['show', 'acme-good', ...L]);
  run('show-good-fr', ['show', 'acme-good', '--lang', 'fr', ...L]);
  run('show-links', ['show', 'acme-links', '--answers', ...L]);
  run('show-bundled', ['show', 'security-lock-down', ...L]);
  run('status', ['status', ...L]);
  for (const id of [
    'acme-esc-title',
    'acme-osc-body',
    'acme-bomb-front',
    'acme-bomb-block',
    'acme-yaml-escape',
    'acme-yaml-answer',
  ])
    run(`show-${id}`, ['show', id, ...L]);
  run('names-lint', ['lint', NAMES]);
  run('names-list', ['list', '--lessons', NAMES]);
  run('names-show', ['show', 'evil-lesson', '--lessons', NAMES]);
}
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(home, { recursive: true, force: true });
});

describe('a hostile third-party lesson folder: lint and show refuse the hostile files', { timeout: 60_000 }, () => {
  it('every command finishes; lint fails (exit 1), list/show/status of good lessons succeed', () => {
    for (const [name, r] of Object.entries(runs)) expect(r.code, `${name}: ${r.stderr}`).not.toBeNull();
    expect(runs.lint!.code).toBe(1);
    for (const name of ['list', 'list-json', 'show-good', 'show-good-fr', 'show-links', 'show-bundled', 'status'])
      expect(runs[name]!.code, `${name}: ${runs[name]!.stderr}`).toBe(0);
  });

  it('lint refuses each hostile file with a message naming the file and its line', () => {
    const issues = lintLines(runs.lint!.stdout);
    const missing: string[] = [];
    for (const h of hostile) {
      const shown = path.join(CONTENT, h.file);
      const mine = issues.filter((i) => i.file === shown && i.severity === 'error');
      const hit = mine.find((i) => (h.line === 'any' || i.line === h.line) && h.message.test(i.message));
      if (!hit)
        missing.push(
          `${shown}: expected an error${h.line === 'any' ? '' : ` at line ${h.line}`} matching ${h.message}; got ${JSON.stringify(mine.map((i) => `${i.line}: ${i.message}`))}`,
        );
    }
    expect(missing).toEqual([]);
    expect(issues.some((i) => i.file === path.join(CONTENT, 'acme/notes.md') && i.severity === 'warning')).toBe(true);
    // The good lessons have nothing to fix.
    expect(issues.filter((i) => /0[12]-(good|links)\./.test(i.file))).toEqual([]);
    // The JSON form names the same files.
    const report = JSON.parse(runs['lint-json']!.stdout) as { issues: { file: string; line: number }[] };
    for (const h of hostile)
      expect(
        report.issues.some((i) => i.file.endsWith(h.file) && i.line >= 0),
        h.file,
      ).toBe(true);
  });

  it('show of a refused lesson exits 1 naming its file and line', () => {
    const cases: [string, string, number][] = [
      ['acme-esc-title', '03-esc-title.en.md', 3],
      ['acme-osc-body', '04-osc-body.en.md', lineOf(hostile[1]!.text, 'Retitled')],
      ['acme-bomb-front', '10-bomb-front.en.md', 2],
      [
        'acme-bomb-block',
        '11-bomb-block.en.md',
        lineOf(hostile.find((h) => h.file.includes('11-bomb'))!.text, '```quiz') + 1,
      ],
      ['acme-yaml-escape', '08-yaml-escape-title.en.md', 3],
      [
        'acme-yaml-answer',
        '09-yaml-escape-answer.en.md',
        lineOf(hostile.find((h) => h.file.includes('09-yaml'))!.text, 'answer:'),
      ],
    ];
    for (const [id, file, line] of cases) {
      const r = runs[`show-${id}`]!;
      expect(r.code, id).toBe(1);
      expect(r.stderr, id).toContain(file);
      expect(r.stderr, id).toMatch(new RegExp(`\\b${line}\\b`));
      expect(r.stdout, id).toBe('');
    }
  });
});

describe('a hostile third-party lesson folder: no control character gets through', { timeout: 60_000 }, () => {
  it('the parser refuses control characters: the raw and YAML-escaped ones never reach the catalogue', () => {
    const list = JSON.parse(runs['list-json']!.stdout) as { id: string; title: string; track: string }[];
    const ids = list.map((l) => l.id);
    for (const id of [
      'acme-esc-title',
      'acme-osc-body',
      'acme-osc8-link',
      'acme-c1-heading',
      'acme-bel-quiz',
      'acme-yaml-escape',
      'acme-yaml-answer',
      'acme-bomb-front',
      'acme-bomb-block',
      'acme-huge',
      'acme-deep',
      'titles-lesson',
    ]) {
      expect(ids, id).not.toContain(id);
    }
    for (const l of list) expect(/[\u0000-\u001f\u007f-\u009f]/.test(l.title), l.id).toBe(false);
    expect(list.filter((l) => l.title.includes('HIJACKED'))).toEqual([]);
  });

  it('nothing printed by list, show, status or lint for this folder contains a raw ESC (nor another C0/C1 control)', () => {
    for (const [name, r] of Object.entries(runs)) {
      if (name.startsWith('names-')) continue;
      expect(escapes(r.stdout), `${name} stdout`).toEqual([]);
      expect(escapes(r.stderr), `${name} stderr`).toEqual([]);
      // C1 in lint --json has its own test below.
      const controls =
        name === 'lint-json' ? /[\u0000-\u0008\u000b-\u001f\u007f]/ : /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
      expect(controls.exec(r.stdout)?.[0], `${name} stdout`).toBeUndefined();
    }
  });

  it("lint --json escapes C1 controls (U+0080–U+009F) like the report's JSON does", () => {
    // A quiz answer written "\x9b31m" in YAML comes back in the error message: U+009B is a one-byte CSI.
    const c1 = /[\u0080-\u009f]/.exec(runs['lint-json']!.stdout);
    expect(c1 && JSON.stringify(runs['lint-json']!.stdout.slice(Math.max(0, c1.index - 60), c1.index + 20))).toBeNull();
  });

  it('links stay text: javascript: links are printed, never turned into terminal hyperlinks (piped and on a terminal)', async () => {
    const piped = runs['show-links']!.stdout;
    expect(piped).toContain('[click me](javascript:alert(document.cookie))');
    expect(piped).not.toContain(`${ESC}]8`);
    const ctx = testContext({ terminal: true, lessonDirs: [path.join(root, CONTENT)], home });
    await show(ctx, { lesson: 'acme-links' });
    const rendered = ctx.stdout.text;
    expect(rendered).toContain('click me (javascript:alert(document.cookie))');
    // Colour (SGR) is the only escape the renderer may emit: no OSC (titles, hyperlinks), no other CSI.
    const other = [...rendered.matchAll(/\u001b(?!\[[0-9;]*m)[\s\S]{0,12}/g)].map((m) => JSON.stringify(m[0]));
    expect(other).toEqual([]);
  });
});

describe('a hostile third-party lesson folder: good lessons, bundled ids, links and odd folders', {
  timeout: 60_000,
}, () => {
  it('the good lessons load and show, in both languages, next to the hostile ones', () => {
    const list = JSON.parse(runs['list-json']!.stdout) as { id: string; track: string; title: string }[];
    expect(list.find((l) => l.id === 'acme-good')).toMatchObject({ track: 'acme', title: 'A good lesson' });
    expect(list.find((l) => l.id === 'acme-links')).toMatchObject({ track: 'acme' });
    expect(runs.list!.stdout).toMatch(/^acme-good\tacme\tnot-started\t5\t\tA good lesson$/m);
    expect(runs['show-good']!.stdout).toContain('# A good lesson');
    expect(runs['show-good']!.stdout).toContain('Plain text, nothing else.');
    expect(runs['show-good-fr']!.stdout).toContain('# Une bonne leçon');
  });

  it("a third-party lesson cannot take a bundled lesson's id: the bundled one is shown", () => {
    const bundledTitle = /^title: (.*)$/m.exec(
      readFileSync(path.join(ROOT, 'lessons', 'security', '01-lock-down.en.md'), 'utf8'),
    )![1]!;
    expect(runs['show-bundled']!.stdout).toContain(`# ${bundledTitle}`);
    expect(runs['show-bundled']!.stdout).not.toContain('HIJACKED');
  });

  it('symbolic links in a lesson folder are not followed', () => {
    for (const [name, r] of Object.entries(runs)) expect(r.stdout + r.stderr, name).not.toMatch(/root:.*:0:0:/);
    expect(runs.lint!.stdout).not.toContain('20-passwd');
    expect(runs.lint!.stdout).not.toMatch(/^linked\//m);
  });

  it('a track folder named "..%2f" is skipped (hidden, like .git): nothing in it loads', () => {
    const list = JSON.parse(runs['list-json']!.stdout) as { id: string; track: string }[];
    expect(list.filter((l) => l.id === 'dot-lesson' || l.track === '..%2f')).toEqual([]);
  });

  it('a track folder named "%2e%2e%2fetc" (its id cannot match the folder) is refused, not loaded under that name', () => {
    const issues = lintLines(runs.lint!.stdout).filter((i) => i.file.startsWith(path.join(CONTENT, '%2e%2e%2fetc')));
    expect(issues.some((i) => i.severity === 'error' && /this folder is not read/.test(i.message))).toBe(true);
    const list = JSON.parse(runs['list-json']!.stdout) as { id: string; track: string }[];
    // Track ids are kebab-case folder names (lessons/README.md): a lesson never sits in a track named otherwise.
    expect(
      list
        .filter((l) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(l.track))
        .map((l) => `${l.id} in track ${JSON.stringify(l.track)}`),
    ).toEqual([]);
  });
});

describe('a lesson folder whose file and folder names hold escape sequences', { timeout: 60_000 }, () => {
  it('lint names such files without printing the escape sequences', () => {
    const r = runs['names-lint']!;
    expect(r.code).not.toBeNull();
    expect(escapes(r.stdout + r.stderr)).toEqual([]);
  });

  it('list and show print no escape sequence from a track folder name', () => {
    for (const name of ['names-list', 'names-show']) {
      const r = runs[name]!;
      expect(r.code, `${name}: ${r.stderr}`).not.toBeNull();
      expect(escapes(r.stdout + r.stderr), name).toEqual([]);
    }
  });
});
