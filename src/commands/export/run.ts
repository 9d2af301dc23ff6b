/**
 * `coach export [--out FILE|-] [--preview]`: the completion record for the sponsor, signed with
 * the learner key when enrolled. `--preview` shows, in the learner's language, exactly what will
 * leave the machine, and writes nothing.
 */
import path from 'node:path';
import { out, say, type Context } from '../../context.js';
import { publishes, titleIn } from '../../core/lessons/choose.js';
import { EXPORT_FORMAT, type ExportFile } from '../../core/sponsor/formats.js';
import { buildRecord, exportFile } from '../../core/sponsor/record.js';
import { replacesFormat, writeFileAtomic } from '../../io/atomic-write.js';
import { recordPreviewText } from '../../render/record-preview.js';

export async function run(ctx: Context, opts: { out?: string; preview?: boolean }): Promise<ExportFile> {
  const store = ctx.store.read();
  const catalog = await ctx.catalog();
  const record = buildRecord(
    store,
    catalog.lessons.map((l) => l.id),
    ctx.now(),
    ctx.version,
  );
  const file = exportFile(record, store.enrollment?.key);
  const t = ctx.t.exportRecord;
  if (!store.enrollment) say(ctx, ctx.style.err.yellow(t.unsigned));
  if (opts.preview) {
    const titles = new Map(catalog.lessons.map((l) => [l.id, titleIn(l, ctx.lang)]));
    const publishing = new Set(
      catalog.lessons.filter((l) => Object.values(l.docs).some((d) => publishes(d))).map((l) => l.id),
    );
    ctx.stdout.write(
      recordPreviewText(record, {
        t: ctx.t,
        style: ctx.style.out,
        programTitle: store.enrollment?.program.title,
        titles,
        publishing,
      }),
    );
    return file;
  }
  const text = `${JSON.stringify(file, null, 2)}\n`;
  if (opts.out === '-') {
    ctx.stdout.write(text);
    return file;
  }
  const date = record.generatedAt.slice(0, 10).replace(/-/g, '');
  const target = path.resolve(ctx.cwd, opts.out ?? `exec-coach-${record.program.id}-${record.learner.id}-${date}.json`);
  // Replaces only an earlier export: never a file of something else.
  writeFileAtomic(target, text, { mode: 0o644, replace: replacesFormat(EXPORT_FORMAT), flag: '--out <another file>' });
  out(ctx, target);
  say(
    ctx,
    t.written(record.lessons.filter((l) => l.status === 'completed').length, path.relative(ctx.cwd, target) || target),
  );
  return file;
}
