/**
 * The second verification thread is started before the files are known (startVerifyThread) and
 * may turn out not to be needed, or not to work: either way every file is still verified, on the
 * main thread, and the thread is stopped. From sources (these tests) no thread is started.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportAccumulator } from '../../src/core/sponsor/report-accumulate.js';
import { buildRecord, exportFile } from '../../src/core/sponsor/record.js';
import { newMasterKey } from '../../src/core/sponsor/sign.js';
import { startVerifyThread, type VerifyThread, verifyFilesParallel } from '../../src/io/verify-records.js';
import { tempHome } from '../helpers/cli.js';
import { enrolledStore } from '../helpers/records.js';

const dir = tempHome();
afterAll(() => dir.cleanup());
const master = newMasterKey();
/** More than the count from which a second thread would take a share (1,500). */
const COUNT = 1600;
const files: { path: string; size: number }[] = [];

beforeAll(() => {
  mkdirSync(path.join(dir.home, 'records'));
  for (let i = 0; i < COUNT; i++) {
    const learner = `l-${i}`;
    const store = enrolledStore(master, learner, ['security-lock-down']);
    const file = path.join(dir.home, 'records', `${learner}.json`);
    writeFileSync(
      file,
      JSON.stringify(exportFile(buildRecord(store, [], Date.UTC(2026, 10, 20), '1.0.0'), store.enrollment!.key)),
    );
    files.push({ path: file, size: 0 });
  }
}, 60_000);

/** A thread that records whether it was stopped; given no job (the tests check that too). */
function fakeThread(failed?: Error): VerifyThread & { stopped: number; posted: number } {
  const fake = {
    stopped: 0,
    posted: 0,
    failed,
    worker: {} as Worker,
  };
  fake.worker = {
    terminate: async () => {
      fake.stopped++;
      return 1;
    },
    postMessage: () => {
      fake.posted++;
    },
  } as unknown as Worker;
  return fake;
}

const job = (list: typeof files) => ({
  files: list,
  offset: 0,
  programId: 'p',
  required: ['security-lock-down'],
  masterKey: master,
  now: Date.UTC(2026, 11, 1),
});

describe('verifyFilesParallel with a thread started early', () => {
  it('verifies every file on this thread, and stops the thread, when the thread could not start', async () => {
    const acc = new ReportAccumulator();
    const thread = fakeThread(new Error('the verification thread stopped (1)'));
    await verifyFilesParallel(job(files), acc, thread);
    const { best, rejected } = acc.finish((i) => files[i]!.path);
    expect(best.size).toBe(COUNT);
    expect(rejected).toEqual([]);
    expect([...best.values()].every((c) => c.summary.verification === 'valid')).toBe(true);
    expect(thread.posted).toBe(0);
    expect(thread.stopped).toBe(1);
  });

  it('stops a healthy thread it does not need (fewer files than a second thread is worth)', async () => {
    const acc = new ReportAccumulator();
    const thread = fakeThread();
    await verifyFilesParallel(job(files.slice(0, 40)), acc, thread);
    expect(acc.finish((i) => files[i]!.path).best.size).toBe(40);
    expect(thread.posted).toBe(0);
    expect(thread.stopped).toBe(1);
  });

  it('starts no thread from sources, nor when one thread is asked for', async () => {
    expect(await startVerifyThread(2)).toBeUndefined();
    expect(await startVerifyThread(1)).toBeUndefined();
  });
});
