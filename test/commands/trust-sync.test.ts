/**
 * Issue 12, finding 14: `coach sync` against an LRS that accepts connections and never answers
 * talks while it waits (on a terminal), gives up within its budget (30 s by default, --timeout),
 * and says that nothing is lost. No timed assertion: the bound is proved by what the client was
 * allowed (each try's limit and each wait, never past the budget), not by a stopwatch.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { run as sync, syncBudgetMs } from '../../src/commands/sync/run.js';
import { LrsClient, type Progress } from '../../src/io/lrs-client.js';
import { StatementQueue } from '../../src/io/xapi-queue.js';
import { errorMessage } from '../../src/render/error-message.js';
import type { CoachError } from '../../src/core/errors.js';
import { testContext, type TestContext } from '../helpers/context.js';
import { FakeLrs, makeStatements, testEnrollment } from '../helpers/fake-lrs.js';
import { silentServer } from '../helpers/silent-server.js';

const made: TestContext[] = [];
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of made.splice(0)) c.cleanup();
  await Promise.all(closers.splice(0).map((c) => c()));
});

async function enrolledWithQueue(endpoint: string, terminal: boolean): Promise<TestContext> {
  const c = testContext({ terminal });
  made.push(c);
  Object.assign(c, { env: { EXEC_COACH_LRS_PASSWORD: 'pw' } });
  await c.store.update((s) => ({ ...s, enrollment: testEnrollment(endpoint) }));
  await new StatementQueue(c.home).append(makeStatements(3, endpoint));
  return c;
}

describe('finding 14: sync against a silent LRS', () => {
  it('sync-bound: every try and every wait fits in the budget, and the client gives up', async () => {
    const silent = await silentServer();
    closers.push(silent.close);
    const seen: Progress[] = [];
    const client = new LrsClient({
      endpoint: silent.endpoint,
      budgetMs: 1_500,
      timeoutMs: 15_000,
      onProgress: (p) => seen.push(p),
    });
    await expect(client.send(makeStatements(3, silent.endpoint))).rejects.toMatchObject({
      failure: { kind: expect.stringMatching(/^(budget|unreachable)$/) },
    });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[0]).toMatchObject({ sent: 0, total: 3, attempt: 1 });
    const allowed = seen.reduce((n, p) => n + p.limitMs + p.waitMs, 0);
    expect(allowed).toBeLessThanOrEqual(1_500);
    expect(silent.connections()).toBeGreaterThan(0);
  });

  it('sync-default-timeout: 30 s unless --timeout says otherwise; a bad value is a usage error naming the flag', () => {
    expect(syncBudgetMs(undefined)).toBe(30_000);
    expect(syncBudgetMs('5')).toBe(5_000);
    for (const bad of ['0', 'abc', '-3', '99999'])
      expect(() => syncBudgetMs(bad), bad).toThrow(expect.objectContaining({ code: 'timeout-invalid', exitCode: 2 }));
  });

  it('sync-gives-up: with --timeout 1 it ends with lrs-timeout: nothing is lost, what to run later', async () => {
    const silent = await silentServer();
    closers.push(silent.close);
    const c = await enrolledWithQueue(silent.endpoint, false);
    const error = (await sync(c, { timeout: '1' }).catch((e: unknown) => e)) as CoachError;
    expect(error).toMatchObject({ code: 'lrs-timeout', params: { seconds: 1, sent: 0, waiting: 3 } });
    const words = errorMessage(c.t, error);
    expect(words).toContain('nothing is lost');
    expect(words).toContain('coach sync');
    expect(await new StatementQueue(c.home).read()).toHaveLength(3);
    expect(c.stderr.text).toBe(''); // no progress talk without a terminal
  });

  it('sync-progress: on a terminal it says what was sent, the attempt and the wait', async () => {
    const lrs = await FakeLrs.start();
    closers.push(() => lrs.close());
    lrs.script({ do: 'reply', status: 503, headers: { 'Retry-After': '1' } });
    const c = await enrolledWithQueue(lrs.endpoint, true);
    await sync(c, {});
    const said = c.stderr.text.replace(/\n/g, ' '); // as wrapped for an 80-column terminal
    expect(said).toMatch(/0 of 3 sent, attempt 1/);
    expect(said).toMatch(/attempt 2, next try in 1\u00a0s/);
    expect(c.stderr.text).toContain('Sent 3 statements');
  });
});
