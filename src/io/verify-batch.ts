/**
 * What both threads of `coach report` run: read a batch of record files, verify each, and reduce
 * it to what the report keeps of it (core/sponsor/report-accumulate.ts). The verifier is given:
 * the main thread's says everything (verify.ts), the second thread's only takes what the fast path
 * takes (verify-fast.ts, no schema library to load) and leaves the other files to the main thread.
 */
import type { FileEntry } from '../core/sponsor/report-accumulate.js';
import { summarise } from '../core/sponsor/report-summary.js';
import { KeyRing, type Verdict } from '../core/sponsor/verify-fast.js';
import { MAX_FILE_BYTES } from './file-limits.js';
import { collectGarbage } from './memory.js';
import { readMany } from './read-many.js';

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

/** A verdict on a file's text; undefined when this verifier leaves the file to another. */
export type Verifier = (text: string, programId: string, keys: KeyRing, now: number) => Verdict | undefined;

/** In big reports, a garbage collection after this many files of a thread (a multiple of BATCH). */
const GC_EVERY_FILES = 256 * 40;
/** Files claimed at a time by a thread. */
export const BATCH = 256;

/** Reads, verifies and reduces the job's files, in order; `add` gets undefined for a file the verifier left. */
export function verifyInto(
  job: VerifyJob,
  add: (index: number, entry: FileEntry | undefined) => void,
  verify: Verifier,
): void {
  const keys = new KeyRing(job.masterKey);
  const done = job.progress ? new Int32Array(job.progress) : undefined;
  let index = job.offset;
  readMany(job.files, MAX_FILE_BYTES, (_file, text) => {
    add(index++, entryOf(text, job, keys, verify));
    if (done) Atomics.add(done, 0, 1);
  });
}

function entryOf(text: string | Error, job: VerifyJob, keys: KeyRing, verify: Verifier): FileEntry | undefined {
  if (typeof text === 'string') {
    const verdict = verify(text, job.programId, keys, job.now);
    if (verdict === undefined) return undefined;
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

/**
 * The first file of the next batch this thread should verify, or -1 when all are taken. Both
 * threads claim from the same counter: neither runs out of work while the other still has some.
 */
function claim(next: Int32Array, total: number): number {
  const start = Atomics.add(next, 0, BATCH);
  return start < total ? start : -1;
}

/**
 * The first file of each batch this thread claims, until none is left; in big reports, with a
 * garbage collection every GC_EVERY_FILES files of this thread (io/memory.ts).
 */
export function* claimedBatches(next: Int32Array, total: number): Generator<number> {
  let mine = 0;
  for (let start = claim(next, total); start >= 0; start = claim(next, total)) {
    if (mine > 0 && mine % GC_EVERY_FILES === 0) collectGarbage();
    yield start;
    mine += BATCH;
  }
}

/** What the worker sends: what it made of some files, by index (null: left to the main thread); the last batch is marked done. */
export interface EntryBatch {
  entries: [number, FileEntry | null][];
  done: boolean;
}
