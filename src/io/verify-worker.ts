/** The second thread of `coach report`: verifies its share of the record files and sends back the verdicts. */
import { parentPort, workerData } from 'node:worker_threads';
import { verifyFiles, type VerifyJob } from './verify-records.js';

parentPort!.postMessage([...verifyFiles(workerData as VerifyJob)]);
