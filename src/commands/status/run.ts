/** `coach status [--json]`: progress per track and what comes next; `--json` in the README's shape. */
import type { Context } from '../../context.js';
import { dailyStatus, type DailyStatus } from '../../core/daily/status.js';
import { statusData, statusDetails, type StatusData } from '../../core/progress/summary.js';
import { utcOffsetMinutes } from '../../io/clock.js';
import { safeJson } from '../../render/json.js';

export async function run(ctx: Context, opts: { json?: boolean }): Promise<StatusData & DailyStatus> {
  const catalog = await ctx.catalog();
  const store = ctx.store.read();
  const now = ctx.now();
  // The documented keys first, in their order; the daily loop's after them.
  const data = {
    ...statusData(catalog, store, now),
    ...dailyStatus(catalog, store, ctx.lang, { now, offsetMinutes: utcOffsetMinutes(now) }),
  };
  if (opts.json) {
    ctx.stdout.write(`${safeJson(data)}\n`);
    return data;
  }
  let queued = 0;
  if (store.enrollment?.program.lrs) {
    const { StatementQueue } = await import('../../io/xapi-queue.js');
    queued = new StatementQueue(ctx.home).count();
  }
  const { statusText } = await import('../../render/status.js');
  ctx.stdout.write(
    statusText(
      data,
      { ...statusDetails(catalog, store, data, ctx.lang), queued, daily: data },
      { t: ctx.t, style: ctx.style.out, terminal: ctx.stdoutIsTerminal, width: ctx.width },
    ),
  );
  return data;
}
