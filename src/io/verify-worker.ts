/**
 * The second thread of `coach report`: verifies its share of the record files and sends back only
 * what the report keeps of them (per learner, the best record's summary; see report-accumulate.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type AccumulatorState, ReportAccumulator } from '../core/sponsor/report-accumulate.js';

const BATCH = 2000;
const EMPTY: AccumulatorState = { best: [], identities: [], copies: [], rejected: [], flagged: [] };
import { verifyInSlices, type VerifyJob } from './verify-records.js';

const acc = new ReportAccumulator();
verifyInSlices(workerData as VerifyJob, acc);
const state = acc.state();
// In batches: one message of 40,000 summaries would be one big copy on each side at once.
for (let i = 0; i < state.best.length; i += BATCH)
  parentPort!.postMessage({ ...EMPTY, best: state.best.slice(i, i + BATCH) } satisfies AccumulatorState);
parentPort!.postMessage({ ...state, best: [], done: true });
