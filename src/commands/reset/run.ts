/** `coach reset LESSON... | --all [--yes]`: starts lessons over; the history of completions stays. */
import { say, type Context } from '../../context.js';
import { CoachError, EXIT } from '../../core/errors.js';
import { resetLessons } from '../../core/progress/transitions.js';
import { findLesson } from '../../core/lessons/choose.js';

export async function run(
  ctx: Context,
  opts: { lessons: string[]; all?: boolean; yes?: boolean },
): Promise<{ reset: string[] }> {
  const catalog = await ctx.catalog();
  if (!opts.all && opts.lessons.length === 0)
    throw new CoachError('input-needed', { what: ctx.t.reset.needsTarget }, EXIT.usage);
  const ids = opts.all ? Object.keys(ctx.store.read().lessons) : opts.lessons.map((id) => findLesson(catalog, id).id);
  const started = ids.filter((id) => ctx.store.read().lessons[id]);
  if (started.length === 0) {
    say(ctx, ctx.t.reset.nothing);
    return { reset: [] };
  }
  if (!opts.yes) {
    if (!ctx.interactive) throw new CoachError('input-needed', { what: ctx.t.reset.needsYes }, EXIT.usage);
    const ok = await (await ctx.prompter()).confirm(ctx.t.reset.confirm(started.join(', ')), false);
    if (!ok) {
      say(ctx, ctx.t.reset.cancelled);
      return { reset: [] };
    }
  }
  await ctx.store.update((s) => resetLessons(s, started));
  say(ctx, ctx.t.reset.done(started.length));
  return { reset: started };
}
