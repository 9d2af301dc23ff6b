/** `coach config [KEY [VALUE]] [--unset] [--json]`: reads or changes the learner's settings. */
import { out, say, type Context } from '../../context.js';
import { CoachError, EXIT } from '../../core/errors.js';
import { NETWORKS } from '../../core/lessons/types.js';
import type { Settings } from '../../core/progress/types.js';
import { settingsText, SETTING_KEYS } from '../../render/config.js';
import { safeJson } from '../../render/json.js';

type Key = (typeof SETTING_KEYS)[number];
const ALLOWED: Record<Key, readonly string[] | undefined> = { lang: ['en', 'fr'], network: NETWORKS, name: undefined };

export async function run(
  ctx: Context,
  opts: { key?: string; value?: string; unset?: boolean; json?: boolean },
): Promise<Settings> {
  const settings = ctx.store.read().settings;
  if (!opts.key) {
    ctx.stdout.write(
      opts.json ? `${safeJson(settings)}\n` : settingsText(settings, { t: ctx.t, style: ctx.style.out }),
    );
    return settings;
  }
  if (!(SETTING_KEYS as readonly string[]).includes(opts.key))
    throw new CoachError('config-key-unknown', { key: opts.key, keys: SETTING_KEYS.join(', ') }, EXIT.usage);
  const key = opts.key as Key;
  if (opts.unset) {
    const next = await ctx.store.update((s) => {
      const { [key]: _gone, ...rest } = s.settings;
      return { ...s, settings: rest };
    });
    say(ctx, ctx.t.config.unset(key));
    return next.settings;
  }
  if (opts.value === undefined) {
    out(ctx, settings[key] ?? '');
    return settings;
  }
  const value = opts.value.trim();
  const allowed = ALLOWED[key];
  if ((allowed && !allowed.includes(value)) || value === '' || value.length > 80) {
    throw new CoachError(
      'config-value-invalid',
      { key, allowed: allowed ? allowed.join(', ') : '1–80 characters' },
      EXIT.usage,
    );
  }
  const next = await ctx.store.update((s) => ({ ...s, settings: { ...s.settings, [key]: value } }));
  say(ctx, ctx.t.config.set(key, value));
  return next.settings;
}
