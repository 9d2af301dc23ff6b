/**
 * Reads and verifies completion record files, one at a time, reducing each to what the report
 * keeps of it (core/sponsor/report-accumulate.ts): memory grows with the learners, not the records.
 * Large reports use a second thread for part of the files: verification (JSON, schema, HMAC) is
 * CPU-bound and these machines have two cores or more. The worker reduces its share the same way
 * and sends back only its state. It runs the same code from the built bundle; from sources (tests)
 * everything stays in one thread.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FileEntry, ReportAccumulator } from '../core/sponsor/report-accumulate.js';
import { summarise } from '../core/sponsor/report-summary.js';
import { KeyRing, verifyText } from '../core/sponsor/verify.js';
import { MAX_FILE_BYTES } from './file-limits.js';
import { collectGarbage } from './memory.js';
import { readMany } from './sponsor-files.js';

export interface FileToVerify {
  path: string;
  size: number;
}
export interface VerifyJob {
  files: FileToVerify[];
  /** The index of files[0] in the report's file order (the accumulator decides on indices). */
  offset: number;
  programId: string;
  /** The programme's required lessons, each once. */
  required: string[];
  masterKey: string;
  /** The report's clock (records dated beyond the skew allowance are refused). */
  now: number;
  /** One Int32 both threads add to after each file, for the progress line. */
  progress?: SharedArrayBuffer;
}

/** Below this many files a second thread costs more than it saves. */
const THREAD_THRESHOLD = 1500;
/** In big reports, a garbage collection after this many files of a thread (a multiple of BATCH). */
export const GC_EVERY_FILES = 256 * 40;

/** Where each file's entry goes: the accumulator, or the worker's outgoing batch. */
export interface Sink {
  add(index: number, entry: FileEntry): void;
}

/** Reads, verifies and reduces the job's files into acc, in order. */
export function verifyInto(job: VerifyJob, acc: Sink): void {
  const keys = new KeyRing(job.masterKey);
  const done = job.progress ? new Int32Array(job.progress) : undefined;
  let index = job.offset;
  readMany(job.files, MAX_FILE_BYTES, (_file, text) => {
    acc.add(index++, entryOf(text, job, keys));
    if (done) Atomics.add(done, 0, 1);
  });
}

function entryOf(text: string | Error, job: VerifyJob, keys: KeyRing): FileEntry {
  if (typeof text === 'string') {
    const verdict = verifyText(text, job.programId, keys, job.now);
    return verdict.ok
      ? { ok: true, summary: summarise(verdict.record, verdict.verification, verdict.signature, job.required) }
      : verdict;
  }
  const code = (text as NodeJS.ErrnoException).code ?? '';
  if (code === 'E2BIG') return { ok: false, code: 'too-large', detail: `larger than ${MAX_FILE_BYTES / 1024} KB` };
  if (code === 'ENOTFILE' || code === 'ELOOP')
    return { ok: false, code: 'not-a-file', detail: 'not a regular file when read' };
  return { ok: false, code: 'unreadable', detail: code || text.message };
}

/** What the second thread is given: the job without its file list, which goes across as one string and sizes. */
export interface WorkerJob extends Omit<VerifyJob, 'files'> {
  /** The paths, joined by NUL (a character no path holds): one string crosses to the thread faster than 100,000 objects. */
  paths: string;
  sizes: Float64Array;
  /** One Int32: the next file to verify; each thread claims BATCH files at a time from it. */
  next: SharedArrayBuffer;
}

/** Files claimed at a time by a thread. */
export const BATCH = 256;

/**
 * The first file of the next batch this thread should verify, or -1 when all are taken. Both
 * threads claim from the same counter: neither runs out of work while the other still has some.
 */
export function claim(next: Int32Array, total: number): number {
  const start = Atomics.add(next, 0, BATCH);
  return start < total ? start : -1;
}

/**
 * Verifies the files into acc, on two threads when there are many and the built worker is there.
 * onProgress is called now and then with the number of files done (both threads).
 */
export async function verifyFilesParallel(
  job: VerifyJob,
  acc: ReportAccumulator,
  threads: number,
  onProgress?: (done: number) => void,
): Promise<void> {
  const workerFile = fileURLToPath(new URL('./verify-worker.cjs', import.meta.url));
  const progress = new SharedArrayBuffer(4);
  const done = new Int32Array(progress);
  const next = new SharedArrayBuffer(4);
  const tick = () => onProgress?.(Atomics.load(done, 0));
  if (threads < 2 || job.files.length < THREAD_THRESHOLD || !existsSync(workerFile))
    return await verifyWithTicks({ ...job, progress }, new Int32Array(next), acc, tick);
  const { Worker } = await import('node:worker_threads');
  const { files, ...rest } = job;
  const workerData: WorkerJob = {
    ...rest,
    paths: files.map((f) => f.path).join('\u0000'),
    sizes: Float64Array.from(files, (f) => f.size),
    progress,
    next,
  };
  // A small young generation: each record's garbage is short-lived, and a big one only adds to the peak memory.
  const worker = new Worker(workerFile, { workerData, resourceLimits: { maxYoungGenerationSizeMb: 4 } });
  // The worker keeps nothing: it sends what it made of each batch of files, and this thread adds
  // them to the accumulator as they come (it decides on file indices, not arrival order).
  const theirs = new Promise<void>((resolve, reject) => {
    worker.on('message', (batch: EntryBatch) => {
      for (const [index, entry] of batch.entries) acc.add(index, entry);
      if (batch.done) resolve();
    });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      code !== 0 ? reject(new Error(`the verification thread stopped (${code})`)) : undefined,
    );
  });
  await verifyWithTicks({ ...job, progress }, new Int32Array(next), acc, tick);
  const timer = onProgress ? setInterval(tick, 100) : undefined;
  try {
    await theirs;
  } finally {
    clearInterval(timer);
    await worker.terminate();
  }
}

/** What the worker sends: what it made of some files, by index; the last batch is marked done. */
export interface EntryBatch {
  entries: [number, FileEntry][];
  done: boolean;
}

/**
 * verifyInto, a batch at a time, as long as there are batches to claim: in between, a progress
 * tick and a turn of the event loop (the worker's batches are taken in there, so they never pile up).
 */
async function verifyWithTicks(job: VerifyJob, next: Int32Array, acc: Sink, tick: () => void): Promise<void> {
  let mine = 0;
  for (let start = claim(next, job.files.length); start >= 0; start = claim(next, job.files.length)) {
    if (mine > 0 && mine % GC_EVERY_FILES === 0) collectGarbage();
    verifyInto({ ...job, files: job.files.slice(start, start + BATCH), offset: job.offset + start }, acc);
    mine += BATCH;
    tick();
    await new Promise((resolve) => setImmediate(resolve));
  }
}
