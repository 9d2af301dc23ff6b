/** The built binary, spawned as a user would run it: streams, exit codes, bad input, nothing lost. */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coach, ROOT, tempHome } from '../helpers/cli.js';
import { COURSE, FIXTURES } from '../helpers/context.js';

let home: string;
let cleanup: () => void;
beforeEach(() => ({ home, cleanup } = tempHome()));
afterEach(() => cleanup());

const storeFile = () => path.join(home, 'progress.json');

describe('coach (built binary)', () => {
  it('prints its version, from package.json', () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(coach(['--version'], { home })).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('without a terminal, prints the help and a one-line status instead of a menu', () => {
    const r = coach([], { home });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: coach/);
    expect(r.stdout).toMatch(/0\/40 lessons completed · next: coach start foundations-lead-by-example\n$/);
  });

  it('keeps data on stdout and talk on stderr', () => {
    const list = coach(['list', '--json'], { home });
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toHaveLength(40);
    expect(list.stderr).toBe('');
    const cfg = coach(['config', 'lang', 'fr'], { home });
    expect(cfg).toMatchObject({ code: 0, stdout: '', stderr: 'lang = fr\n' });
  });

  it('speaks French when asked, by flag, setting or locale', () => {
    expect(coach(['status'], { home, env: { LANG: 'fr_FR.UTF-8' } }).stdout).toContain('Votre progression');
    expect(coach(['status', '--lang', 'fr'], { home }).stdout).toContain('Votre progression');
    coach(['config', 'lang', 'fr'], { home });
    expect(coach(['status'], { home }).stdout).toContain('Votre progression');
    expect(coach(['status', '--lang', 'en'], { home }).stdout).toContain('Your progress');
  });

  it('colours only when asked on a pipe, and never with NO_COLOR', () => {
    expect(coach(['status'], { home }).stdout).not.toContain('\u001b[');
    expect(coach(['status'], { home, env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect(coach(['status'], { home, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(coach(['status', '--no-color'], { home, env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });

  it('exits 2 on usage errors and names what to do', () => {
    const unknownCommand = coach(['strat'], { home });
    expect(unknownCommand.code).toBe(2);
    expect(unknownCommand.stderr).toMatch(/There is no command "strat"\. Did you mean: start, status\?/);
    const unknownLesson = coach(['show', 'linkedin-frist-post'], { home });
    expect(unknownLesson).toMatchObject({ code: 2, stdout: '' });
    expect(unknownLesson.stderr).toContain('Did you mean: linkedin-first-post');
    const noTerminal = coach(['start', 'security-lock-down'], { home });
    expect(noTerminal.code).toBe(2);
    expect(noTerminal.stderr).toContain('coach show LESSON');
    const reset = coach(['reset', '--all'], { home });
    expect(reset.code).toBe(0); // nothing started: nothing to confirm
    expect(coach(['show', 'security-lock-down', '--step', 'two'], { home }).code).toBe(2);
  });

  it('a broken lesson in an extra folder fails alone, naming file and line', () => {
    const extra = path.join(FIXTURES, 'broken');
    const bad = coach(['start', 'company-bad', '--lessons', extra], { home });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/02-bad\.en\.md:16: quiz block field "answer"/);
    const good = coach(['show', 'company-charter', '--lessons', extra], { home });
    expect(good.code).toBe(0);
    expect(good.stdout).toContain('Read our charter');
    const lint = coach(['lint', extra], { home });
    expect(lint.code).toBe(1);
    expect(lint.stdout).toMatch(/02-bad\.en\.md:16: error: quiz block field "answer": "z" is not one of the choices/);
    expect(lint.stderr).toContain('1 problem to fix');
  });

  it('lints the bundled lessons clean, and reads extra folders from EXEC_COACH_LESSONS', () => {
    const lint = coach(['lint'], { home });
    expect(lint).toMatchObject({ code: 0, stdout: '' });
    expect(lint.stderr).toMatch(/40 lessons, 80 files: no problem found/);
    const list = coach(['list', '--track', 'demo', '--json'], { home, env: { EXEC_COACH_LESSONS: COURSE } });
    expect(JSON.parse(list.stdout).map((l: { id: string }) => l.id)).toEqual(['demo-basics', 'demo-links']);
  });
});

describe('a damaged progress file', () => {
  const variants: [string, () => void, RegExp][] = [
    ['not JSON', () => writeFileSync(storeFile(), 'garbage{'), /damaged/],
    ['empty', () => writeFileSync(storeFile(), ''), /damaged \(the file is empty\)/],
    [
      'the wrong shape',
      () =>
        writeFileSync(
          storeFile(),
          JSON.stringify({ schemaVersion: 1, settings: {}, lessons: { x: { status: 'nope' } }, history: {} }),
        ),
      /unexpected content at "lessons\.x\.status"/,
    ],
    [
      'from a newer version',
      () => writeFileSync(storeFile(), JSON.stringify({ schemaVersion: 99 })),
      /newer version of exec-coach/,
    ],
  ];
  it.each(variants)('%s: exit 1, the file named and left untouched', (_name, damage, message) => {
    damage();
    const before = readFileSync(storeFile());
    for (const args of [['status'], ['list'], ['config', 'lang', 'fr']]) {
      const r = coach(args, { home });
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain(storeFile());
    }
    expect(readFileSync(storeFile())).toEqual(before);
  });

  it('a folder where the file should be: exit 1, named', () => {
    mkdirSync(storeFile());
    const r = coach(['status'], { home });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('A folder stands where your progress file should be');
  });
});

describe('a damaged progress file: doctor', () => {
  it('doctor explains; doctor --fix keeps the original aside and recovers the sound lessons', () => {
    const good = {
      status: 'in-progress',
      lessonVersion: 1,
      stepsTotal: 6,
      stepsDone: 2,
      results: [],
      startedAt: '2026-11-26T09:00:00Z',
      updatedAt: '2026-11-26T09:05:00Z',
      completedAt: null,
      activeMs: 1,
      mode: 'live',
    };
    const text = JSON.stringify({
      schemaVersion: 1,
      settings: { lang: 'fr' },
      lessons: { 'security-lock-down': good, broken: { status: 1 } },
      history: {},
    });
    writeFileSync(storeFile(), text);
    const check = coach(['doctor', '--lang', 'en'], { home });
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('Recoverable: 1 lessons with progress');
    expect(readFileSync(storeFile(), 'utf8')).toBe(text);
    const fix = coach(['doctor', '--fix', '--lang', 'en'], { home });
    expect(fix.code).toBe(0);
    const aside = readdirSync(home).find((f) => f.startsWith('progress.damaged-'));
    expect(aside).toBeDefined();
    expect(readFileSync(path.join(home, aside!), 'utf8')).toBe(text);
    const status = JSON.parse(coach(['status', '--json'], { home }).stdout);
    expect(status.lessons.find((l: { id: string }) => l.id === 'security-lock-down')).toMatchObject({
      status: 'in-progress',
      stepsDone: 2,
    });
    expect(existsSync(storeFile())).toBe(true);
  });
});

describe('moving machines: backup and restore', () => {
  it('backs up everything (0600), restores into another folder, and asks before changing anything', () => {
    coach(['config', 'name', 'Claire'], { home });
    writeFileSync(
      storeFile(),
      JSON.stringify({
        ...JSON.parse(readFileSync(storeFile(), 'utf8')),
        lessons: {
          'security-lock-down': {
            status: 'in-progress',
            lessonVersion: 1,
            stepsTotal: 6,
            stepsDone: 2,
            results: [
              { kind: 'reading', at: '2026-11-26T09:00:00.000Z' },
              { kind: 'reflect', at: '2026-11-26T09:01:00.000Z', text: 'my private note' },
            ],
            startedAt: '2026-11-26T09:00:00.000Z',
            updatedAt: '2026-11-26T09:01:00.000Z',
            completedAt: null,
            activeMs: 60000,
            mode: 'live',
          },
        },
      }),
    );
    const file = path.join(home, 'backup.json');
    const b = coach(['backup', '--out', file], { home });
    expect(b.code, b.stderr).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toContain('my private note');

    const other = tempHome();
    try {
      const noYes = coach(['restore', file], { home: other.home });
      expect(noYes.code).toBe(2);
      expect(noYes.stderr).toContain('--yes');
      const r = coach(['restore', file, '--yes'], { home: other.home });
      expect(r.code, r.stderr).toBe(0);
      const status = JSON.parse(coach(['status', '--json'], { home: other.home }).stdout);
      expect(status.lessons.find((l: { id: string }) => l.id === 'security-lock-down')).toMatchObject({
        status: 'in-progress',
        stepsDone: 2,
      });
      expect(coach(['config', 'name'], { home: other.home }).stdout).toBe('Claire\n');
      const again = coach(['restore', file, '--yes'], { home: other.home });
      expect(again.stderr).toContain('Nothing to restore');
    } finally {
      other.cleanup();
    }
    expect(coach(['restore', storeFile()], { home }).stderr).toContain('must be "exec-coach.backup/1"');
  });
});

describe('leftovers of interrupted saves', () => {
  it('doctor lists old temporary files and --fix removes them, leaving progress and recent ones alone', () => {
    coach(['config', 'name', 'Claire'], { home });
    const old = path.join(home, 'progress.json.tmp-1764150000a1b2c3');
    const recent = path.join(home, 'progress.json.tmp-1764159999ffffff');
    writeFileSync(old, '{"half":');
    writeFileSync(recent, '{"half":');
    const past = new Date(Date.now() - 3_600_000);
    utimesSync(old, past, past);
    const check = coach(['doctor'], { home });
    expect(check.stdout).toContain('Temporary files left by interrupted saves: 1');
    const fix = coach(['doctor', '--fix'], { home });
    expect(fix.code).toBe(0);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(recent)).toBe(true);
    expect(coach(['config', 'name'], { home }).stdout).toBe('Claire\n');
  });
});
