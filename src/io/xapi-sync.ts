/**
 * Records learning events as xAPI statements (queued durably at once) and sends the queue to the
 * programme's learning record store. Used by the lesson runner and by `coach sync`.
 */
import { randomUUID } from 'node:crypto';
import { CoachError } from '../core/errors.js';
import type { Enrollment } from '../core/sponsor/formats.js';
import { buildStatement, type LearningEvent } from '../core/xapi/statements.js';
import { StatementQueue } from './xapi-queue.js';
import { LrsClient, type Progress } from './lrs-client.js';
import { LrsError } from './lrs-errors.js';
import { lrsPassword } from './lrs-password.js';

/** Queues the statements for these events, if the programme reports to an LRS. Returns how many. */
export async function recordEvents(
  home: string,
  enrollment: Enrollment | undefined,
  events: readonly LearningEvent[],
  meta: { now: number; lang: string },
): Promise<number> {
  if (!enrollment?.program.lrs || events.length === 0) return 0;
  const statements = events.map((e) =>
    buildStatement(e, enrollment, { id: randomUUID(), at: meta.now, lang: meta.lang }),
  );
  await new StatementQueue(home).append(statements);
  return statements.length;
}

/** The password for this enrolment's LRS (see ./lrs-password.ts: the coach's own sources only). */
export function enrolmentPassword(
  home: string,
  enrollment: Enrollment,
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  return lrsPassword(enrollment.program.lrs?.passwordEnv, env, home);
}

export interface SyncResult {
  sent: number;
  waiting: number;
  /** Statements of an earlier enrolment, kept for that programme's LRS (never sent to this one). */
  other: number;
}

export interface SyncOptions {
  /** The whole send's time limit. */
  budgetMs?: number;
  /** One request's time limit. */
  timeoutMs?: number;
  onProgress?: (p: Progress) => void;
}

/**
 * Sends every queued statement of this enrolment to its LRS; what the LRS stored leaves the
 * queue batch by batch. A statement belongs to the enrolment it was made under (its
 * `context.registration` is that enrolment's id): one queued under another programme, whose LRS
 * may be down or gone, stays in the queue and never goes to this one.
 */
export async function syncQueue(
  home: string,
  enrollment: Enrollment,
  env: Readonly<Record<string, string | undefined>>,
  options: SyncOptions = {},
): Promise<SyncResult> {
  const lrs = enrollment.program.lrs;
  if (!lrs) throw new CoachError('lrs-not-configured', { program: enrollment.program.title });
  const queue = new StatementQueue(home);
  const all = await queue.read();
  const statements = all.filter((s) => s.context?.registration === enrollment.id);
  const other = all.length - statements.length;
  if (statements.length === 0) return { sent: 0, waiting: 0, other };
  const password = enrolmentPassword(home, enrollment, env);
  let sent = 0;
  try {
    const client = new LrsClient({
      endpoint: lrs.endpoint,
      ...(lrs.username !== undefined && { username: lrs.username }),
      ...(password !== undefined && { password }),
      ...options,
    });
    await client.send(statements, async (ids) => {
      await queue.remove(new Set(ids));
      sent += ids.length;
    });
  } catch (error) {
    if (!(error instanceof LrsError)) throw error;
    const waiting = statements.length - sent;
    const f = error.failure;
    if (f.kind === 'insecure') throw new CoachError('lrs-insecure', { endpoint: f.endpoint });
    if (f.kind === 'refused')
      throw new CoachError('lrs-refused', {
        status: f.status,
        message: f.message,
        waiting,
        hint: f.status === 401 || f.status === 403 ? lrs.passwordEnv : '',
      });
    if (f.kind === 'budget' && options.budgetMs !== undefined)
      throw new CoachError('lrs-timeout', {
        endpoint: lrs.endpoint,
        seconds: Math.round(options.budgetMs / 1000),
        sent,
        waiting,
      });
    throw new CoachError('lrs-unreachable', {
      endpoint: lrs.endpoint,
      detail: 'detail' in f ? f.detail : '',
      waiting,
      sent,
    });
  }
  return { sent, waiting: statements.length - sent, other };
}
