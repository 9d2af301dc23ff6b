/**
 * Reads a programme's statements back from the LRS, following `more` links (bounded), for `coach report --lrs`.
 * Every way it can fail ends in a message for HR (the one who runs the report), never the
 * learner's "your statements still wait": reading changes nothing, here or in the LRS.
 */
import { CoachError } from '../core/errors.js';
import type { Statement } from '../core/xapi/statements.js';
import { LrsClient } from './lrs-client.js';
import { type LrsFailure, LrsError } from './lrs-errors.js';

/** A safety bound: 10,000 pages of 500 statements. */
const MAX_PAGES = 10_000;

export interface ReadAuth {
  username?: string;
  password?: string;
  /** The environment variable the password comes from, named in the message when the LRS refuses it. */
  passwordVariable?: string;
}

export async function readProgramStatements(
  endpoint: string,
  activity: string,
  auth: ReadAuth,
  budgetMs = 600_000,
): Promise<Statement[]> {
  const statements: Statement[] = [];
  let next: string | undefined =
    `statements?activity=${encodeURIComponent(activity)}&related_activities=true&limit=500&ascending=true`;
  try {
    // Inside the try: the client refuses plain http to another host as it is made.
    const client = new LrsClient({
      endpoint,
      ...(auth.username !== undefined && { username: auth.username }),
      ...(auth.password !== undefined && { password: auth.password }),
      budgetMs,
    });
    for (let page = 0; next && page < MAX_PAGES; page++) {
      const answer = await client.getJson(next);
      // An untrusted answer may be anything: only an object's array of objects goes further.
      if (typeof answer !== 'object' || answer === null)
        throw notXapi(endpoint, 'the answer is not an xAPI statement result');
      const body = answer as { statements?: unknown; more?: unknown };
      if (!Array.isArray(body.statements)) break;
      // One by one, not push(...page): a page of a million entries would overflow the call stack.
      for (const s of body.statements as unknown[])
        if (typeof s === 'object' && s !== null && !Array.isArray(s)) statements.push(s as Statement);
      next = typeof body.more === 'string' && body.more !== '' ? body.more : undefined;
    }
  } catch (error) {
    if (error instanceof LrsError)
      throw readFailure(error.failure, endpoint, auth.passwordVariable ?? 'EXEC_COACH_LRS_PASSWORD');
    // An answer that is not JSON (a login page, a proxy's error page) is the LRS refusing too.
    if (error instanceof SyntaxError) throw notXapi(endpoint, 'the answer is not JSON');
    throw error;
  }
  return statements;
}

function notXapi(endpoint: string, message: string): CoachError {
  return new CoachError('report-lrs-refused', { endpoint, status: 200, message });
}

/** What HR reads for each way the LRS can fail: what to check, and that nothing was changed. */
function readFailure(f: LrsFailure, endpoint: string, variable: string): CoachError {
  switch (f.kind) {
    case 'insecure':
      return new CoachError('report-lrs-insecure', { endpoint: f.endpoint });
    case 'foreign':
      return new CoachError('lrs-foreign-link', { link: f.link, endpoint: f.endpoint });
    case 'refused':
      if (f.status === 401 || f.status === 403)
        return new CoachError('report-lrs-auth', { endpoint, status: f.status, message: f.message, variable });
      if (f.status === 404) return new CoachError('report-lrs-not-found', { endpoint });
      return new CoachError('report-lrs-refused', { endpoint, status: f.status, message: f.message });
    case 'unreachable':
      if (f.status !== undefined) return new CoachError('report-lrs-server', { endpoint, status: f.status });
      return new CoachError('report-lrs-unreachable', { endpoint, detail: f.detail });
    case 'budget':
      return new CoachError('report-lrs-unreachable', { endpoint, detail: f.detail });
  }
}
