/**
 * The build's lesson index (dist/lessons-index.json) stands in for parsing the bundled lessons at
 * every start. In a working copy (a git checkout, where lessons are edited between builds) it is
 * checked against the files and a changed lesson is parsed live; in an installed package it is
 * trusted, since its lessons change only with a new build (src/io/catalog.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtCopy, run, type BuiltCopy } from '../durability/built-copy.js';

let built: BuiltCopy;
let home: string;
const LESSON = path.join('lessons', 'foundations', '01-lead-by-example.en.md');
const ORIGINAL = 'title: Why leaders go first';
const EDITED = 'title: Why leaders go first (edited)';
/** A French title beyond ASCII, as lessons/foundations/02-listen-first.fr.md gives it. */
const TITLE_FR = 'Accepter de lâcher prise\u00a0: écouter avant de parler';

beforeAll(() => {
  built = builtCopy();
  home = mkdtempSync(path.join(tmpdir(), 'coach-index-'));
  // Edited in place, as an editor that keeps the file (not a rename) does.
  const file = path.join(built.root, LESSON);
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(ORIGINAL);
  writeFileSync(file, text.replace(ORIGINAL, EDITED));
});
afterAll(() => {
  built.cleanup();
  rmSync(home, { recursive: true, force: true });
});

function titleOf(id: string): string {
  const r = run(built.bin, ['list', '--json'], { home });
  expect(r.code, r.stderr).toBe(0);
  const lessons = JSON.parse(r.stdout) as { id: string; title: string }[];
  const lesson = lessons.find((l) => l.id === id);
  expect(lesson, r.stdout).toBeDefined();
  return lesson!.title;
}

describe('the lesson index', () => {
  it('is trusted in an installed package: the lessons it was built from are shown', () => {
    expect(titleOf('foundations-lead-by-example')).toBe('Why leaders go first');
  });

  it('is written in ASCII (read back as a one-byte string), and French text comes back whole', () => {
    for (const file of ['lessons-index.json', 'lessons-details.json'])
      expect(/[^\x00-\x7f]/.test(readFileSync(path.join(built.root, 'dist', file), 'utf8')), file).toBe(false);
    const r = run(built.bin, ['list', '--json', '--lang', 'fr'], { home });
    expect(r.code, r.stderr).toBe(0);
    const lesson = (JSON.parse(r.stdout) as { id: string; title: string }[]).find(
      (l) => l.id === 'foundations-listen-first',
    );
    expect(lesson?.title).toBe(TITLE_FR);
  });

  it('is checked in a working copy: a lesson edited since the build is read from its file', () => {
    mkdirSync(path.join(built.root, '.git'));
    try {
      expect(titleOf('foundations-lead-by-example')).toBe('Why leaders go first (edited)');
    } finally {
      rmSync(path.join(built.root, '.git'), { recursive: true });
    }
  });
});

/** The folders a run of `bin ARGS` listed with readdir (by a preload that wraps fs.readdirSync), and its output. */
function listedBy(bin: string, args: string[]): { dirs: string[]; stdout: string } {
  const scratch = mkdtempSync(path.join(tmpdir(), 'coach-readdir-'));
  try {
    const preload = path.join(scratch, 'log-readdir.cjs');
    const log = path.join(scratch, 'dirs.txt');
    writeFileSync(
      preload,
      `const fs = require('node:fs'); const readdirSync = fs.readdirSync;
       fs.readdirSync = function (dir, ...rest) { fs.appendFileSync(${JSON.stringify(log)}, String(dir) + '\\n'); return readdirSync.call(this, dir, ...rest); };`,
    );
    writeFileSync(log, '');
    const r = run(bin, args, { home: scratch, env: { NODE_OPTIONS: `--require=${preload}` } });
    expect(r.code, r.stderr).toBe(0);
    return { dirs: readFileSync(log, 'utf8').split('\n').filter(Boolean), stdout: r.stdout };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

describe('the lesson index in a working copy', () => {
  let copy: BuiltCopy;
  const lessons = () => path.join(copy.root, 'lessons');
  beforeAll(() => {
    copy = builtCopy();
    mkdirSync(path.join(copy.root, '.git'));
    // Built again for the copy: the copy keeps its files' times, not its folders'.
    const r = spawnSync(process.execPath, [path.join(copy.root, 'dist', 'build-lesson-index.cjs')], {
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
  });
  afterAll(() => copy.cleanup());

  it('is used without listing the lesson folders when nothing changed since the build', () => {
    const { dirs, stdout } = listedBy(copy.bin, ['list', '--json']);
    expect(dirs.filter((d) => d.startsWith(lessons()))).toEqual([]);
    expect(JSON.parse(stdout).length).toBeGreaterThan(30);
  });

  it('shows a lesson added to a track since the build (only its folder changed)', () => {
    const source = readFileSync(path.join(copy.root, LESSON), 'utf8');
    expect(source).toContain('id: foundations-lead-by-example');
    writeFileSync(
      path.join(lessons(), 'foundations', '99-added.en.md'),
      source.replace('id: foundations-lead-by-example', 'id: foundations-added-since-build').replace(ORIGINAL, EDITED),
    );
    const { dirs, stdout } = listedBy(copy.bin, ['list', '--json']);
    expect(dirs).toContain(path.join(lessons(), 'foundations'));
    const added = (JSON.parse(stdout) as { id: string; title: string }[]).find(
      (l) => l.id === 'foundations-added-since-build',
    );
    expect(added?.title, stdout).toBe('Why leaders go first (edited)');
  });
});
