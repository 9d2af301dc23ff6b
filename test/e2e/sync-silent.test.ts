/**
 * Issue 12, finding 14, as a learner runs it: `coach sync` against an LRS that accepts the
 * connection and never answers ends by itself with the message that nothing is lost. The only
 * bound here is the generous test timeout; the 30 s default is proved in-process (trust-sync.test.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coach, coachAsync, tempHome } from '../helpers/cli.js';
import { makeStatements, testEnrollment } from '../helpers/fake-lrs.js';
import { silentServer } from '../helpers/silent-server.js';

let silent: Awaited<ReturnType<typeof silentServer>>;
const learner = tempHome();
beforeAll(async () => {
  silent = await silentServer();
});
afterAll(async () => {
  await silent.close();
  learner.cleanup();
});

describe('coach sync against a silent LRS', () => {
  it('sync-silent-e2e: ends with "did not answer within 2 s ... nothing is lost" and exit 1', async () => {
    const file = path.join(learner.home, 'me.enrollment.json');
    writeFileSync(file, JSON.stringify(testEnrollment(silent.endpoint)));
    const joined = coach(['enroll', file, '--yes'], { home: learner.home });
    expect(joined.code, joined.stderr).toBe(0);
    mkdirSync(path.join(learner.home, 'xapi'), { recursive: true });
    writeFileSync(
      path.join(learner.home, 'xapi', 'queue.jsonl'),
      `${makeStatements(3, silent.endpoint)
        .map((s) => JSON.stringify(s))
        .join('\n')}\n`,
    );
    const r = await coachAsync(['sync', '--timeout', '2'], {
      home: learner.home,
      env: { EXEC_COACH_LRS_PASSWORD: 'pw' },
      timeoutMs: 60_000,
    });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/did not answer within 2 s/);
    expect(r.stderr).toMatch(/3 still wait on this computer, nothing is lost\. Run `coach sync` later/);
    expect(silent.connections()).toBeGreaterThan(0);
  });
});
