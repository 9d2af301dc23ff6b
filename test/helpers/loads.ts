/** What a run of the built coach loaded: the bundle's files and Node's built-in modules (test/helpers/log-loads.cjs). */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { coach, ROOT } from './cli.js';

const PRELOAD = path.join(ROOT, 'test', 'helpers', 'log-loads.cjs');

export interface Loaded {
  /** Absolute paths of the dist/ files that were loaded. */
  files: string[];
  /** Names of Node's built-in modules that were loaded (internal ones included). */
  builtins: string[];
}

/** Runs `coach ARGS` (state folder `home`, or a fresh one) and says what it loaded; the command must succeed. */
export function loadedBy(
  args: string[],
  opts: { home?: string; cwd?: string; env?: Record<string, string> } = {},
): Loaded {
  const scratch = mkdtempSync(path.join(tmpdir(), 'coach-loads-'));
  const log = path.join(scratch, 'loads.txt');
  try {
    const r = coach(args, {
      home: opts.home ?? scratch,
      cwd: opts.cwd,
      env: { ...opts.env, NODE_OPTIONS: `--require=${PRELOAD}`, COACH_LOAD_LOG: log },
    });
    expect(r.code, r.stderr).toBe(0);
    const lines = readFileSync(log, 'utf8').split('\n').filter(Boolean);
    return {
      files: lines.filter((l) => l.includes(`${path.sep}dist${path.sep}`)),
      builtins: lines.filter((l) => l.startsWith('builtin:')).map((l) => l.slice('builtin:'.length)),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The built files (dist/*.cjs). */
export function distFiles(): string[] {
  return readdirSync(path.join(ROOT, 'dist'))
    .filter((f) => f.endsWith('.cjs'))
    .map((f) => path.join(ROOT, 'dist', f));
}
