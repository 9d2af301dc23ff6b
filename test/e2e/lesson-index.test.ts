/**
 * The build's lesson index (dist/lessons-index.json) stands in for parsing the bundled lessons at
 * every start. In a working copy (a git checkout, where lessons are edited between builds) it is
 * checked against the files and a changed lesson is parsed live; in an installed package it is
 * trusted, since its lessons change only with a new build (src/io/catalog.ts).
 */
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

  it('is checked in a working copy: a lesson edited since the build is read from its file', () => {
    mkdirSync(path.join(built.root, '.git'));
    try {
      expect(titleOf('foundations-lead-by-example')).toBe('Why leaders go first (edited)');
    } finally {
      rmSync(path.join(built.root, '.git'), { recursive: true });
    }
  });
});
