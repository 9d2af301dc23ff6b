/**
 * `coach restore FILE [--yes]`: brings progress back from a backup, lesson by lesson; newer
 * progress on this computer is never replaced by older.
 */
import path from 'node:path';
import { say, type Context } from '../../context.js';
import { CoachError, EXIT } from '../../core/errors.js';
import { mergeBackup } from '../../core/progress/merge.js';
import { readBackup } from '../../io/backup-file.js';

export async function run(ctx: Context, opts: { file: string; yes?: boolean }): Promise<{ restored: string[] }> {
  const incoming = readBackup(path.resolve(ctx.cwd, opts.file));
  const preview = mergeBackup(ctx.store.read(), incoming);
  const t = ctx.t.backup;
  say(ctx, t.plan(preview.restored.length, preview.keptLocal.length, preview.completionsAdded));
  if (preview.restored.length === 0 && preview.completionsAdded === 0) {
    say(ctx, t.nothing);
    return { restored: [] };
  }
  if (!opts.yes) {
    if (!ctx.interactive) throw new CoachError('input-needed', { what: t.needsYes }, EXIT.usage);
    if (!(await (await ctx.prompter()).confirm(t.confirm, true))) {
      say(ctx, t.cancelled);
      return { restored: [] };
    }
  }
  // Merged again under the lock, against the store as it is now (another terminal may have saved meanwhile).
  await ctx.store.update((current) => mergeBackup(current, incoming).store);
  say(ctx, ctx.style.err.green(t.done(preview.restored.length)));
  if (preview.keptLocal.length > 0) say(ctx, t.kept(preview.keptLocal.join(', ')));
  return { restored: preview.restored };
}
