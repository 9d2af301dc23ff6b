/**
 * LrsClient against a scripted in-process LRS: what the server received, and what the client
 * returned or threw. Waits between retries go to a fake `sleep` (recorded, instant) on a fake
 * clock; only the per-request timeout uses real (short) time.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BATCH_SIZE, checkEndpoint, LrsClient, parseRetryAfter, type LrsConfig } from '../../src/io/lrs-client.js';
import { LrsError, type LrsFailure } from '../../src/io/lrs-errors.js';
import type { Statement } from '../../src/core/xapi/statements.js';
import { fakeTime, FakeLrs, makeStatements, T0, type RecordedRequest } from '../helpers/fake-lrs.js';

const USER = 'coach';
const PASSWORD = 's3cret:with-colon';
const BASIC = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;

let lrs: FakeLrs;
let time: ReturnType<typeof fakeTime>;
const extraServers: FakeLrs[] = [];

beforeEach(async () => {
  lrs = await FakeLrs.start();
  time = fakeTime(T0);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await lrs.close();
  await Promise.all(extraServers.splice(0).map((s) => s.close()));
});

function client(overrides: Partial<LrsConfig> = {}): LrsClient {
  return new LrsClient({
    endpoint: lrs.endpoint,
    username: USER,
    password: PASSWORD,
    timeoutMs: 2_000,
    budgetMs: 60_000,
    maxAttempts: 5,
    sleep: time.sleep,
    now: time.now,
    ...overrides,
  });
}

/** The LrsError's failure (fails the test when something else was thrown, or nothing). */
async function failureOf(promise: Promise<unknown>): Promise<LrsFailure> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LrsError);
  return (error as LrsError).failure;
}

function ids(statements: readonly { id: string }[]): string[] {
  return statements.map((s) => s.id);
}

function expectStoredExactlyOnce(statements: readonly Statement[]): void {
  expect(new Set(lrs.storeLog).size).toBe(lrs.storeLog.length);
  expect([...lrs.storeLog].sort()).toEqual(ids(statements).sort());
  for (const s of statements) expect(lrs.stored.get(s.id)).toEqual(s);
}

function expectProtocolHeaders(requests: readonly RecordedRequest[]): void {
  expect(requests.length).toBeGreaterThan(0);
  for (const r of requests) {
    expect(r.headers['x-experience-api-version']).toBe('1.0.3');
    expect(r.headers.authorization).toBe(BASIC);
  }
}

describe('batches and headers', () => {
  it('sends 120 statements as 3 POSTs of 50, 50 and 20, in order, and reports each batch', async () => {
    const statements = makeStatements(120);
    const batches: string[][] = [];
    const result = await client().send(statements, async (b) => {
      batches.push(b);
    });

    expect(BATCH_SIZE).toBe(50);
    const posts = lrs.requestsBy('POST');
    expect(lrs.requests).toHaveLength(3);
    expect(posts.map((r) => (r.body as unknown[]).length)).toEqual([50, 50, 20]);
    expect(posts.map((r) => r.pathname)).toEqual(['/xapi/statements', '/xapi/statements', '/xapi/statements']);
    expect(posts.flatMap((r) => ids(r.body as Statement[]))).toEqual(ids(statements));
    expect(posts[0]!.body).toEqual(statements.slice(0, 50));
    for (const r of posts) expect(r.headers['content-type']).toMatch(/^application\/json/);
    expectProtocolHeaders(lrs.requests);

    expect(result).toEqual(ids(statements));
    expect(batches).toEqual([ids(statements.slice(0, 50)), ids(statements.slice(50, 100)), ids(statements.slice(100))]);
    expectStoredExactlyOnce(statements);
    expect(time.sleeps).toEqual([]);
  });

  it('sends nothing for an empty list', async () => {
    expect(await client().send([])).toEqual([]);
    expect(lrs.requests).toHaveLength(0);
  });

  it('sends the version header and Basic auth on every request, retries and PUTs included', async () => {
    const statements = makeStatements(3);
    lrs.script(
      { do: 'reply', status: 503 },
      { do: 'destroy' },
      { do: 'reply', status: 413, body: { message: 'too large' } },
      { do: 'reply', status: 500 },
    );
    await client().send(statements);

    expect(lrs.requests.map((r) => `${r.method} ${r.step}`)).toEqual([
      'POST reply',
      'POST destroy',
      'POST reply',
      'PUT reply',
      'PUT lrs',
      'PUT lrs',
      'PUT lrs',
    ]);
    expectProtocolHeaders(lrs.requests);
    expectStoredExactlyOnce(statements);
  });

  it('sends no Authorization header when no credentials are configured', async () => {
    await new LrsClient({ endpoint: lrs.endpoint, sleep: time.sleep, now: time.now }).send(makeStatements(1));
    expect(lrs.requests[0]!.headers.authorization).toBeUndefined();
    expect(lrs.requests[0]!.headers['x-experience-api-version']).toBe('1.0.3');
  });

  it('getJson GETs a path under the endpoint, or an origin-relative `more` link, with the same headers', async () => {
    const [s] = makeStatements(1);
    lrs.preload([s!]);
    const c = client();
    expect(await c.getJson(`statements?statementId=${s!.id}`)).toEqual(s);
    expect(await c.getJson('/xapi/statements?more=page-2')).toEqual({ statements: [s], more: '' });

    expect(lrs.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      `GET /xapi/statements?statementId=${s!.id}`,
      'GET /xapi/statements?more=page-2',
    ]);
    expectProtocolHeaders(lrs.requests);
  });
});

describe('refusals stop at once with the LRS message', () => {
  it.each([
    [401, 'Unauthorised'],
    [403, 'Forbidden for this store'],
    [400, 'Invalid statement: actor missing'],
  ])('%i stops after one request, no retry, with the server message', async (status, message) => {
    const statements = makeStatements(120);
    lrs.script({ do: 'reply', status, body: { message } });
    const batches: string[][] = [];

    const failure = await failureOf(
      client().send(statements, async (b) => {
        batches.push(b);
      }),
    );

    expect(failure).toEqual({ kind: 'refused', status, message });
    expect(lrs.requests).toHaveLength(1);
    expect(time.sleeps).toEqual([]);
    expect(batches).toEqual([]);
    expect(lrs.stored.size).toBe(0);
  });

  it('a refusal of the second batch keeps the first batch reported as stored', async () => {
    const statements = makeStatements(120);
    lrs.script({ do: 'lrs' }, { do: 'reply', status: 400, body: { message: 'bad batch' } });
    const batches: string[][] = [];

    const failure = await failureOf(
      client().send(statements, async (b) => {
        batches.push(b);
      }),
    );

    expect(failure).toEqual({ kind: 'refused', status: 400, message: 'bad batch' });
    expect(lrs.requests).toHaveLength(2);
    expect(batches).toEqual([ids(statements.slice(0, 50))]);
    expect([...lrs.stored.keys()]).toEqual(ids(statements.slice(0, 50)));
  });

  it('a plain-text refusal gives its text as the message', async () => {
    lrs.script({ do: 'reply', status: 401, headers: { 'Content-Type': 'text/plain' }, body: '  Bad\n credentials  ' });
    expect(await failureOf(client().send(makeStatements(1)))).toEqual({
      kind: 'refused',
      status: 401,
      message: 'Bad credentials',
    });
    expect(lrs.requests).toHaveLength(1);
  });
});

describe('fallback to one PUT per statement', () => {
  it('413 on a batch: the batch is re-sent one statement at a time with PUT', async () => {
    const statements = makeStatements(5);
    lrs.script({ do: 'reply', status: 413, body: { message: 'Payload Too Large' } });

    const result = await client().send(statements);

    expect(result).toEqual(ids(statements));
    const puts = lrs.requestsBy('PUT');
    expect(lrs.requests).toHaveLength(6);
    expect(lrs.requests[0]!.method).toBe('POST');
    expect(puts.map((r) => r.pathname)).toEqual(Array(5).fill('/xapi/statements'));
    expect(puts.map((r) => r.query.get('statementId'))).toEqual(ids(statements));
    expect(puts.map((r) => r.body)).toEqual(statements);
    for (const r of puts) expect(r.headers['content-type']).toMatch(/^application\/json/);
    expectProtocolHeaders(lrs.requests);
    expectStoredExactlyOnce(statements);
  });

  it('413 on the second batch only: that batch goes by PUT, the others by POST', async () => {
    const statements = makeStatements(120);
    lrs.script({ do: 'lrs' }, { do: 'reply', status: 413 });
    await client().send(statements);

    expect(lrs.requests.map((r) => r.method)).toEqual(['POST', 'POST', ...Array(50).fill('PUT'), 'POST']);
    expect(lrs.requestsBy('PUT').map((r) => r.query.get('statementId'))).toEqual(ids(statements.slice(50, 100)));
    expectStoredExactlyOnce(statements);
  });

  it('409 on POST (some ids already stored after a lost answer): PUT per statement, all stored exactly once', async () => {
    await lrs.close();
    lrs = await FakeLrs.start({ conflictOnExistingPost: true });
    const statements = makeStatements(10);
    lrs.preload(statements.slice(0, 4));

    const batches: string[][] = [];
    const result = await client().send(statements, async (b) => {
      batches.push(b);
    });

    expect(result).toEqual(ids(statements));
    expect(batches).toEqual([ids(statements)]);
    expect(lrs.requests.map((r) => r.method)).toEqual(['POST', ...Array(10).fill('PUT')]);
    expect(lrs.requestsBy('PUT').map((r) => r.query.get('statementId'))).toEqual(ids(statements));
    expectStoredExactlyOnce(statements);
    expectProtocolHeaders(lrs.requests);
  });

  it('409 on a PUT is a real conflict: refused, naming the statement, the rest not sent', async () => {
    const statements = makeStatements(5);
    const other = { ...statements[2]!, timestamp: '2026-01-01T00:00:00.000Z' };
    lrs.preload([other]);

    const failure = await failureOf(client().send(statements));

    expect(failure.kind).toBe('refused');
    expect(failure).toMatchObject({ status: 409 });
    expect((failure as { message: string }).message).toContain(statements[2]!.id);
    // The POST got 409 (a different statement under an existing id), then PUTs up to the conflict.
    expect(lrs.requests.map((r) => r.method)).toEqual(['POST', 'PUT', 'PUT', 'PUT']);
    expect(lrs.stored.get(statements[2]!.id)).toEqual(other);
    expect([...lrs.stored.keys()].sort()).toEqual([other.id, statements[0]!.id, statements[1]!.id].sort());
    expect(time.sleeps).toEqual([]);
  });
});

describe('retries: Retry-After', () => {
  it('429 with Retry-After: 2 waits about 2000 ms, then succeeds', async () => {
    const statements = makeStatements(3);
    lrs.script({ do: 'reply', status: 429, headers: { 'Retry-After': '2' }, body: { message: 'slow down' } });

    expect(await client().send(statements)).toEqual(ids(statements));

    expect(time.sleeps).toHaveLength(1);
    expect(time.sleeps[0]).toBeGreaterThanOrEqual(2000);
    expect(time.sleeps[0]).toBeLessThanOrEqual(2500);
    expect(lrs.requestsBy('POST')).toHaveLength(2);
    expect(lrs.requests[1]!.body).toEqual(lrs.requests[0]!.body);
    expectStoredExactlyOnce(statements);
  });

  it('429 with an HTTP-date Retry-After waits until that date (on the injected clock)', async () => {
    const statements = makeStatements(2);
    lrs.script({ do: 'reply', status: 429, headers: { 'Retry-After': new Date(T0 + 3_000).toUTCString() } });

    expect(await client().send(statements)).toEqual(ids(statements));

    expect(time.sleeps).toHaveLength(1);
    expect(time.sleeps[0]).toBeGreaterThanOrEqual(2_900);
    expect(time.sleeps[0]).toBeLessThanOrEqual(3_100);
    expect(lrs.requests).toHaveLength(2);
    expectStoredExactlyOnce(statements);
  });

  it('parses Retry-After seconds and dates, ignores junk', () => {
    expect(parseRetryAfter('2', T0)).toBe(2000);
    expect(parseRetryAfter(' 0 ', T0)).toBe(0);
    expect(parseRetryAfter(new Date(T0 + 5_000).toUTCString(), T0)).toBe(5_000);
    expect(parseRetryAfter(new Date(T0 - 5_000).toUTCString(), T0)).toBe(0);
    expect(parseRetryAfter('soon', T0)).toBeUndefined();
    expect(parseRetryAfter(null, T0)).toBeUndefined();
  });
});

describe('retries: server errors, lost connections and slow answers', () => {
  it('500 then 503 then success: two growing waits, the same batch three times', async () => {
    const statements = makeStatements(7);
    lrs.script({ do: 'reply', status: 500, body: 'oops' }, { do: 'reply', status: 503 });

    expect(await client().send(statements)).toEqual(ids(statements));

    expect(lrs.requests).toHaveLength(3);
    for (const r of lrs.requests) expect(r.body).toEqual(statements);
    expect(time.sleeps).toHaveLength(2);
    expect(time.sleeps[0]).toBeGreaterThan(0);
    expect(time.sleeps[1]).toBeGreaterThan(time.sleeps[0]!);
    expectStoredExactlyOnce(statements);
  });

  it('a connection dropped without an answer, then success', async () => {
    const statements = makeStatements(4);
    lrs.script({ do: 'destroy' });

    expect(await client().send(statements)).toEqual(ids(statements));

    expect(lrs.requests.map((r) => r.step)).toEqual(['destroy', 'lrs']);
    expect(time.sleeps).toHaveLength(1);
    expectStoredExactlyOnce(statements);
  });

  it('a connection dropped after the body was read (nothing stored), then success', async () => {
    const statements = makeStatements(4);
    lrs.script({ do: 'drop' });

    expect(await client().send(statements)).toEqual(ids(statements));

    expect(lrs.requests.map((r) => r.step)).toEqual(['drop', 'lrs']);
    expect(lrs.requests[0]!.body).toEqual(statements);
    expectStoredExactlyOnce(statements);
  });

  it('a slow answer beyond timeoutMs is retried, then success', async () => {
    const statements = makeStatements(2);
    lrs.script({ do: 'lrs', delayMs: 1_000 });

    expect(await client({ timeoutMs: 200 }).send(statements)).toEqual(ids(statements));

    expect(lrs.requests).toHaveLength(2);
    expect(time.sleeps).toHaveLength(1);
    expectStoredExactlyOnce(statements);
  });
});

describe('retries: a clean failure after maxAttempts', () => {
  it('always slow: a clean unreachable failure after maxAttempts requests', async () => {
    lrs.otherwise = { do: 'lrs', delayMs: 1_000 };

    const failure = await failureOf(client({ timeoutMs: 200, maxAttempts: 3 }).send(makeStatements(2)));

    expect(failure).toEqual({ kind: 'unreachable', detail: 'no answer in time' });
    // Each answer would come after 1 s and succeed: "no answer in time" proves each try was cut at 200 ms.
    expect(lrs.requests).toHaveLength(3);
  });

  it('5xx forever: unreachable after exactly maxAttempts requests, with the last status', async () => {
    lrs.otherwise = { do: 'reply', status: 502 };

    const failure = await failureOf(client({ maxAttempts: 4 }).send(makeStatements(60)));

    expect(failure).toEqual({ kind: 'unreachable', detail: 'HTTP 502', status: 502 });
    expect(lrs.requests).toHaveLength(4);
    for (const r of lrs.requests) expect((r.body as unknown[]).length).toBe(50);
    expect(lrs.stored.size).toBe(0);
  });

  it('nobody listening: unreachable after maxAttempts, with the network error', async () => {
    const endpoint = lrs.endpoint;
    await lrs.close();

    const failure = await failureOf(client({ endpoint, maxAttempts: 3 }).send(makeStatements(1)));

    expect(failure.kind).toBe('unreachable');
    expect((failure as { detail: string }).detail).toMatch(/ECONNREFUSED|refused/i);
  });

  it('does not wait after the last attempt has failed (the wait could not help)', async () => {
    lrs.otherwise = { do: 'reply', status: 503 };

    await failureOf(client({ maxAttempts: 3 }).send(makeStatements(1)));

    expect(lrs.requests).toHaveLength(3);
    // Waits between attempts only: 3 attempts → 2 waits. A wait after the third delays the
    // failure (up to 8 s, or 30 s with Retry-After) for nothing.
    expect(time.sleeps).toHaveLength(2);
  });

  it('a fractional time limit (or clock) still sends: it is not mistaken for a network failure', async () => {
    const statements = makeStatements(1);
    // AbortSignal.timeout() wants a whole number of ms; a time limit of 1500.5 ms (or a clock such
    // as performance.now) must not make every attempt fail before any request is sent.
    const result = await client({ timeoutMs: 1_500.5 })
      .send(statements)
      .catch((e: unknown) => e);

    expect(result).toEqual(ids(statements));
    expect(lrs.requests).toHaveLength(1);
  });
});

describe('retries: the overall budget', () => {
  it('the overall budget stops retries: total wait within the budget, fewer requests than maxAttempts', async () => {
    lrs.otherwise = { do: 'reply', status: 503 };

    const failure = await failureOf(client({ budgetMs: 1_000, maxAttempts: 10 }).send(makeStatements(1)));

    expect(['budget', 'unreachable']).toContain(failure.kind);
    expect(failure).toMatchObject({ detail: 'HTTP 503' });
    expect(time.totalSlept()).toBeLessThanOrEqual(1_000);
    expect(lrs.requests.length).toBeGreaterThanOrEqual(1);
    expect(lrs.requests.length).toBeLessThan(10);
  });

  it('a Retry-After longer than the budget does not wait past the budget', async () => {
    lrs.otherwise = { do: 'reply', status: 429, headers: { 'Retry-After': '120' } };

    const failure = await failureOf(client({ budgetMs: 2_000, maxAttempts: 5 }).send(makeStatements(1)));

    expect(['budget', 'unreachable']).toContain(failure.kind);
    expect(time.totalSlept()).toBeLessThanOrEqual(2_000);
    expect(lrs.requests).toHaveLength(1);
  });

  it('the budget spans the whole send: a later batch fails once the time is spent', async () => {
    const statements = makeStatements(120);
    lrs.script({ do: 'lrs' }, { do: 'reply', status: 503 });
    const batches: string[][] = [];
    const c = client({ budgetMs: 5_000 });
    lrs.otherwise = { do: 'reply', status: 503 };

    const failure = await failureOf(
      c.send(statements, async (b) => {
        batches.push(b);
      }),
    );

    expect(['budget', 'unreachable']).toContain(failure.kind);
    expect(batches).toEqual([ids(statements.slice(0, 50))]);
    expect(time.totalSlept()).toBeLessThanOrEqual(5_000);
  });
});

describe('a lost answer', () => {
  it.each([
    ['accepts the identical resend', false],
    ['answers 409 to the resend', true],
  ])(
    'the LRS stores a batch then drops the connection; the client resends; an LRS that %s ends with every statement exactly once',
    async (_, conflictOnExistingPost) => {
      await lrs.close();
      lrs = await FakeLrs.start({ conflictOnExistingPost });
      const statements = makeStatements(70);
      lrs.script({ do: 'lrs' }, { do: 'store-then-drop' });
      const batches: string[][] = [];

      const result = await client().send(statements, async (b) => {
        batches.push(b);
      });

      expect(result).toEqual(ids(statements));
      expect(batches).toEqual([ids(statements.slice(0, 50)), ids(statements.slice(50))]);
      expect(lrs.requests.slice(0, 3).map((r) => `${r.method} ${r.step}`)).toEqual([
        'POST lrs',
        'POST store-then-drop',
        'POST lrs',
      ]);
      expect(lrs.requests[2]!.body).toEqual(statements.slice(50));
      if (conflictOnExistingPost)
        expect(lrs.requestsBy('PUT').map((r) => r.query.get('statementId'))).toEqual(ids(statements.slice(50)));
      else expect(lrs.requests).toHaveLength(3);
      expectStoredExactlyOnce(statements);
      expect(time.sleeps).toHaveLength(1);
    },
  );
});

describe('plain http only to this machine', () => {
  it('refuses http://example.com as insecure, before any request', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    let thrown: unknown;
    try {
      new LrsClient({
        endpoint: 'http://example.com/xapi',
        username: USER,
        password: PASSWORD,
        sleep: time.sleep,
        now: time.now,
      });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(LrsError);
    expect((thrown as LrsError).failure).toEqual({ kind: 'insecure', endpoint: 'http://example.com/xapi' });
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(lrs.requests).toHaveLength(0);
  });

  it.each([
    'http://example.com',
    'http://10.0.0.5/xapi',
    'http://localhost.example.com/xapi',
    'http://127.0.0.1.nip.io/xapi',
    'ftp://127.0.0.1/xapi',
  ])('refuses %s', (endpoint) => {
    expect(() => checkEndpoint(endpoint)).toThrow(LrsError);
  });

  it.each([
    'https://lrs.example.com/xapi',
    'http://127.0.0.1:8080/xapi',
    'http://localhost/xapi',
    'http://[::1]:9000/xapi',
    'HTTP://LOCALHOST/xapi',
  ])('accepts %s', (endpoint) => {
    expect(() => checkEndpoint(endpoint)).not.toThrow();
  });

  it('http://localhost is accepted and reaches the server', async () => {
    const statements = makeStatements(2);
    const { port, prefix } = lrs.address;
    const result = await client({ endpoint: `http://localhost:${port}${prefix}` }).send(statements);
    expect(result).toEqual(ids(statements));
    expectStoredExactlyOnce(statements);
    expect(lrs.requests[0]!.headers.host).toBe(`localhost:${port}`);
  });

  it('a trailing slash on the endpoint makes no difference', async () => {
    await client({ endpoint: `${lrs.endpoint}/` }).send(makeStatements(1));
    expect(lrs.requests[0]!.pathname).toBe('/xapi/statements');
  });

  it('does not follow a redirect to an address it would itself refuse as insecure', async () => {
    let elsewhere: FakeLrs;
    try {
      elsewhere = await FakeLrs.start({ host: '127.0.0.2' });
    } catch {
      return; // 127.0.0.2 not usable here: nothing to show
    }
    extraServers.push(elsewhere);
    expect(() => checkEndpoint(elsewhere.endpoint)).toThrow(LrsError);
    lrs.otherwise = { do: 'reply', status: 307, headers: { Location: `${elsewhere.endpoint}/statements` } };

    await client({ maxAttempts: 1 })
      .send(makeStatements(2))
      .catch(() => undefined);

    expect(lrs.requests).toHaveLength(1);
    // The statements must not be re-sent in clear to a host the client refuses.
    expect(elsewhere.requests).toHaveLength(0);
  });
});
