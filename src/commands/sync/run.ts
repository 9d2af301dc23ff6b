/** `coach sync`: sends queued learning records (xAPI statements) to the programme's LRS. */
import { say, type Context } from '../../context.js';
import { CoachError } from '../../core/errors.js';
import { syncQueue } from '../../io/xapi-sync.js';

export async function run(ctx: Context): Promise<{ sent: number; waiting: number }> {
  const enrollment = ctx.store.read().enrollment;
  if (!enrollment) throw new CoachError('lrs-not-enrolled', {});
  const result = await syncQueue(ctx.home, enrollment, ctx.env);
  say(ctx, result.sent > 0 ? ctx.style.err.green(ctx.t.sync.sent(result.sent, enrollment.program.lrs!.endpoint)) : ctx.t.sync.nothing);
  return result;
}
