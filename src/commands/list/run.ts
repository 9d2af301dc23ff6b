/** `coach list [--track TRACK] [--json]`: the catalogue by track, with the learner's status. */
import type { Context } from '../../context.js';
import { listData, type ListData } from '../../core/progress/summary.js';
import { safeJson } from '../../render/json.js';
import { listText } from '../../render/list.js';

export async function run(ctx: Context, opts: { track?: string; json?: boolean }): Promise<ListData> {
  const data = listData(await ctx.catalog(), ctx.store.read(), { lang: ctx.lang, now: ctx.now(), track: opts.track });
  if (opts.json) ctx.stdout.write(`${safeJson(data.items)}\n`);
  else ctx.stdout.write(listText(data, { t: ctx.t, style: ctx.style.out, terminal: ctx.stdoutIsTerminal, width: ctx.width }));
  return data;
}
