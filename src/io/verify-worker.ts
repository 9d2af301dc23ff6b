/**
 * The second thread of `coach report`: verifies batches of the record files, claimed from the
 * counter it shares with the main thread, and sends what it made of each file (a record's summary
 * or why it was refused, see report-accumulate.ts) batch by batch. It keeps nothing itself, so its
 * memory stays that of a few hundred files.
 */
import { parentPort } from 'node:worker_threads';
import type { FileEntry } from '../core/sponsor/report-accumulate.js';
import { verifyFast } from '../core/sponsor/verify-fast.js';
import {
  BATCH,
  claimedBatches,
  type EntryBatch,
  type FileToVerify,
  type WorkerJob,
  verifyInto,
} from './verify-batch.js';

// Started before the files are known (io/verify-records.ts): the job comes as the first message.
parentPort!.once('message', (job: WorkerJob) => run(job));

function run({ paths: joined, sizes, next, ...job }: WorkerJob): void {
  const paths = joined.split('\u0000');
  /** A batch's files, made when it is claimed: 100,000 of them at once would only add to the peak memory. */
  const batch = (start: number): FileToVerify[] =>
    paths.slice(start, start + BATCH).map((path, i) => ({ path, size: sizes[start + i]! }));
  const counter = new Int32Array(next);
  let entries: [number, FileEntry | null][] = [];
  // A file the fast path does not take goes back as null: the main thread judges it (the strict path needs zod, not loaded here).
  const add = (index: number, entry: FileEntry | undefined) => {
    entries.push([index, entry ?? null]);
  };
  for (const start of claimedBatches(counter, paths.length)) {
    verifyInto({ ...job, files: batch(start), offset: job.offset + start }, add, verifyFast);
    parentPort!.postMessage({ entries, done: false } satisfies EntryBatch);
    entries = [];
  }
  parentPort!.postMessage({ entries, done: true } satisfies EntryBatch);
}
