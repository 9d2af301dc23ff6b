/**
 * Reads and verifies completion record files. Large reports use a second thread for half of the
 * files: verification (JSON, schema, HMAC) is CPU-bound and these machines have two cores or more.
 * The worker runs the same code from the built bundle; from sources (tests) it stays in one thread.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { KeyRing, verifyText, type Verdict } from '../core/sponsor/verify.js';
import { MAX_FILE_BYTES } from './files.js';
import { readMany } from './sponsor-files.js';

export interface FileToVerify {
  path: string;
  size: number;
}
export interface VerifyJob {
  files: FileToVerify[];
  programId: string;
  masterKey: string;
  /** The report's clock (records dated beyond the skew allowance are refused). */
  now: number;
}

/** Below this many files a second thread costs more than it saves. */
const THREAD_THRESHOLD = 1500;

export function verifyFiles(job: VerifyJob): Map<string, Verdict> {
  const keys = new KeyRing(job.masterKey);
  const results = new Map<string, Verdict>();
  readMany(job.files, MAX_FILE_BYTES, (file, text) => {
    let verdict: Verdict;
    if (typeof text === 'string') verdict = verifyText(text, job.programId, keys, job.now);
    else if ((text as NodeJS.ErrnoException).code === 'E2BIG') verdict = { ok: false, code: 'too-large', detail: `larger than ${MAX_FILE_BYTES / 1024} KB` };
    else if (['ENOTFILE', 'ELOOP'].includes((text as NodeJS.ErrnoException).code ?? '')) verdict = { ok: false, code: 'not-a-file', detail: 'not a regular file when read' };
    else verdict = { ok: false, code: 'unreadable', detail: (text as NodeJS.ErrnoException).code ?? text.message };
    results.set(file.path, verdict);
  });
  return results;
}

/** Verifies the files, on two threads when there are many and the built worker is there. */
export async function verifyFilesParallel(job: VerifyJob, threads: number): Promise<Map<string, Verdict>> {
  const workerFile = fileURLToPath(new URL('./verify-worker.js', import.meta.url));
  if (threads < 2 || job.files.length < THREAD_THRESHOLD || !existsSync(workerFile)) return verifyFiles(job);
  const { Worker } = await import('node:worker_threads');
  // The second thread starts later (it loads the code first): it gets a little less than half.
  const mine = Math.floor(job.files.length * 0.58);
  const worker = new Worker(workerFile, { workerData: { ...job, files: job.files.slice(mine) } satisfies VerifyJob });
  const theirs = new Promise<Map<string, Verdict>>((resolve, reject) => {
    worker.once('message', (entries: [string, Verdict][]) => resolve(new Map(entries)));
    worker.once('error', reject);
    worker.once('exit', (code) => (code !== 0 ? reject(new Error(`the verification thread stopped (${code})`)) : undefined));
  });
  const results = verifyFiles({ ...job, files: job.files.slice(0, mine) });
  const other = await theirs;
  await worker.terminate();
  for (const [k, v] of other) results.set(k, v);
  return results;
}
