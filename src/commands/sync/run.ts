/**
 * `coach sync [--timeout SECONDS]`: sends queued learning records (xAPI statements) to the
 * programme's LRS. It gives up after 30 s by default (nothing is lost: the statements wait), and on
 * a terminal it says what it is doing while it waits.
 */
import { say, type Context } from '../../context.js';
import { CoachError, EXIT } from '../../core/errors.js';
import { syncQueue, type SyncResult } from '../../io/xapi-sync.js';
import { sanitiseLine } from '../../render/sanitise.js';

export const DEFAULT_TIMEOUT_S = 30;

/** The time budget in ms from `--timeout`: whole seconds, 1 to 3600. */
export function syncBudgetMs(timeout: string | undefined): number {
  if (timeout === undefined) return DEFAULT_TIMEOUT_S * 1000;
  const seconds = /^\d{1,4}$/.test(timeout.trim()) ? Number(timeout) : Number.NaN;
  if (!(seconds >= 1 && seconds <= 3600))
    throw new CoachError('timeout-invalid', { value: sanitiseLine(timeout).slice(0, 40) }, EXIT.usage);
  return seconds * 1000;
}

export async function run(ctx: Context, opts: { timeout?: string }): Promise<SyncResult> {
  const budgetMs = syncBudgetMs(opts.timeout);
  const enrollment = ctx.store.read().enrollment;
  if (!enrollment) throw new CoachError('lrs-not-enrolled', {});
  const t = ctx.t.sync;
  const result = await syncQueue(ctx.home, enrollment, ctx.env, {
    budgetMs,
    // Progress is talk for a person watching: on a terminal only, never in a script's log.
    ...(ctx.stderr.isTTY && {
      onProgress: (p) =>
        say(ctx, ctx.style.err.dim(t.progress(p.sent, p.total, p.attempt, Math.ceil(p.waitMs / 1000)))),
    }),
  });
  if (result.other > 0) say(ctx, ctx.style.err.yellow(t.otherEnrollment(result.other)));
  say(
    ctx,
    result.sent > 0
      ? ctx.style.err.green(t.sent(result.sent, sanitiseLine(enrollment.program.lrs!.endpoint)))
      : t.nothing,
  );
  return result;
}
