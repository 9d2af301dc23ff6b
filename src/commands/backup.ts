/**
 * `coach backup --out FILE` and `coach restore FILE [--yes]`: all local progress, private notes
 * included (so the file is the learner's, never the sponsor's: mode 0600), to move machines.
 * Restore merges lesson by lesson and never silently replaces newer progress with older.
 */
import path from 'node:path';
import { out, say, type Context } from '../context.js';
import { CoachError, EXIT } from '../core/errors.js';
import { mergeBackup } from '../core/progress/merge.js';
import { checkStore } from '../core/progress/validate.js';
import type { Store } from '../core/progress/types.js';
import { readText, replacesFormat, writeFileAtomic } from '../io/files.js';

export const BACKUP_FORMAT = 'exec-coach.backup/1';

/** Backups carry every reflection and draft: larger than exchanged files, still bounded. */
const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

export async function backup(ctx: Context, opts: { out?: string }): Promise<string> {
  if (!opts.out) throw new CoachError('flag-missing', { flag: '--out', example: '--out ~/exec-coach-backup.json' }, EXIT.usage);
  const store = ctx.store.read();
  const target = path.resolve(ctx.cwd, opts.out);
  const doc = { format: BACKUP_FORMAT, createdAt: new Date(ctx.now()).toISOString(), tool: { name: 'exec-coach', version: ctx.version }, store };
  writeFileAtomic(target, `${JSON.stringify(doc, null, 2)}\n`, { mode: 0o600, replace: replacesFormat(BACKUP_FORMAT), flag: '--out <another file>' });
  out(ctx, target);
  say(ctx, ctx.t.backup.written(Object.keys(store.lessons).length, path.relative(ctx.cwd, target) || target));
  return target;
}

export async function restore(ctx: Context, opts: { file: string; yes?: boolean }): Promise<void> {
  const file = path.resolve(ctx.cwd, opts.file);
  const incoming = readBackup(file);
  const local = ctx.store.read();
  const preview = mergeBackup(local, incoming);
  const t = ctx.t.backup;
  say(ctx, t.plan(preview.restored.length, preview.keptLocal.length, preview.completionsAdded));
  if (preview.restored.length === 0 && preview.completionsAdded === 0) {
    say(ctx, t.nothing);
    return;
  }
  if (!opts.yes) {
    if (!ctx.interactive) throw new CoachError('input-needed', { what: t.needsYes }, EXIT.usage);
    if (!(await (await ctx.prompter()).confirm(t.confirm, true))) {
      say(ctx, t.cancelled);
      return;
    }
  }
  // Merged again under the lock, against the store as it is now (another terminal may have saved meanwhile).
  await ctx.store.update((current) => mergeBackup(current, incoming).store);
  say(ctx, ctx.style.err.green(t.done(preview.restored.length)));
  if (preview.keptLocal.length > 0) say(ctx, t.kept(preview.keptLocal.join(', ')));
}

function readBackup(file: string): Store {
  const text = readText(file, MAX_BACKUP_BYTES);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new CoachError('file-not-json', { file, detail: (error as Error).message.split('\n')[0] ?? '' });
  }
  const doc = raw as { format?: unknown; store?: unknown };
  if (typeof raw !== 'object' || raw === null || doc.format !== BACKUP_FORMAT) {
    throw new CoachError('file-invalid', { file, what: 'exec-coach backup', field: 'format', message: `must be "${BACKUP_FORMAT}"` });
  }
  const checked = checkStore(doc.store);
  if (!checked.ok) {
    const p = checked.problem;
    const field = p.kind === 'wrong-shape' ? `store.${p.field}` : 'store';
    const message = p.kind === 'future-version' ? `comes from a newer exec-coach (format ${p.version}): update first` : 'has an unexpected content';
    throw new CoachError('file-invalid', { file, what: 'exec-coach backup', field, message });
  }
  return checked.store;
}
