/**
 * A standards-conformant xAPI 1.0.3 client for the sponsor's learning record store: batches of at
 * most 50 statements, Basic auth, bounded retries with backoff for 429/5xx/network errors
 * (honouring Retry-After), a stop with the LRS's own message on 400/401/403, and no plain http
 * except to this machine. Every loop is bounded in count and in time.
 */
import { XAPI_VERSION, type Statement } from '../core/xapi/statements.js';
import { describeNetworkError, LrsError, lrsMessage } from './lrs-errors.js';

export const BATCH_SIZE = 50;

export interface LrsConfig {
  endpoint: string;
  username?: string;
  password?: string;
  /** One request's time limit. */
  timeoutMs?: number;
  /** The whole operation's time limit (e.g. 2 s after a lesson, so the learner never waits). */
  budgetMs?: number;
  maxAttempts?: number;
  /** Injected for tests: waits between retries. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /**
   * Told before each try (waitMs 0) and before each wait between tries, so that a command can say
   * what it is doing while it waits; `limitMs` is the time the try is given (never past the budget).
   */
  onProgress?: (p: Progress) => void;
}

export interface Progress {
  sent: number;
  total: number;
  attempt: number;
  waitMs: number;
  limitMs: number;
}

/** Plain http is refused except to this machine (a test LRS, or a local proxy). */
export function checkEndpoint(endpoint: string): URL {
  const url = new URL(endpoint.endsWith('/') ? endpoint : `${endpoint}/`);
  const local = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local))
    throw new LrsError({ kind: 'insecure', endpoint });
  return url;
}

export class LrsClient {
  private readonly base: URL;
  private readonly headers: Record<string, string>;
  private readonly deadline: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private sent = 0;
  private total = 0;

  constructor(private readonly config: LrsConfig) {
    this.base = checkEndpoint(config.endpoint);
    this.now = config.now ?? (() => Date.now());
    this.sleep = config.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.deadline = this.now() + (config.budgetMs ?? 120_000);
    this.headers = {
      'X-Experience-API-Version': XAPI_VERSION,
      ...(config.username !== undefined || config.password !== undefined
        ? {
            Authorization: `Basic ${Buffer.from(`${config.username ?? ''}:${config.password ?? ''}`).toString('base64')}`,
          }
        : {}),
    };
  }

  /**
   * Stores statements, 50 at a time; returns the ids the LRS holds afterwards. A statement the LRS
   * already has (a resend after a lost answer) is not an error: ids are fixed at event time.
   */
  async send(statements: readonly Statement[], onBatch?: (ids: string[]) => Promise<void>): Promise<string[]> {
    const stored: string[] = [];
    this.total = statements.length;
    for (let i = 0; i < statements.length; i += BATCH_SIZE) {
      const batch = statements.slice(i, i + BATCH_SIZE);
      await this.sendBatch(batch);
      const ids = batch.map((s) => s.id);
      stored.push(...ids);
      this.sent = stored.length;
      await onBatch?.(ids);
    }
    return stored;
  }

  private async sendBatch(batch: readonly Statement[]): Promise<void> {
    const response = await this.request(
      'statements',
      { method: 'POST', body: JSON.stringify(batch), headers: { 'Content-Type': 'application/json' } },
      [409, 413],
    );
    if (response.status === 409 || response.status === 413) {
      // 409: some of these ids are already stored (an earlier answer was lost on the way back);
      // 413: the batch is too large for this LRS. Either way, one by one: PUT is idempotent per id.
      for (const s of batch) {
        const one = await this.request(
          `statements?statementId=${encodeURIComponent(s.id)}`,
          { method: 'PUT', body: JSON.stringify(s), headers: { 'Content-Type': 'application/json' } },
          [409],
        );
        if (one.status === 409)
          throw new LrsError({
            kind: 'refused',
            status: 409,
            message: `statement ${s.id} differs from the one the LRS already holds`,
          });
      }
    }
  }

  /** GETs a path (or a `more` link) and returns its JSON. */
  async getJson(relative: string): Promise<unknown> {
    const response = await this.request(relative, { method: 'GET' }, []);
    return response.json();
  }

  /** One request, retried on 429, 5xx and network errors within the attempt and time budgets. */
  private async request(relative: string, init: RequestInit, passThrough: number[]): Promise<Response> {
    let url: URL;
    try {
      url = new URL(relative.replace(/^\//, ''), relative.startsWith('/') ? `${this.base.origin}/` : this.base);
    } catch {
      // A `more` link that is no address at all: not followed either.
      throw new LrsError({ kind: 'foreign', link: relative.slice(0, 200), endpoint: this.base.origin });
    }
    // A link the LRS gives (`more`) is followed only on the endpoint's own origin: the
    // credentials go to the address the programme names, never to one an answer names.
    if (url.origin !== this.base.origin)
      throw new LrsError({ kind: 'foreign', link: url.href.slice(0, 200), endpoint: this.base.origin });
    const maxAttempts = this.config.maxAttempts ?? 5;
    let lastDetail = '';
    let lastStatus: number | undefined;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const left = this.deadline - this.now();
      if (left <= 0) throw new LrsError({ kind: 'budget', detail: lastDetail || 'no time left' });
      let response: Response;
      try {
        // Redirects are not followed: fetch would carry the statements to wherever they point,
        // plain http included, past the check made on the programme's address.
        const limit = Math.max(1, Math.floor(Math.min(this.config.timeoutMs ?? 15_000, left)));
        this.config.onProgress?.({ sent: this.sent, total: this.total, attempt, waitMs: 0, limitMs: limit });
        response = await fetch(url, {
          ...init,
          redirect: 'manual',
          headers: { ...this.headers, ...(init.headers as Record<string, string>) },
          signal: AbortSignal.timeout(limit),
        });
      } catch (error) {
        lastDetail = describeNetworkError(error);
        lastStatus = undefined;
        if (attempt < maxAttempts) await this.backoff(attempt, undefined);
        continue;
      }
      if (response.ok || passThrough.includes(response.status)) return response;
      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel().catch(() => undefined);
        throw new LrsError({
          kind: 'refused',
          status: response.status,
          message: `the LRS redirects to ${response.headers.get('location') ?? 'another address'}; the programme should name that address`,
        });
      }
      if (response.status === 429 || response.status >= 500) {
        lastDetail = `HTTP ${response.status}`;
        lastStatus = response.status;
        await response.body?.cancel().catch(() => undefined);
        if (attempt < maxAttempts) await this.backoff(attempt, response.headers.get('retry-after'));
        continue;
      }
      throw new LrsError({ kind: 'refused', status: response.status, message: await lrsMessage(response) });
    }
    throw new LrsError({
      kind: 'unreachable',
      detail: lastDetail,
      ...(lastStatus !== undefined && { status: lastStatus }),
    });
  }

  private async backoff(attempt: number, retryAfter: string | null | undefined): Promise<void> {
    const fromHeader = parseRetryAfter(retryAfter, this.now());
    const exponential = Math.min(8_000, 250 * 2 ** (attempt - 1)) * (0.75 + Math.random() * 0.5);
    const wait = Math.min(fromHeader ?? exponential, 30_000, Math.max(0, this.deadline - this.now()));
    if (wait > 0) {
      this.config.onProgress?.({ sent: this.sent, total: this.total, attempt: attempt + 1, waitMs: wait, limitMs: 0 });
      await this.sleep(wait);
    }
  }
}

/** Retry-After: seconds, or an HTTP date. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
