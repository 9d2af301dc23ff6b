/**
 * Drives the built binary in a real pseudo-terminal through tmux: keys in with send-keys, the
 * screen out with capture-pane. Every wait is bounded.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BIN, cleanEnv } from './cli.js';

/**
 * A tmux server of this test process's own: test files run in parallel, and on a shared server one
 * file ending its last session stops the server under another file's new session.
 */
const TMUX_SOCKET = ['-L', `coach-test-${process.pid}`];

let counter = 0;

export class TmuxSession {
  readonly name = `coach-test-${process.pid}-${++counter}`;
  private readonly exitFile: string;

  /**
   * `opts.bin`: another built copy of the coach than this checkout's (the durability tests use one).
   * `opts.prefix`: a command that runs the coach, e.g. `['faketime', '-f', '@2026-11-27 09:00:00']` to move its clock.
   */
  constructor(
    args: string[],
    opts: {
      home: string;
      env?: Record<string, string>;
      width?: number;
      height?: number;
      bin?: string;
      prefix?: string[];
    },
  ) {
    this.exitFile = path.join(opts.home, `exit-${this.name}`);
    const env = cleanEnv({ EXEC_COACH_HOME: opts.home, ...opts.env });
    const exports = Object.entries(env)
      .map(([k, v]) => `${k}=${shellQuote(v ?? '')}`)
      .join(' ');
    const prefix = (opts.prefix ?? []).map(shellQuote).join(' ');
    const command = `env -i ${exports} ${prefix ? `${prefix} ` : ''}${shellQuote(process.execPath)} ${shellQuote(opts.bin ?? BIN)} ${args.map(shellQuote).join(' ')}; echo $? > ${shellQuote(this.exitFile)}; sleep 600`;
    newSession([
      ...TMUX_SOCKET,
      'new-session',
      '-d',
      '-s',
      this.name,
      '-x',
      String(opts.width ?? 100),
      '-y',
      String(opts.height ?? 50),
      command,
    ]);
  }

  screen(): string {
    return execFileSync('tmux', [...TMUX_SOCKET, 'capture-pane', '-p', '-J', '-S', '-400', '-t', this.name], {
      encoding: 'utf8',
    });
  }

  /** The screen as the terminal shows it, row by row (wrapped lines not joined), with the scrollback. */
  rows(): string[] {
    return execFileSync('tmux', [...TMUX_SOCKET, 'capture-pane', '-p', '-S', '-400', '-t', this.name], {
      encoding: 'utf8',
    }).split('\n');
  }

  /** Sends keys: tmux key names (Enter, Down, Space, C-c) or literal text with `literal`. */
  keys(...keys: string[]): void {
    execFileSync('tmux', [...TMUX_SOCKET, 'send-keys', '-t', this.name, ...keys]);
  }

  /** Pastes `text` as a terminal does (bracketed paste when the program asked for it). */
  paste(text: string): void {
    execFileSync('tmux', [...TMUX_SOCKET, 'load-buffer', '-b', this.name, '-'], { input: text });
    execFileSync('tmux', [...TMUX_SOCKET, 'paste-buffer', '-p', '-d', '-b', this.name, '-t', this.name]);
  }

  /** Resizes the window, as a learner dragging the terminal's edge would. */
  resize(width: number, height = 50): void {
    execFileSync('tmux', [...TMUX_SOCKET, 'resize-window', '-t', this.name, '-x', String(width), '-y', String(height)]);
  }

  /** Lets programs in this session set tmux's clipboard with OSC 52, and returns what it holds now. */
  allowClipboard(): void {
    execFileSync('tmux', [...TMUX_SOCKET, 'set-option', '-g', 'set-clipboard', 'on']);
  }
  clipboard(): string {
    const r = spawnSync('tmux', [...TMUX_SOCKET, 'show-buffer'], { encoding: 'utf8' });
    return r.status === 0 ? r.stdout : '';
  }

  type(text: string): void {
    execFileSync('tmux', [...TMUX_SOCKET, 'send-keys', '-t', this.name, '-l', text]);
  }

  /** Waits until the screen shows `pattern` (at least `times` times), up to `timeoutMs`. */
  async waitFor(pattern: RegExp | string, timeoutMs = 30_000, times = 1): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      const count =
        typeof pattern === 'string'
          ? screen.split(pattern).length - 1
          : (screen.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`)) ?? []).length;
      if (count >= times) return screen;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern} (x${times}); screen:\n${screen}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Waits for the program to end and returns its exit code. */
  async exitCode(timeoutMs = 30_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (!existsSync(this.exitFile) || readFileSync(this.exitFile, 'utf8').trim() === '') {
      if (Date.now() > deadline) throw new Error(`the program did not end; screen:\n${this.screen()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return Number(readFileSync(this.exitFile, 'utf8').trim());
  }

  /** The pid of the coach (the node process the pane's shell started), for tests that kill it. */
  pid(): number | undefined {
    const shell = execFileSync('tmux', [...TMUX_SOCKET, 'display', '-p', '-t', this.name, '#{pane_pid}'], {
      encoding: 'utf8',
    }).trim();
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
    try {
      execFileSync('tmux', [...TMUX_SOCKET, 'kill-session', '-t', this.name], { stdio: 'ignore' });
    } catch {
      // already gone
    }
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Starts a session. When the previous test's last session has just been killed, its server is
 * still exiting, and a new session that reaches it fails with "server exited unexpectedly" (or
 * "no server running" on the socket it is removing): then a new server is started, a few times at
 * most, on a loaded machine too.
 */
function newSession(args: string[]): void {
  for (let attempt = 1; ; attempt++) {
    const r = spawnSync('tmux', args, { encoding: 'utf8' });
    if (r.status === 0) return;
    const transient = /server exited unexpectedly|no server running|lost server|error connecting/.test(r.stderr ?? '');
    if (!transient || attempt >= 8) throw new Error(`tmux ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
    sleepSync(100 * attempt);
  }
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
