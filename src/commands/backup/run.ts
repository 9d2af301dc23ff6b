/**
 * `coach backup --out FILE`: all local progress, private notes included, to move machines. The file
 * is the learner's, never the sponsor's: mode 0600.
 */
import path from 'node:path';
import { out, say, type Context } from '../../context.js';
import { CoachError, EXIT } from '../../core/errors.js';
import { BACKUP_FORMAT } from '../../io/backup-file.js';
import { replacesFormat, writeFileAtomic } from '../../io/atomic-write.js';

export async function run(ctx: Context, opts: { out?: string }): Promise<string> {
  if (!opts.out)
    throw new CoachError('flag-missing', { flag: '--out', example: '--out ~/exec-coach-backup.json' }, EXIT.usage);
  const store = ctx.store.read();
  const target = path.resolve(ctx.cwd, opts.out);
  const doc = {
    format: BACKUP_FORMAT,
    createdAt: new Date(ctx.now()).toISOString(),
    tool: { name: 'exec-coach', version: ctx.version },
    store,
  };
  writeFileAtomic(target, `${JSON.stringify(doc, null, 2)}\n`, {
    mode: 0o600,
    replace: replacesFormat(BACKUP_FORMAT),
    flag: '--out <another file>',
  });
  out(ctx, target);
  say(ctx, ctx.t.backup.written(Object.keys(store.lessons).length, path.relative(ctx.cwd, target) || target));
  return target;
}
