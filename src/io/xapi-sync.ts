/**
 * Records learning events as xAPI statements (queued durably at once) and sends the queue to the
 * programme's learning record store. Used by the lesson runner and by `coach sync`.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CoachError } from '../core/errors.js';
import type { Enrollment } from '../core/sponsor/formats.js';
import { buildStatement, type LearningEvent } from '../core/xapi/statements.js';
import { StatementQueue } from './xapi-queue.js';
import { LrsClient, LrsError } from './lrs-client.js';

/** Where a learner may keep the LRS password instead of an environment variable (mode 0600). */
export const CREDENTIALS_FILE = 'lrs-password';

/** Queues the statements for these events, if the programme reports to an LRS. Returns how many. */
export async function recordEvents(home: string, enrollment: Enrollment | undefined, events: readonly LearningEvent[], meta: { now: number; lang: string }): Promise<number> {
  if (!enrollment?.program.lrs || events.length === 0) return 0;
  const statements = events.map((e) => buildStatement(e, enrollment, { id: randomUUID(), at: meta.now, lang: meta.lang }));
  await new StatementQueue(home).append(statements);
  return statements.length;
}

export function lrsPassword(home: string, enrollment: Enrollment, env: Readonly<Record<string, string | undefined>>): string | undefined {
  const lrs = enrollment.program.lrs!;
  const fromEnv = env[lrs.passwordEnv];
  if (fromEnv) return fromEnv;
  const file = path.join(home, CREDENTIALS_FILE);
  const st = statSync(file, { throwIfNoEntry: false });
  if (!st) return undefined;
  // A password readable by others is refused rather than used: say how to fix it.
  if ((st.mode & 0o077) !== 0) throw new CoachError('lrs-credentials-open', { file });
  return readFileSync(file, 'utf8').trim();
}

export interface SyncResult {
  sent: number;
  waiting: number;
}

/** Sends every queued statement; what the LRS stored leaves the queue batch by batch. */
export async function syncQueue(home: string, enrollment: Enrollment, env: Readonly<Record<string, string | undefined>>, options: { budgetMs?: number; timeoutMs?: number } = {}): Promise<SyncResult> {
  const lrs = enrollment.program.lrs;
  if (!lrs) throw new CoachError('lrs-not-configured', { program: enrollment.program.title });
  const queue = new StatementQueue(home);
  const statements = await queue.read();
  if (statements.length === 0) return { sent: 0, waiting: 0 };
  const password = lrsPassword(home, enrollment, env);
  let sent = 0;
  try {
    const client = new LrsClient({ endpoint: lrs.endpoint, ...(lrs.username !== undefined && { username: lrs.username }), ...(password !== undefined && { password }), ...options });
    await client.send(statements, async (ids) => {
      await queue.remove(new Set(ids));
      sent += ids.length;
    });
  } catch (error) {
    if (!(error instanceof LrsError)) throw error;
    const waiting = queue.count();
    const f = error.failure;
    if (f.kind === 'insecure') throw new CoachError('lrs-insecure', { endpoint: f.endpoint });
    if (f.kind === 'refused') throw new CoachError('lrs-refused', { status: f.status, message: f.message, waiting, hint: f.status === 401 || f.status === 403 ? lrs.passwordEnv : '' });
    throw new CoachError('lrs-unreachable', { endpoint: lrs.endpoint, detail: f.detail, waiting, sent });
  }
  return { sent, waiting: queue.count() };
}
