/**
 * The durable statement queue (a JSONL file under a lock) in a temporary folder, and syncQueue
 * sending it to a scripted in-process LRS.
 */
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoachError } from '../../src/core/errors.js';
import type { Statement } from '../../src/core/xapi/statements.js';
import { StatementQueue } from '../../src/io/xapi-queue.js';
import { recordEvents, syncQueue } from '../../src/io/xapi-sync.js';
import { FakeLrs, makeStatements, T0, testEnrollment } from '../helpers/fake-lrs.js';

let home: string;
let lrs: FakeLrs | undefined;

beforeEach(() => {
  home = mkdtempSync(path.join(tmpdir(), 'coach-xapi-'));
});

afterEach(async () => {
  await lrs?.close();
  lrs = undefined;
  rmSync(home, { recursive: true, force: true });
});

const ids = (statements: readonly { id: string }[]) => statements.map((s) => s.id);
const queueFile = () => path.join(home, 'xapi', 'queue.jsonl');
const damagedFiles = () => readdirSync(path.join(home, 'xapi')).filter((f) => /^queue\.damaged-.*\.jsonl$/.test(f));
const lines = (text: string) => text.split('\n').filter((l) => l !== '');

describe('StatementQueue: append, read and remove', () => {
  it('reads what was appended, in order, and counts it', async () => {
    const queue = new StatementQueue(home);
    expect(await queue.read()).toEqual([]);
    expect(queue.count()).toBe(0);

    const [a, b, c] = makeStatements(3);
    await queue.append([a!, b!]);
    await queue.append([]);
    await queue.append([c!]);

    expect(await queue.read()).toEqual([a, b, c]);
    expect(queue.count()).toBe(3);
    const text = readFileSync(queueFile(), 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    expect(lines(text).map((l) => (JSON.parse(l) as Statement).id)).toEqual(ids([a!, b!, c!]));
    // Another instance on the same folder sees the same queue.
    expect(await new StatementQueue(home).read()).toEqual([a, b, c]);
  });

  it('removes only the given ids; statements appended meanwhile stay', async () => {
    const queue = new StatementQueue(home);
    const [a, b, c, d] = makeStatements(4);
    await queue.append([a!, b!, c!]);
    const read = await queue.read();
    await queue.append([d!]); // arrives while the read batch is being sent

    await queue.remove(new Set([read[0]!.id, read[2]!.id, 'not-in-the-queue']));

    expect(await queue.read()).toEqual([b, d]);
    expect(queue.count()).toBe(2);
    await queue.remove(new Set());
    expect(await queue.read()).toEqual([b, d]);
    await queue.remove(new Set(ids([b!, d!])));
    expect(await queue.read()).toEqual([]);
    expect(queue.count()).toBe(0);
    expect(readFileSync(queueFile(), 'utf8')).toBe('');
  });

  it('remove never drops a damaged line silently (it is kept or set aside)', async () => {
    const queue = new StatementQueue(home);
    const [a, b, c] = makeStatements(3);
    await queue.append([a!, b!]);
    const sending = await queue.read();
    // Meanwhile another process crashes in the middle of its append.
    const partial = JSON.stringify(c).slice(0, 50);
    appendFileSync(queueFile(), partial);

    await queue.remove(new Set(ids(sending)));

    const kept = readFileSync(queueFile(), 'utf8').includes(partial);
    const setAside = damagedFiles().some((f) => readFileSync(path.join(home, 'xapi', f), 'utf8').includes(partial));
    expect({ kept, setAside }).not.toEqual({ kept: false, setAside: false });
  });
});

describe('StatementQueue: damaged lines', () => {
  it('a truncated last line is set aside in queue.damaged-*.jsonl; the next append starts on a new line', async () => {
    const queue = new StatementQueue(home);
    const [a, b, c] = makeStatements(3);
    await queue.append([a!]);
    const partial = JSON.stringify(b).slice(0, 60); // a crash in the middle of an append
    appendFileSync(queueFile(), partial);

    await queue.append([c!]);

    const text = readFileSync(queueFile(), 'utf8');
    expect(lines(text)).toEqual([JSON.stringify(a), partial, JSON.stringify(c)]);
    expect(await queue.read()).toEqual([a, c]);
    const damaged = damagedFiles();
    expect(damaged).toHaveLength(1);
    expect(readFileSync(path.join(home, 'xapi', damaged[0]!), 'utf8')).toBe(`${partial}\n`);
    expect(lines(readFileSync(queueFile(), 'utf8'))).toEqual([JSON.stringify(a), JSON.stringify(c)]);
    expect(queue.count()).toBe(2);
  });

  it('a truncated last line found by read is set aside, and a later append is whole', async () => {
    const queue = new StatementQueue(home);
    const [a, b, c] = makeStatements(3);
    await queue.append([a!]);
    const partial = JSON.stringify(b).slice(0, 25);
    appendFileSync(queueFile(), partial);

    expect(await queue.read()).toEqual([a]);
    expect(damagedFiles()).toHaveLength(1);
    await queue.append([c!]);

    expect(await queue.read()).toEqual([a, c]);
    const text = readFileSync(queueFile(), 'utf8');
    expect(text).toBe(`${JSON.stringify(a)}\n${JSON.stringify(c)}\n`);
  });

  it('a last line complete but for its newline is kept, and the next append goes on its own line', async () => {
    const queue = new StatementQueue(home);
    const [a, b, c] = makeStatements(3);
    mkdirSync(path.join(home, 'xapi'), { recursive: true });
    writeFileSync(queueFile(), `${JSON.stringify(a)}\n${JSON.stringify(b)}`);

    await queue.append([c!]);

    expect(await queue.read()).toEqual([a, b, c]);
    expect(damagedFiles()).toEqual([]);
  });

  it('lines that are JSON but not statements are set aside too', async () => {
    const queue = new StatementQueue(home);
    const [a] = makeStatements(1);
    mkdirSync(path.join(home, 'xapi'), { recursive: true });
    writeFileSync(queueFile(), `{"hello":1}\n${JSON.stringify(a)}\n[]\n`);

    expect(await queue.read()).toEqual([a]);
    const damaged = damagedFiles();
    expect(damaged).toHaveLength(1);
    expect(readFileSync(path.join(home, 'xapi', damaged[0]!), 'utf8')).toBe('{"hello":1}\n[]\n');
  });
});

describe('StatementQueue: concurrent appenders', () => {
  it('two concurrent appenders (many appends at once) lose nothing', async () => {
    const first = new StatementQueue(home);
    const second = new StatementQueue(home);
    const mine = makeStatements(8);
    const theirs = makeStatements(8);

    await Promise.all([...mine.map((s) => first.append([s])), ...theirs.map((s) => second.append([s]))]);

    const all = await first.read();
    expect(all).toHaveLength(16);
    expect(new Set(ids(all))).toEqual(new Set([...ids(mine), ...ids(theirs)]));
    expect(damagedFiles()).toEqual([]);
    expect(first.count()).toBe(16);
    for (const line of lines(readFileSync(queueFile(), 'utf8')))
      expect(() => JSON.parse(line) as unknown).not.toThrow();
  });

  it('two appenders each appending in sequence, side by side, lose nothing and keep their own order', async () => {
    const first = new StatementQueue(home);
    const second = new StatementQueue(home);
    const mine = makeStatements(25);
    const theirs = makeStatements(25);
    const appendAll = async (queue: StatementQueue, statements: Statement[]) => {
      for (const s of statements) await queue.append([s]);
    };

    await Promise.all([appendAll(first, mine), appendAll(second, theirs)]);

    const all = await second.read();
    expect(all).toHaveLength(50);
    expect(ids(all.filter((s) => ids(mine).includes(s.id)))).toEqual(ids(mine));
    expect(ids(all.filter((s) => ids(theirs).includes(s.id)))).toEqual(ids(theirs));
    expect(damagedFiles()).toEqual([]);
  });
});

/** The LRS password syncQueue reads from the environment, and the header it must send with it. */
const env = { EXEC_COACH_LRS_PASSWORD: 'pw-from-env' };
const basic = `Basic ${Buffer.from('coach:pw-from-env').toString('base64')}`;

describe('syncQueue: sending the queue', () => {
  it('sends everything, empties the queue, and uses the password from the environment', async () => {
    lrs = await FakeLrs.start();
    const enrollment = testEnrollment(lrs.endpoint);
    const queued = await recordEvents(
      home,
      enrollment,
      Array.from({ length: 120 }, (_, i) => ({
        type: 'progressed' as const,
        lessonId: 'first-post',
        stepsDone: i % 5,
        stepsTotal: 5,
      })),
      { now: T0, lang: 'en' },
    );
    expect(queued).toBe(120);
    const statements = await new StatementQueue(home).read();

    const result = await syncQueue(home, enrollment, env);

    expect(result).toEqual({ sent: 120, waiting: 0, other: 0 });
    expect(await new StatementQueue(home).read()).toEqual([]);
    expect(new StatementQueue(home).count()).toBe(0);
    expect(lrs.requests.map((r) => (r.body as unknown[]).length)).toEqual([50, 50, 20]);
    for (const r of lrs.requests) {
      expect(r.headers.authorization).toBe(basic);
      expect(r.headers['x-experience-api-version']).toBe('1.0.3');
    }
    expect([...lrs.stored.keys()]).toEqual(ids(statements));
  });

  it('an empty queue sends nothing', async () => {
    lrs = await FakeLrs.start();
    expect(await syncQueue(home, testEnrollment(lrs.endpoint), env)).toEqual({ sent: 0, waiting: 0, other: 0 });
    expect(lrs.requests).toHaveLength(0);
  });

  it('a failure mid-way: the first batch leaves the queue, the rest stays, lrs-unreachable with waiting = the rest', async () => {
    lrs = await FakeLrs.start();
    lrs.script({ do: 'lrs' });
    lrs.otherwise = { do: 'reply', status: 500, body: { message: 'down' } };
    const enrollment = testEnrollment(lrs.endpoint);
    const statements = makeStatements(120, lrs.endpoint);
    await new StatementQueue(home).append(statements);
    // The budget itself is checked with a fake clock in lrs-client.test.ts; here, what is kept.
    const error = await syncQueue(home, enrollment, env, { budgetMs: 2_000, timeoutMs: 1_500 }).catch(
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(CoachError);
    const e = error as CoachError<'lrs-unreachable' | 'lrs-timeout'>;
    // Out of tries (unreachable) or, on a loaded machine, out of time (timeout): either way, what was sent and what waits.
    expect(['lrs-unreachable', 'lrs-timeout']).toContain(e.code);
    expect(e.params).toMatchObject({ endpoint: lrs.endpoint, waiting: 70, sent: 50 });
    if (e.code === 'lrs-unreachable')
      expect((e.params as { detail: string }).detail).toMatch(/^(HTTP 500|no answer in time)$/);
    expect(await new StatementQueue(home).read()).toEqual(statements.slice(50));
    expect([...lrs.stored.keys()]).toEqual(ids(statements.slice(0, 50)));
    expect(lrs.requests.length).toBeGreaterThanOrEqual(2);
    for (const r of lrs.requests.slice(1)) expect(r.body).toEqual(statements.slice(50, 100));
  });
});

describe('syncQueue: lost answers and refusals', () => {
  it('a lost answer during sync: the batch is resent, the queue empties, every statement stored once', async () => {
    lrs = await FakeLrs.start();
    lrs.script({ do: 'store-then-drop' });
    const statements = makeStatements(30, lrs.endpoint);
    await new StatementQueue(home).append(statements);

    expect(await syncQueue(home, testEnrollment(lrs.endpoint), env, { budgetMs: 5_000 })).toEqual({
      sent: 30,
      waiting: 0,
      other: 0,
    });

    expect(lrs.requests).toHaveLength(2);
    expect(lrs.storeLog).toEqual(ids(statements));
    expect(await new StatementQueue(home).read()).toEqual([]);
  });

  it('401: lrs-refused with the message, the password variable as hint, and everything still waiting', async () => {
    lrs = await FakeLrs.start();
    lrs.otherwise = { do: 'reply', status: 401, body: { message: 'Unauthorised' } };
    const statements = makeStatements(60, lrs.endpoint);
    await new StatementQueue(home).append(statements);

    const error = await syncQueue(home, testEnrollment(lrs.endpoint), env).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(CoachError);
    expect((error as CoachError).code).toBe('lrs-refused');
    expect((error as CoachError<'lrs-refused'>).params).toEqual({
      status: 401,
      message: 'Unauthorised',
      waiting: 60,
      hint: 'EXEC_COACH_LRS_PASSWORD',
    });
    expect(lrs.requests).toHaveLength(1);
    expect(await new StatementQueue(home).read()).toEqual(statements);
  });

  it('a plain-http endpoint elsewhere: lrs-insecure, nothing sent, the queue intact', async () => {
    const statements = makeStatements(3);
    await new StatementQueue(home).append(statements);

    const error = await syncQueue(home, testEnrollment('http://lrs.example.com/xapi'), env).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(CoachError);
    expect((error as CoachError).code).toBe('lrs-insecure');
    expect((error as CoachError<'lrs-insecure'>).params).toEqual({ endpoint: 'http://lrs.example.com/xapi' });
    expect(await new StatementQueue(home).read()).toEqual(statements);
  });
});
