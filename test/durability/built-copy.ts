/**
 * The built binary, copied once per test file into a private package folder (bin/, dist/,
 * package.json, lessons, schemas: copies, not links, so that a user who cannot enter the checkout's
 * folder can still run it), so that a rebuild of dist/ during a long run (the build
 * deletes dist/ first) cannot pull the files from under the tests. Also what the durability tests
 * need around it: running it, and driving it in a real pseudo-terminal through tmux (the same as
 * test/helpers/tmux.ts, for this copy).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanEnv, ROOT, type CliResult } from '../helpers/cli.js';
import { TmuxSession } from '../helpers/tmux.js';

export interface BuiltCopy {
  root: string;
  bin: string;
  cleanup(): void;
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Copies the built package; waits (bounded) for a build in progress to finish. */
export function builtCopy(): BuiltCopy {
  const dist = path.join(ROOT, 'dist');
  const deadline = Date.now() + 120_000;
  for (let attempt = 1; ; attempt++) {
    const root = mkdtempSync(path.join(tmpdir(), 'coach-built-'));
    const cleanup = () => rmSync(root, { recursive: true, force: true });
    chmodSync(root, 0o755); // readable by an unprivileged user too (corruption.test.ts)
    try {
      // The lesson index is the build's last file: once it is there, dist/ is complete.
      if (!existsSync(path.join(dist, 'main.cjs')) || !existsSync(path.join(dist, 'lessons-index.json')))
        throw new Error('dist/ is not built (run: node src/build/bundle.mjs)');
      cpSync(dist, path.join(root, 'dist'), { recursive: true });
      cpSync(path.join(ROOT, 'bin'), path.join(root, 'bin'), { recursive: true });
      cpSync(path.join(ROOT, 'package.json'), path.join(root, 'package.json'));
      // Copied with their times, so the build's lesson index still matches them.
      cpSync(path.join(ROOT, 'lessons'), path.join(root, 'lessons'), { recursive: true, preserveTimestamps: true });
      mkdirSync(path.join(root, 'src'));
      cpSync(path.join(ROOT, 'src', 'schemas'), path.join(root, 'src', 'schemas'), { recursive: true });
      const bin = path.join(root, 'bin', 'coach.js');
      const home = mkdtempSync(path.join(tmpdir(), 'coach-built-check-'));
      const check = run(bin, ['list', '--json'], { home });
      rmSync(home, { recursive: true, force: true });
      if (check.code !== 0 || JSON.parse(check.stdout).length === 0)
        throw new Error(`the copied binary does not run: ${check.stderr}`);
      return { root, bin, cleanup };
    } catch (error) {
      cleanup();
      if (Date.now() > deadline) throw error;
      sleepSync(Math.min(5_000, 500 * attempt));
    }
  }
}

/** Runs `bin` as a user would, in the state folder `home` (like test/helpers/cli.ts coach()). */
export function run(
  bin: string,
  args: string[],
  opts: { home: string; env?: Record<string, string | undefined>; timeout?: number },
): CliResult {
  const r = spawnSync(process.execPath, [bin, ...args], {
    env: cleanEnv({ EXEC_COACH_HOME: opts.home, ...opts.env }),
    input: '',
    encoding: 'utf8',
    timeout: opts.timeout ?? 30_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The built copy `bin` in a tmux pseudo-terminal (the shared helper, pointed at that copy). */
export class Terminal extends TmuxSession {
  constructor(bin: string, args: string[], opts: { home: string; width?: number; height?: number }) {
    super(args, { ...opts, bin });
  }
}
