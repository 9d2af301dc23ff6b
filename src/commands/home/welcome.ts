/**
 * The first run, in half a minute: what the coach is, that notes stay here, what the sponsor will
 * see (if enrolled), the language and the internal network asked once, then the first lesson.
 */
import { say, type Context } from '../../context.js';
import type { Catalog } from '../../core/lessons/assemble.js';
import { NETWORKS, type Lang } from '../../core/lessons/types.js';
import type { Store } from '../../core/progress/types.js';
import type { Prompter } from '../../io/prompter.js';

/** Nothing done, nothing set: this learner has never used the coach on this computer. */
export function firstRun(store: Store): boolean {
  return (
    Object.keys(store.lessons).length === 0 &&
    Object.keys(store.history).length === 0 &&
    !store.settings.lang &&
    !store.settings.network
  );
}

export async function welcome(ctx: Context, p: Prompter, catalog: Catalog): Promise<void> {
  const store = ctx.store.read();
  const program = store.enrollment?.program;
  const w = () => ctx.t.welcome;
  say(ctx, ctx.style.err.bold(w().title));
  say(ctx, w().what(catalog.lessons.length));
  say(ctx, w().private);
  say(ctx, program ? w().sponsorSees(program.title) : w().nobodySees);
  say(ctx);
  const lang = await p.select<Lang>(
    w().askLang,
    [
      { value: 'en', name: 'English' },
      { value: 'fr', name: 'Français' },
    ],
    ctx.lang,
  );
  await ctx.setLang(lang);
  const network = await p.select(
    w().askNetwork,
    NETWORKS.map((n) => ({ value: n, name: ctx.t.common.networks[n] })),
  );
  await ctx.store.update((s) => ({ ...s, settings: { ...s.settings, lang, network } }));
  say(ctx, ctx.style.err.dim(w().saved));
}
