/**
 * The progress file is read once by a command that only reads it, and once more per locked update
 * by a command that writes (counted in the built coach, every module included: conf reads through
 * its own `fs` calls). Each read costs start-up time, and the first version read it five times.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, cleanEnv, coach, tempHome } from '../helpers/cli.js';

const PRELOAD = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'helpers', 'count-reads.cjs');
const { home, cleanup } = tempHome();
afterAll(cleanup);

function readsBy(args: string[]): { reads: number; code: number | null; stderr: string } {
  const out = path.join(home, 'reads.txt');
  const r = spawnSync(process.execPath, ['-r', PRELOAD, BIN, ...args], {
    env: cleanEnv({ EXEC_COACH_HOME: home, COUNT_READS_OF: path.join(home, 'progress.json'), COUNT_READS_OUT: out }),
    encoding: 'utf8',
    input: '',
    timeout: 30_000,
  });
  return { reads: Number(readFileSync(out, 'utf8')), code: r.status, stderr: r.stderr };
}

describe('reads of the progress file', () => {
  it('the counter counts: a command that reads the store twice on purpose is seen reading twice', () => {
    expect(coach(['config', 'name', 'Claire'], { home }).code).toBe(0);
    const r = spawnSync(
      process.execPath,
      [
        '-r',
        PRELOAD,
        '-e',
        `const fs = require('node:fs'); fs.readFileSync(${JSON.stringify(path.join(home, 'progress.json'))}, 'utf8'); fs.closeSync(fs.openSync(${JSON.stringify(path.join(home, 'progress.json'))}, 'r'))`,
      ],
      {
        env: cleanEnv({
          COUNT_READS_OF: path.join(home, 'progress.json'),
          COUNT_READS_OUT: path.join(home, 'reads.txt'),
        }),
      },
    );
    expect(r.status).toBe(0);
    expect(readFileSync(path.join(home, 'reads.txt'), 'utf8')).toBe('2');
  });

  it.each([['status', '--json'], ['list'], ['status'], ['config'], ['export', '--preview']])(
    'coach %s reads it once',
    (...args) => {
      const r = readsBy(args);
      expect(r.code, r.stderr).toBe(0);
      expect(r.reads).toBe(1);
    },
  );

  it('coach config name reads it once to start, and once under the lock to save', () => {
    const r = readsBy(['config', 'name', 'Claire Dubois']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.reads).toBe(2);
  });
});
