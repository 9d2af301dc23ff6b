/**
 * The second thread of `coach report`: verifies its share of the record files and sends what it
 * made of each (a record's summary or why it was refused, see report-accumulate.ts) in small
 * batches. It keeps nothing itself, so its memory stays that of a few hundred files.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { FileEntry } from '../core/sponsor/report-accumulate.js';
import { collectGarbage } from './memory.js';
import { type EntryBatch, type VerifyJob, verifyInto } from './verify-records.js';

const BATCH = 256;
const job = workerData as VerifyJob;
let entries: [number, FileEntry][] = [];
const sink = {
  add(index: number, entry: FileEntry) {
    entries.push([index, entry]);
  },
};
for (let start = 0; start < job.files.length; start += BATCH) {
  if (start > 0 && start % (BATCH * 40) === 0) collectGarbage();
  verifyInto({ ...job, files: job.files.slice(start, start + BATCH), offset: job.offset + start }, sink);
  parentPort!.postMessage({ entries, done: false } satisfies EntryBatch);
  entries = [];
}
parentPort!.postMessage({ entries, done: true } satisfies EntryBatch);
