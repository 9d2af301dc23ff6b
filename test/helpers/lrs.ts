/**
 * A real learning record store for tests: Learning Locker's xapi-statements (test fixture only,
 * installed in test/lrs-fixture by `npm test` itself: test/setup/prepare.mjs), started on 127.0.0.1 with an in-memory store.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'lrs-fixture');
const ENTRY = path.join(FIXTURE, 'node_modules', 'xapi-statements', 'dist', 'index.js');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningLrs {
  endpoint: string;
  port: number;
  stop(): Promise<void>;
}

/** Starts the LRS (on `port`, or a free one) and resolves when it says it is ready (within 20 s). */
export async function startLrs(port?: number): Promise<RunningLrs> {
  if (!existsSync(ENTRY)) {
    throw new Error(
      `The test LRS is not installed: run \`npm ci --ignore-scripts\` in ${FIXTURE} (npm test does it by itself).`,
    );
  }
  const p = port ?? (await freePort());
  const storage = mkdtempSync(path.join(tmpdir(), 'coach-lrs-'));
  const child: ChildProcess = fork(ENTRY, [], {
    cwd: FIXTURE,
    execArgv: ['-r', path.join(FIXTURE, 'bind-localhost.cjs')],
    env: {
      PATH: process.env.PATH,
      EXPRESS_PORT: String(p),
      AUTH_REPO: 'test',
      EVENTS_REPO: 'test',
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'local',
      FS_LOCAL_STORAGE_DIR: storage,
      EXPRESS_MORGAN_DIRECTORY: storage,
      WINSTON_CONSOLE_LEVEL: 'error',
      SERVICE_AWAIT_UPDATES: 'true',
      LANG: 'en',
    },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += String(d)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the test LRS did not start in 20 s: ${stderr}`)), 20_000);
    child.once('message', (m) => {
      if (m === 'ready') {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the test LRS exited (${code}): ${stderr}`));
    });
  });
  return {
    endpoint: `http://127.0.0.1:${p}/xAPI`,
    port: p,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGKILL');
        await exited;
      }
      rmSync(storage, { recursive: true, force: true });
    },
  };
}
