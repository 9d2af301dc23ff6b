/** `coach status`: progress per track, the next lesson; `--json` in the shape product.md fixes. */
import { safeJson } from '../render/json.js';
import { out, type Context } from '../context.js';
import { lessonState, nextLesson, trackSummaries, type LessonState } from '../core/progress/summary.js';
import { bar, pad } from '../render/terminal-text.js';
import { lessonTitle, requiredLessons } from './lessons.js';
import { daysLeft } from '../core/sponsor/dates.js';

export interface StatusData {
  learner: { id: string; name: string | null } | null;
  program: { id: string; title: string; due: string; daysLeft: number } | null;
  summary: { completed: number; total: number; requiredCompleted: number; requiredTotal: number };
  lessons: LessonState[];
  next: string | null;
}

export async function getStatus(ctx: Context): Promise<StatusData> {
  const catalog = await ctx.catalog();
  const store = ctx.store.read();
  const required = requiredLessons(store);
  const lessons = catalog.lessons.map((l) => lessonState(l, store, required));
  const done = (list: LessonState[]) => list.filter((l) => l.status === 'completed').length;
  const req = lessons.filter((l) => l.required);
  const e = store.enrollment;
  return {
    learner: e ? { id: e.learner.id, name: e.learner.name ?? null } : null,
    program: e ? { id: e.program.id, title: e.program.title, due: e.program.due, daysLeft: daysLeft(e.program.due, ctx.now()) } : null,
    summary: { completed: done(lessons), total: lessons.length, requiredCompleted: done(req), requiredTotal: req.length },
    lessons,
    next: nextLesson(catalog, store, required),
  };
}

export async function run(ctx: Context, opts: { json?: boolean }): Promise<void> {
  const data = await getStatus(ctx);
  if (opts.json) {
    out(ctx, safeJson(data));
    return;
  }
  const catalog = await ctx.catalog();
  const store = ctx.store.read();
  const s = ctx.style.out;
  const t = ctx.t;
  const ascii = !ctx.stdoutIsTerminal;
  out(ctx, s.bold(t.status.title));
  if (data.learner) out(ctx, t.program.learner(data.learner.name ?? data.learner.id));
  if (data.program) {
    const late = data.program.daysLeft < 0 && data.summary.requiredCompleted < data.summary.requiredTotal;
    const line = t.program.line(data.program.title, data.program.due, data.program.daysLeft);
    out(ctx, late ? s.red(line) : line);
    out(ctx, t.program.required(data.summary.requiredCompleted, data.summary.requiredTotal));
  }
  out(ctx, t.status.overall(data.summary.completed, data.summary.total));
  out(ctx);
  const width = Math.max(...catalog.tracks.map((tr) => [...tr.title[ctx.lang]].length));
  for (const track of trackSummaries(catalog, store)) {
    const info = catalog.tracks.find((tr) => tr.id === track.id)!;
    const optional = info.optional ? s.dim(` (${t.common.optionalTrack})`) : '';
    out(ctx, `  ${pad(info.title[ctx.lang], width)}  ${s.green(bar(track.completed, track.total, 10, ascii))} ${track.completed}/${track.total}${optional}`);
  }
  out(ctx);
  for (const l of data.lessons.filter((x) => x.status === 'in-progress')) {
    const lesson = catalog.lessons.find((x) => x.id === l.id)!;
    out(ctx, s.yellow(t.status.inProgress(lessonTitle(ctx, lesson), t.common.step(l.stepsDone + 1, l.stepsTotal))));
  }
  out(ctx, data.next ? s.cyan(t.status.next(data.next)) : t.status.nothingNext);
  if (store.enrollment?.program.lrs) {
    const { StatementQueue } = await import('../io/xapi-queue.js');
    const waiting = new StatementQueue(ctx.home).count();
    if (waiting > 0) out(ctx, s.yellow(t.sync.queued(waiting)));
  }
}
