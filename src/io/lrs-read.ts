/** Reads a programme's statements back from the LRS, following `more` links (bounded), for `coach report --lrs`. */
import { CoachError } from '../core/errors.js';
import type { Statement } from '../core/xapi/statements.js';
import { LrsClient, LrsError } from './lrs-client.js';

/** A safety bound: 10,000 pages of 500 statements. */
const MAX_PAGES = 10_000;

export async function readProgramStatements(endpoint: string, activity: string, auth: { username?: string; password?: string }, budgetMs = 600_000): Promise<Statement[]> {
  const client = new LrsClient({ endpoint, ...auth, budgetMs });
  const statements: Statement[] = [];
  let next: string | undefined = `statements?activity=${encodeURIComponent(activity)}&related_activities=true&limit=500&ascending=true`;
  try {
    for (let page = 0; next && page < MAX_PAGES; page++) {
      const body = (await client.getJson(next)) as { statements?: unknown; more?: unknown };
      if (!Array.isArray(body.statements)) break;
      // Only objects go further: a page of an untrusted answer may hold anything.
      statements.push(...(body.statements as unknown[]).filter((s): s is Statement => typeof s === 'object' && s !== null && !Array.isArray(s)));
      next = typeof body.more === 'string' && body.more !== '' ? body.more : undefined;
    }
  } catch (error) {
    if (!(error instanceof LrsError)) throw error;
    const f = error.failure;
    if (f.kind === 'insecure') throw new CoachError('lrs-insecure', { endpoint: f.endpoint });
    if (f.kind === 'foreign') throw new CoachError('lrs-foreign-link', { link: f.link, endpoint: f.endpoint });
    if (f.kind === 'refused') throw new CoachError('lrs-refused', { status: f.status, message: f.message, waiting: 0, hint: '' });
    throw new CoachError('lrs-unreachable', { endpoint, detail: f.detail, waiting: 0, sent: 0 });
  }
  return statements;
}
