/**
 * A scripted, in-process learning record store for tests (node:http on 127.0.0.1, port 0).
 *
 * Each request takes the next step from a queue the test fills (`script`), or `otherwise` when the
 * queue is empty (by default: answer like an LRS). Steps:
 * - `{ do: 'lrs', delayMs? }`: behave like a conformant LRS (store by id, 200 + id list for POST,
 *   204 for PUT, identical resend accepted without a duplicate, a different statement under an
 *   existing id → 409), optionally after a delay;
 * - `{ do: 'reply', status, headers?, body?, delayMs? }`: a canned answer (body: a string is sent
 *   as is, anything else as JSON);
 * - `{ do: 'destroy' }`: destroy the socket at once, without reading the body or answering;
 * - `{ do: 'drop' }`: read the body, then destroy the socket without storing or answering;
 * - `{ do: 'store-then-drop' }`: store like an LRS, then destroy the socket before answering
 *   (the "lost answer": the client cannot know its statements were stored).
 *
 * Every request is recorded (method, url, headers, parsed body, the step taken). `close()` ends
 * every connection and timer and is bounded in time: call it in afterEach.
 */
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { isDeepStrictEqual } from 'node:util';
import { randomUUID } from 'node:crypto';
import type { Enrollment } from '../../src/core/sponsor/formats.js';
import { buildStatement, type LearningEvent, type Statement } from '../../src/core/xapi/statements.js';

export type Step =
  | { do: 'lrs'; delayMs?: number }
  | { do: 'reply'; status: number; headers?: Record<string, string>; body?: unknown; delayMs?: number }
  | { do: 'destroy' }
  | { do: 'drop' }
  | { do: 'store-then-drop' };

export interface RecordedRequest {
  method: string;
  /** Path and query, as received (e.g. `/xapi/statements?statementId=…`). */
  url: string;
  pathname: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Parsed JSON (or the raw text when it is not JSON); undefined when the body was never read. */
  body: unknown;
  step: Step['do'];
}

export interface FakeLrsOptions {
  /** Where to listen (default 127.0.0.1). */
  host?: string;
  /** Path prefix of the xAPI resources (default `/xapi`). */
  prefix?: string;
  /**
   * Answer 409 to a POST holding any id already stored, even an identical statement (xAPI 1.0.3
   * allows either 204/200 or 409 then). Default false: identical resends are accepted.
   */
  conflictOnExistingPost?: boolean;
}

type Json = Record<string, unknown>;

export class FakeLrs {
  readonly requests: RecordedRequest[] = [];
  /** Statements held, by id (insertion order). */
  readonly stored = new Map<string, Json>();
  /** Every id as it was newly stored: a duplicate here would be a statement stored twice. */
  readonly storeLog: string[] = [];
  /** Steps for the next requests, in order. */
  readonly queue: Step[] = [];
  /** The step when the queue is empty. */
  otherwise: Step = { do: 'lrs' };

  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly prefix: string;
  private readonly conflictOnExistingPost: boolean;
  private port = 0;
  private closed = false;

  private constructor(private readonly options: FakeLrsOptions) {
    this.prefix = (options.prefix ?? '/xapi').replace(/\/+$/, '');
    this.conflictOnExistingPost = options.conflictOnExistingPost ?? false;
    this.server = createServer((req, res) => {
      this.handle(req, res).catch(() => {
        if (!res.headersSent && !res.destroyed) {
          res.statusCode = 500;
          res.end();
        }
      });
    });
    this.server.keepAliveTimeout = 1_000;
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  static async start(options: FakeLrsOptions = {}): Promise<FakeLrs> {
    const fake = new FakeLrs(options);
    await withTimeout(
      new Promise<void>((resolve, reject) => {
        fake.server.once('error', reject);
        fake.server.listen(0, options.host ?? '127.0.0.1', () => resolve());
      }),
      5_000,
      'fake LRS listen',
    );
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  /** The xAPI endpoint (no trailing slash), e.g. http://127.0.0.1:PORT/xapi. */
  get endpoint(): string {
    return `http://${this.options.host ?? '127.0.0.1'}:${this.port}${this.prefix}`;
  }

  get address(): { host: string; port: number; prefix: string } {
    return { host: this.options.host ?? '127.0.0.1', port: this.port, prefix: this.prefix };
  }

  /** Queues steps for the next requests. */
  script(...steps: Step[]): this {
    this.queue.push(...steps);
    return this;
  }

  /** Puts statements in the store as if an earlier request had stored them. */
  preload(statements: readonly object[]): void {
    for (const s of statements) this.insert(s as Json);
  }

  /** Requests of one method (POST, PUT, GET). */
  requestsBy(method: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    for (const s of this.sockets) s.destroy();
    this.server.closeAllConnections();
    await withTimeout(
      new Promise<void>((resolve) => this.server.close(() => resolve())),
      2_000,
      'fake LRS close',
    ).catch(() => undefined);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const step = this.queue.shift() ?? this.otherwise;
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    const record: RecordedRequest = {
      method: req.method ?? '',
      url: req.url ?? '',
      pathname: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: undefined,
      step: step.do,
    };
    this.requests.push(record);
    if (step.do === 'destroy') {
      req.socket.destroy();
      return;
    }
    record.body = await readBody(req);
    switch (step.do) {
      case 'drop':
        req.socket.destroy();
        return;
      case 'store-then-drop':
        this.lrs(record);
        req.socket.destroy();
        return;
      case 'reply':
        await this.delay(step.delayMs);
        send(res, step.status, step.headers ?? {}, step.body);
        return;
      case 'lrs': {
        await this.delay(step.delayMs);
        if (res.destroyed || req.socket.destroyed) return;
        const answer = this.lrs(record);
        send(res, answer.status, answer.body === undefined ? {} : { 'Content-Type': 'application/json' }, answer.body);
        return;
      }
    }
  }

  /** What a conformant LRS does with this request (and the answer it gives). */
  private lrs(r: RecordedRequest): { status: number; body?: unknown } {
    if (r.pathname !== `${this.prefix}/statements`)
      return { status: 404, body: { message: `no resource ${r.pathname}` } };
    if (r.method === 'GET') {
      const id = r.query.get('statementId');
      if (id !== null) {
        const s = this.stored.get(id);
        return s ? { status: 200, body: s } : { status: 404, body: { message: `no statement ${id}` } };
      }
      return { status: 200, body: { statements: [...this.stored.values()], more: '' } };
    }
    if (r.method === 'POST') {
      const batch = (Array.isArray(r.body) ? r.body : [r.body]) as Json[];
      if (batch.some((s) => typeof s !== 'object' || s === null || typeof s.id !== 'string'))
        return { status: 400, body: { message: 'statements must carry ids' } };
      const ids = batch.map((s) => s.id as string);
      if (new Set(ids).size !== ids.length) return { status: 400, body: { message: 'duplicate ids in the batch' } };
      for (const s of batch) {
        const held = this.stored.get(s.id as string);
        if (held && (this.conflictOnExistingPost || !isDeepStrictEqual(held, s)))
          return { status: 409, body: { message: `conflict on ${s.id as string}` } };
      }
      for (const s of batch) this.insert(s);
      return { status: 200, body: ids };
    }
    if (r.method === 'PUT') {
      const id = r.query.get('statementId');
      const s = r.body as Json;
      if (!id || typeof s !== 'object' || s === null || (s.id !== undefined && s.id !== id))
        return { status: 400, body: { message: 'statementId missing or not the statement id' } };
      const statement = { ...s, id };
      const held = this.stored.get(id);
      if (held)
        return isDeepStrictEqual(held, statement)
          ? { status: 204 }
          : { status: 409, body: { message: `conflict on ${id}` } };
      this.insert(statement);
      return { status: 204 };
    }
    return { status: 405, body: { message: `method ${r.method}` } };
  }

  private insert(s: Json): void {
    const id = s.id as string;
    if (this.stored.has(id)) return;
    // As it would arrive over the wire (no undefined fields).
    this.stored.set(id, JSON.parse(JSON.stringify(s)) as Json);
    this.storeLog.push(id);
  }

  private async delay(ms: number | undefined): Promise<void> {
    if (!ms) return;
    await new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        this.timers.delete(t);
        resolve();
      }, ms);
      this.timers.add(t);
    });
  }
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: unknown): void {
  if (res.destroyed || res.writableEnded) return;
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  const all: Record<string, string> = { 'X-Experience-API-Version': '1.0.3', ...headers };
  if (
    typeof body !== 'string' &&
    body !== undefined &&
    !Object.keys(all).some((k) => k.toLowerCase() === 'content-type')
  )
    all['Content-Type'] = 'application/json';
  res.writeHead(status, all);
  res.end(status === 204 || status === 304 ? undefined : text);
}

/** Reads the whole body (bounded: 5 s, 10 MB) and parses it as JSON when it is JSON. */
async function readBody(req: IncomingMessage): Promise<unknown> {
  const text = await withTimeout(
    new Promise<string>((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (c: Buffer) => {
        size += c.length;
        if (size > 10_000_000) reject(new Error('body too large'));
        else chunks.push(c);
      });
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    }),
    5_000,
    'fake LRS body',
  );
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Rejects when `promise` takes longer than `ms`: every wait in these tests is bounded. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>(
        (_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no result in ${ms} ms`)), ms)),
      ),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A fake clock and sleep for LrsClient: `sleep` records the wait, moves the clock on by it, and
 * resolves at once (no real multi-second waits in tests).
 */
export function fakeTime(start: number) {
  const state = { t: start, sleeps: [] as number[] };
  return {
    sleeps: state.sleeps,
    now: () => state.t,
    sleep: async (ms: number) => {
      state.sleeps.push(ms);
      // Whole milliseconds, like Date.now().
      state.t += Math.ceil(ms);
    },
    advance: (ms: number) => {
      state.t += ms;
    },
    totalSlept: () => state.sleeps.reduce((a, b) => a + b, 0),
    /** How far the clock has moved since the start. */
    elapsed: () => state.t - start,
  };
}

/** 2026-11-26T09:00:00Z, as in the other tests. */
export const T0 = Date.UTC(2026, 10, 26, 9, 0, 0);

/** A minimal enrolment whose programme reports to `endpoint`. */
export function testEnrollment(endpoint: string, lrs: { username?: string; passwordEnv?: string } = {}): Enrollment {
  return {
    format: 'exec-coach.enrollment/1',
    id: '6f1c2b1e-8d3a-4c55-9f0e-2a7b4c1d9e11',
    program: {
      id: 'lead-2026',
      title: 'Leading on social',
      sponsor: { name: 'HR' },
      required: ['first-post'],
      due: '2026-12-31',
      lrs: {
        endpoint,
        username: lrs.username ?? 'coach',
        passwordEnv: lrs.passwordEnv ?? 'EXEC_COACH_LRS_PASSWORD',
        activityBase: 'https://learning.example.com/programs/lead-2026',
      },
    },
    learner: { id: 'emp-0042' },
    key: 'A'.repeat(43),
    issuedAt: '2026-11-01T08:00:00.000Z',
  };
}

/** `n` real statements (built by buildStatement), with fresh ids, one second apart. */
export function makeStatements(n: number, endpoint = 'https://lrs.example.com/xapi'): Statement[] {
  const enrollment = testEnrollment(endpoint);
  const events: LearningEvent[] = [
    { type: 'launched', lessonId: 'first-post' },
    { type: 'progressed', lessonId: 'first-post', stepsDone: 2, stepsTotal: 5 },
    { type: 'quiz', lessonId: 'first-post', step: 1, correct: true },
    { type: 'completed', lessonId: 'first-post', durationMs: 185_000, mode: 'live' },
  ];
  return Array.from({ length: n }, (_, i) =>
    buildStatement(events[i % events.length]!, enrollment, { id: randomUUID(), at: T0 + i * 1000, lang: 'en' }),
  );
}
