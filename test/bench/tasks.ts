/**
 * Bench helpers that need the coach's own code (bundled by test/bench/run.mjs with esbuild):
 *   generate DIR N          N signed completion records (real signing code), plus a programme and key
 *   append HOME N           the queue's append cost per event, N events
 *   sync HOME N ENDPOINT    N queued statements sent to the LRS at ENDPOINT
 * Each prints one JSON line of figures.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildRecord, exportFile } from '../../src/core/sponsor/record.js';
import { learnerKey, newMasterKey } from '../../src/core/sponsor/sign.js';
import { ENROLLMENT_FORMAT, PROGRAM_FORMAT, type Enrollment } from '../../src/core/sponsor/formats.js';
import { keyFingerprint } from '../../src/core/sponsor/key-fingerprint.js';
import { emptyStore, type Store } from '../../src/core/progress/types.js';
import { buildStatement } from '../../src/core/xapi/statements.js';
import { StatementQueue } from '../../src/io/xapi-queue.js';
import { syncQueue } from '../../src/io/xapi-sync.js';

const LESSONS = [
  'foundations-lead-by-example',
  'security-lock-down',
  'linkedin-first-post',
  'x-first-post',
  'internal-network-ama',
  'facebook-page-access',
];
const [, , task, ...args] = process.argv;

function enrollment(master: string, learner: string, endpoint = 'http://127.0.0.1:9/xAPI'): Enrollment {
  return {
    format: ENROLLMENT_FORMAT,
    id: randomUUID(),
    program: {
      id: 'bench',
      title: 'Bench',
      sponsor: {},
      required: LESSONS.slice(0, 4),
      due: '2027-03-31',
      lrs: { endpoint, username: 'bench', passwordEnv: 'EXEC_COACH_LRS_PASSWORD' },
    },
    learner: { id: learner },
    key: learnerKey(master, learner),
    issuedAt: '2026-11-01T09:00:00.000Z',
  };
}

/** `generate DIR N`: a programme, its key and N signed records with a spread of progress. */
function generate(): void {
  const [dir, n] = [args[0]!, Number(args[1])];
  mkdirSync(path.join(dir, 'records'), { recursive: true });
  const master = newMasterKey();
  writeFileSync(path.join(dir, 'bench.key'), `${master}\n`, { mode: 0o600 });
  writeFileSync(
    path.join(dir, 'bench.program.json'),
    JSON.stringify({
      format: PROGRAM_FORMAT,
      keyFingerprint: keyFingerprint(master),
      id: 'bench',
      title: 'Bench',
      sponsor: {},
      required: LESSONS.slice(0, 4),
      due: '2027-03-31',
    }),
  );
  const t = performance.now();
  for (let i = 0; i < n; i++) {
    const learner = `exec-${String(i).padStart(6, '0')}`;
    const store: Store = { ...emptyStore(), enrollment: enrollment(master, learner) };
    const done = i % 7; // a spread of progress across the cohort
    LESSONS.forEach((id, k) => {
      if (k > done) return;
      const completed = k < done;
      store.lessons[id] = {
        status: completed ? 'completed' : 'in-progress',
        lessonVersion: 1,
        stepsTotal: 5,
        stepsDone: completed ? 5 : 2,
        results: [{ kind: 'quiz', at: '', firstTry: ['a'], correct: (i + k) % 3 !== 0, attempts: 1 }],
        startedAt: '2026-11-02T09:00:00.000Z',
        updatedAt: '2026-11-02T09:10:00.000Z',
        completedAt: completed ? '2026-11-02T09:10:00.000Z' : null,
        activeMs: 600_000,
        mode: k === 2 && i % 2 ? 'draft' : 'live',
      };
    });
    const record = buildRecord(store, LESSONS, Date.UTC(2026, 10, 20) + i, '1.0.0');
    writeFileSync(
      path.join(dir, 'records', `${learner}.json`),
      JSON.stringify(exportFile(record, store.enrollment!.key)),
    );
  }
  console.log(JSON.stringify({ generated: n, ms: Math.round(performance.now() - t) }));
}

/** `append HOME N`: the time of each queue append, one event at a time. */
async function append(): Promise<void> {
  const [home, n] = [args[0]!, Number(args[1])];
  const e = enrollment(newMasterKey(), 'exec-000001');
  const queue = new StatementQueue(home);
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = buildStatement({ type: 'progressed', lessonId: 'security-lock-down', stepsDone: 1, stepsTotal: 5 }, e, {
      id: randomUUID(),
      at: Date.now(),
      lang: 'en',
    });
    const t = performance.now();
    await queue.append([s]);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      events: n,
      medianMs: +times[Math.floor(n / 2)]!.toFixed(2),
      p95Ms: +times[Math.floor(n * 0.95)]!.toFixed(2),
    }),
  );
}

/** `sync HOME N ENDPOINT`: N statements queued at once, then one sync. */
async function sync(): Promise<void> {
  const [home, n, endpoint] = [args[0]!, Number(args[1]), args[2]!];
  const e = enrollment(newMasterKey(), 'exec-000001', endpoint);
  const statements = Array.from({ length: n }, (_, i) =>
    buildStatement({ type: 'progressed', lessonId: LESSONS[i % LESSONS.length]!, stepsDone: 1, stepsTotal: 5 }, e, {
      id: randomUUID(),
      at: Date.now(),
      lang: 'en',
    }),
  );
  await new StatementQueue(home).append(statements);
  const t = performance.now();
  const result = await syncQueue(home, e, { EXEC_COACH_LRS_PASSWORD: 'bench' });
  console.log(JSON.stringify({ statements: n, sent: result.sent, ms: Math.round(performance.now() - t) }));
}

async function main(): Promise<void> {
  if (task === 'generate') generate();
  else if (task === 'append') await append();
  else if (task === 'sync') await sync();
  else throw new Error(`unknown bench task ${task}`);
}

await main();
