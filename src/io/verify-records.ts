/**
 * Reads and verifies completion record files, one at a time, reducing each to what the report
 * keeps of it (core/sponsor/report-accumulate.ts): memory grows with the learners, not the records.
 * Large reports use a second thread for part of the files: verification (JSON, schema, HMAC) is
 * CPU-bound and these machines have two cores or more. The worker (its own small file in the
 * build, dist/verify-worker.cjs) reduces its share the same way with the fast path only, and sends
 * back what it made of each file, or null for a file this thread then judges by the strict path.
 * The thread is started early (startVerifyThread), before the files are listed. From sources
 * (tests) everything stays in one thread.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { FileEntry, ReportAccumulator } from '../core/sponsor/report-accumulate.js';
import { verifyStrict, verifyText } from '../core/sponsor/verify.js';
import { BATCH, claimedBatches, type EntryBatch, type VerifyJob, verifyInto, type WorkerJob } from './verify-batch.js';

export type { FileToVerify, VerifyJob } from './verify-batch.js';

/** Below this many files a second thread costs more than it saves. */
const THREAD_THRESHOLD = 1500;

/** A second verification thread, started before the files are known (startVerifyThread). */
export interface VerifyThread {
  worker: Worker;
  /** Why the thread stopped before it was given its job, if it did. */
  failed?: Error;
}

/**
 * Starts the second thread early, when the report may need it: loading Node's worker and its code
 * takes some tens of milliseconds, which then overlap reading the programme, the key and the roster
 * and listing the files. It waits for its job unreferenced: an unused thread never keeps the
 * process alive. undefined: one thread (asked for, or running from sources, as the tests do).
 */
export async function startVerifyThread(threads: number): Promise<VerifyThread | undefined> {
  const workerFile = fileURLToPath(new URL('./verify-worker.cjs', import.meta.url));
  if (threads < 2 || !existsSync(workerFile)) return undefined;
  const { Worker } = await import('node:worker_threads');
  // A small young generation: each record's garbage is short-lived, and a big one only adds to the peak memory.
  const worker = new Worker(workerFile, { resourceLimits: { maxYoungGenerationSizeMb: 4 } });
  const thread: VerifyThread = { worker };
  worker.once('error', (e) => {
    thread.failed ??= e;
  });
  worker.once('exit', (code) => {
    thread.failed ??= new Error(`the verification thread stopped (${code})`);
  });
  worker.unref();
  return thread;
}

/**
 * Verifies the files into acc, on two threads when there are many and a thread was started (it is
 * stopped otherwise). onProgress is called now and then with the number of files done (both threads).
 */
export async function verifyFilesParallel(
  job: VerifyJob,
  acc: ReportAccumulator,
  thread: VerifyThread | undefined,
  onProgress?: (done: number) => void,
): Promise<void> {
  const progress = new SharedArrayBuffer(4);
  const done = new Int32Array(progress);
  const next = new SharedArrayBuffer(4);
  const tick = () => onProgress?.(Atomics.load(done, 0));
  // A thread that could not start leaves the work to this one: the same report, a little later.
  if (!thread || thread.failed || job.files.length < THREAD_THRESHOLD) {
    void thread?.worker.terminate();
    return await verifyWithTicks({ ...job, progress }, new Int32Array(next), acc, tick);
  }
  const add = addFor(job, acc);
  const { worker } = thread;
  const { files, ...rest } = job;
  const sizes = Float64Array.from(files, (f) => f.size);
  const workerJob: WorkerJob = { ...rest, paths: files.map((f) => f.path).join('\u0000'), sizes, progress, next };
  // The worker keeps nothing: it sends what it made of each batch of files, and this thread adds
  // them to the accumulator as they come (it decides on file indices, not arrival order).
  const theirs = new Promise<void>((resolve, reject) => {
    worker.on('message', (batch: EntryBatch) => {
      for (const [index, entry] of batch.entries) add(index, entry ?? undefined);
      if (batch.done) resolve();
    });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      code !== 0 ? reject(new Error(`the verification thread stopped (${code})`)) : undefined,
    );
  });
  // Handled where it is awaited, after this thread's share: not an unhandled rejection meanwhile.
  theirs.catch(() => undefined);
  worker.ref();
  worker.postMessage(workerJob, [sizes.buffer]);
  await verifyWithTicks({ ...job, progress }, new Int32Array(next), acc, tick);
  const timer = onProgress ? setInterval(tick, 100) : undefined;
  try {
    await theirs;
  } finally {
    clearInterval(timer);
    await worker.terminate();
  }
}

/**
 * verifyInto, a batch at a time, as long as there are batches to claim: in between, a progress
 * tick and a turn of the event loop (the worker's batches are taken in there, so they never pile up).
 */
async function verifyWithTicks(
  job: VerifyJob,
  next: Int32Array,
  acc: ReportAccumulator,
  tick: () => void,
): Promise<void> {
  const add = addFor(job, acc);
  for (const start of claimedBatches(next, job.files.length)) {
    verifyInto({ ...job, files: job.files.slice(start, start + BATCH), offset: job.offset + start }, add, verifyText);
    tick();
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * Adds an entry to the accumulator; a file the second thread left (its fast path did not take it)
 * is read again and judged here by the strict path, which says what is wrong with it.
 */
function addFor(job: VerifyJob, acc: ReportAccumulator): (index: number, entry: FileEntry | undefined) => void {
  const { progress: _counted, ...quiet } = job;
  const add = (index: number, entry: FileEntry | undefined): void => {
    if (entry) acc.add(index, entry);
    else verifyInto({ ...quiet, files: [job.files[index - job.offset]!], offset: index }, add, verifyStrict);
  };
  return add;
}
