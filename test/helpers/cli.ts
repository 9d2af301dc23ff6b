/** Runs the built binary (bin/coach.js) as a user would, in a temporary state folder. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = path.join(ROOT, 'bin', 'coach.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A clean environment: no colour forcing from the test runner, English unless asked. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'en_US.UTF-8',
    TERM: 'xterm-256color',
  };
  if (process.env.NODE_EXTRA_CA_CERTS) env.NODE_EXTRA_CA_CERTS = process.env.NODE_EXTRA_CA_CERTS;
  for (const [k, v] of Object.entries(extra))
    if (v === undefined) delete env[k];
    else env[k] = v;
  return env;
}

export function coach(
  args: string[],
  opts: { home: string; env?: Record<string, string | undefined>; input?: string; cwd?: string },
): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: cleanEnv({ EXEC_COACH_HOME: opts.home, ...opts.env }),
    input: opts.input ?? '',
    ...(opts.cwd && { cwd: opts.cwd }),
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempHome(): { home: string; cleanup(): void } {
  const home = mkdtempSync(path.join(tmpdir(), 'coach-e2e-'));
  return { home, cleanup: () => rmSync(home, { recursive: true, force: true }) };
}

/**
 * The same, without blocking this process: needed when the test itself serves something the
 * coach talks to (an in-process proxy or fake server), which spawnSync would starve.
 */
export function coachAsync(
  args: string[],
  opts: { home: string; env?: Record<string, string | undefined>; cwd?: string; timeoutMs?: number },
): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: cleanEnv({ EXEC_COACH_HOME: opts.home, ...opts.env }),
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(opts.cwd && { cwd: opts.cwd }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
