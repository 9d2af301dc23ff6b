/** The home menu's settings: language, internal network, name (the same changes as `coach config`). */
import type { Context } from '../../context.js';
import { NETWORKS } from '../../core/lessons/types.js';

export async function settings(ctx: Context): Promise<void> {
  const p = await ctx.prompter();
  const t = ctx.t.home;
  const config = await import('../config/run.js');
  const key = await p.select(t.pickSetting, [
    { value: 'lang', name: `${t.pickLang}` },
    { value: 'network', name: ctx.t.config.keys.network },
    { value: 'name', name: t.pickName },
    { value: '', name: t.back },
  ]);
  if (key === 'lang') {
    const lang = await p.select(t.pickLang, [
      { value: 'en', name: 'English' },
      { value: 'fr', name: 'Français' },
    ] as const);
    await config.run(ctx, { key, value: lang });
    await ctx.setLang(lang); // the menu goes on in the new language
  }
  if (key === 'network') {
    await config.run(ctx, {
      key,
      value: await p.select(
        ctx.t.config.keys.network,
        NETWORKS.map((n) => ({ value: n, name: ctx.t.common.networks[n] })),
      ),
    });
  }
  if (key === 'name') await config.run(ctx, { key, value: await p.input(t.pickName) });
}
