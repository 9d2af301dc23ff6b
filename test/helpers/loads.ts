/** What a run of the built coach loaded: the bundle's files and Node's built-in modules (test/helpers/log-loads.cjs). */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { BIN, cleanEnv, ROOT } from './cli.js';

const PRELOAD = path.join(ROOT, 'test', 'helpers', 'log-loads.cjs');

export interface Loaded {
  /** Absolute paths of the dist/ files that were loaded. */
  files: string[];
  /** Names of Node's built-in modules that were loaded (internal ones included). */
  builtins: string[];
  /** Names of the built files compiled with their code cache, and without (bin/code-cache.js). */
  cache: { used: string[]; compiled: string[] };
  stdout: string;
  stderr: string;
}

/** Runs `coach ARGS` (state folder `home`, or a fresh one) and says what it loaded; the command must succeed. */
export function loadedBy(
  args: string[],
  opts: { home?: string; cwd?: string; env?: Record<string, string>; bin?: string } = {},
): Loaded {
  const scratch = mkdtempSync(path.join(tmpdir(), 'coach-loads-'));
  const log = path.join(scratch, 'loads.txt');
  try {
    const r = spawnSync(process.execPath, [opts.bin ?? BIN, ...args], {
      env: cleanEnv({
        EXEC_COACH_HOME: opts.home ?? scratch,
        ...opts.env,
        NODE_OPTIONS: `--require=${PRELOAD}`,
        COACH_LOAD_LOG: log,
      }),
      input: '',
      encoding: 'utf8',
      timeout: 30_000,
      ...(opts.cwd && { cwd: opts.cwd }),
    });
    expect(r.status, r.stderr).toBe(0);
    const lines = readFileSync(log, 'utf8').split('\n').filter(Boolean);
    const tagged = (tag: string) => lines.filter((l) => l.startsWith(tag)).map((l) => l.slice(tag.length));
    return {
      files: lines.filter((l) => l.includes(`${path.sep}dist${path.sep}`)),
      builtins: tagged('builtin:'),
      cache: { used: tagged('cache-used:'), compiled: tagged('cache-compiled:') },
      stdout: r.stdout,
      stderr: r.stderr,
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
