/** `coach list [--track TRACK] [--json]`: the catalogue by track, with the learner's status. */
import type { Context } from '../../context.js';
import { listData, type ListData } from '../../core/progress/summary.js';
import { safeJson } from '../../render/json.js';
import { listLines } from '../../render/list-plain.js';

export async function run(ctx: Context, opts: { track?: string; json?: boolean }): Promise<ListData> {
  const data = listData(await ctx.catalog(), ctx.store.read(), { lang: ctx.lang, now: ctx.now(), track: opts.track });
  if (opts.json) ctx.stdout.write(`${safeJson(data.items)}\n`);
  else if (!ctx.stdoutIsTerminal) ctx.stdout.write(listLines(data));
  else {
    // The fitted view loads the text-width tables: only a terminal needs them.
    const { listText } = await import('../../render/list.js');
    ctx.stdout.write(listText(data, { t: ctx.t, style: ctx.style.out, width: ctx.width }));
  }
  return data;
}
