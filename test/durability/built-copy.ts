/**
 * The built binary, copied once per test file into a private package folder (bin/, dist/,
 * package.json; lessons and schemas linked), so that a rebuild of dist/ during a long run (the build
 * deletes dist/ first) cannot pull the files from under the tests. Also what the durability tests
 * need around it: running it, and driving it in a real pseudo-terminal through tmux (the same as
 * test/helpers/tmux.ts, for this copy).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanEnv, ROOT, type CliResult } from '../helpers/cli.js';

/**
 * A tmux server of this test process's own: test files run in parallel, and on a shared server one
 * file ending its last session stops the server under another file's new session.
 */
const TMUX_SOCKET = ['-L', `coach-test-${process.pid}`];

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
      if (!existsSync(path.join(dist, 'main.js')) || !existsSync(path.join(dist, 'lessons-index.json'))) throw new Error('dist/ is not built (run: node src/build/bundle.mjs)');
      cpSync(dist, path.join(root, 'dist'), { recursive: true });
      cpSync(path.join(ROOT, 'bin'), path.join(root, 'bin'), { recursive: true });
      cpSync(path.join(ROOT, 'package.json'), path.join(root, 'package.json'));
      symlinkSync(path.join(ROOT, 'lessons'), path.join(root, 'lessons'));
      mkdirSync(path.join(root, 'src'));
      symlinkSync(path.join(ROOT, 'src', 'schemas'), path.join(root, 'src', 'schemas'));
      const bin = path.join(root, 'bin', 'coach.js');
      const home = mkdtempSync(path.join(tmpdir(), 'coach-built-check-'));
      const check = run(bin, ['list', '--json'], { home });
      rmSync(home, { recursive: true, force: true });
      if (check.code !== 0 || JSON.parse(check.stdout).length === 0) throw new Error(`the copied binary does not run: ${check.stderr}`);
      return { root, bin, cleanup };
    } catch (error) {
      cleanup();
      if (Date.now() > deadline) throw error;
      sleepSync(Math.min(5_000, 500 * attempt));
    }
  }
}

/** Runs `bin` as a user would, in the state folder `home` (like test/helpers/cli.ts coach()). */
export function run(bin: string, args: string[], opts: { home: string; env?: Record<string, string | undefined>; timeout?: number }): CliResult {
  const r = spawnSync(process.execPath, [bin, ...args], { env: cleanEnv({ EXEC_COACH_HOME: opts.home, ...opts.env }), input: '', encoding: 'utf8', timeout: opts.timeout ?? 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let counter = 0;

/** `bin` in a tmux pseudo-terminal: keys in with send-keys, the screen out with capture-pane. */
export class Terminal {
  readonly name = `coach-durability-${process.pid}-${++counter}`;
  private readonly exitFile: string;

  constructor(bin: string, args: string[], opts: { home: string; width?: number; height?: number }) {
    this.exitFile = path.join(opts.home, `exit-${this.name}`);
    const env = cleanEnv({ EXEC_COACH_HOME: opts.home });
    const exports = Object.entries(env).map(([k, v]) => `${k}=${quote(v ?? '')}`).join(' ');
    const command = `env -i ${exports} ${quote(process.execPath)} ${quote(bin)} ${args.map(quote).join(' ')}; echo $? > ${quote(this.exitFile)}; sleep 600`;
    execFileSync('tmux', [...TMUX_SOCKET, 'new-session', '-d', '-s', this.name, '-x', String(opts.width ?? 100), '-y', String(opts.height ?? 50), command]);
  }

  screen(): string {
    return execFileSync('tmux', [...TMUX_SOCKET, 'capture-pane', '-p', '-J', '-S', '-400', '-t', this.name], { encoding: 'utf8' });
  }

  keys(...keys: string[]): void {
    execFileSync('tmux', [...TMUX_SOCKET, 'send-keys', '-t', this.name, ...keys]);
  }

  type(text: string): void {
    execFileSync('tmux', [...TMUX_SOCKET, 'send-keys', '-t', this.name, '-l', text]);
  }

  /** The pid of the coach (the node process the pane's shell started). */
  pid(): number | undefined {
    const shell = execFileSync('tmux', [...TMUX_SOCKET, 'display', '-p', '-t', this.name, '#{pane_pid}'], { encoding: 'utf8' }).trim();
    const found = spawnSync('pgrep', ['-P', shell], { encoding: 'utf8' });
    for (const pid of found.stdout.trim().split('\n').filter(Boolean)) {
      try {
        if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('coach.js')) return Number(pid);
      } catch {
        // ended meanwhile
      }
    }
    return undefined;
  }

  /** The exit code once the program ended, or undefined while it runs. */
  exited(): number | undefined {
    if (!existsSync(this.exitFile)) return undefined;
    const text = readFileSync(this.exitFile, 'utf8').trim();
    return text === '' ? undefined : Number(text);
  }

  kill(): void {
    spawnSync('tmux', [...TMUX_SOCKET, 'kill-session', '-t', this.name], { stdio: 'ignore' });
  }
}

function quote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
