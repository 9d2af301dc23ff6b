/**
 * `coach export [--out FILE|-] [--preview]`: the completion record for the sponsor, signed with
 * the learner key when enrolled. `--preview` shows, in the learner's language, exactly what will
 * leave the machine, and writes nothing.
 */
import path from 'node:path';
import { out, say, type Context } from '../context.js';
import { buildRecord, exportFile } from '../core/sponsor/record.js';
import { EXPORT_FORMAT, type ExportFile } from '../core/sponsor/formats.js';
import { replacesFormat, writeFileAtomic } from '../io/files.js';
import { lessonTitle } from './lessons.js';

export async function run(ctx: Context, opts: { out?: string; preview?: boolean }): Promise<ExportFile> {
  const store = ctx.store.read();
  const catalog = await ctx.catalog();
  const record = buildRecord(store, catalog.lessons.map((l) => l.id), ctx.now(), ctx.version);
  const file = exportFile(record, store.enrollment?.key);
  const t = ctx.t.exportRecord;
  if (!store.enrollment) say(ctx, ctx.style.err.yellow(t.unsigned));
  if (opts.preview) {
    const s = ctx.style.out;
    out(ctx, s.bold(t.previewTitle(store.enrollment?.program.title ?? t.noProgram)));
    out(ctx, t.previewLearner(record.learner.id));
    out(ctx);
    if (record.lessons.length === 0) out(ctx, t.previewEmpty);
    for (const l of record.lessons) {
      const lesson = catalog.lessons.find((x) => x.id === l.id);
      const title = lesson ? lessonTitle(ctx, lesson) : l.id;
      const when = (l.completedAt ?? l.startedAt).slice(0, 10);
      out(ctx, `  ${title}: ${ctx.t.common.status[l.status]} (${when}), ${ctx.t.common.mode[l.mode]}, ${ctx.t.common.minutes(l.minutesSpent)}, quiz ${l.quiz.correct}/${l.quiz.total}`);
    }
    out(ctx);
    out(ctx, t.previewNever);
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
  say(ctx, t.written(record.lessons.filter((l) => l.status === 'completed').length, path.relative(ctx.cwd, target) || target));
  return file;
}
