/** `coach list`: the catalogue by track, with the learner's status. */
import { safeJson } from '../render/json.js';
import { out, type Context } from '../context.js';
import { CoachError, EXIT } from '../core/errors.js';
import { lessonState } from '../core/progress/summary.js';
import { pad } from '../render/terminal-text.js';
import { lessonTitle, requiredLessons } from './lessons.js';
import { daysLeft } from '../core/sponsor/dates.js';

export interface ListItem {
  id: string;
  track: string;
  title: string;
  minutes: number;
  status: 'not-started' | 'in-progress' | 'completed';
  required: boolean;
}

export async function listLessons(ctx: Context, track?: string): Promise<ListItem[]> {
  const catalog = await ctx.catalog();
  if (track && !catalog.tracks.some((t) => t.id === track)) {
    throw new CoachError('track-unknown', { track, tracks: catalog.tracks.map((t) => t.id).join(', ') }, EXIT.usage);
  }
  const store = ctx.store.read();
  const required = requiredLessons(store);
  return catalog.lessons
    .filter((l) => !track || l.track === track)
    .map((l) => {
      const doc = l.docs[ctx.lang] ?? l.docs.en ?? l.docs.fr;
      const state = lessonState(l, store, required);
      return { id: l.id, track: l.track, title: lessonTitle(ctx, l), minutes: doc?.minutes ?? 0, status: state.status, required: state.required };
    });
}

export async function run(ctx: Context, opts: { track?: string; json?: boolean }): Promise<void> {
  const items = await listLessons(ctx, opts.track);
  if (opts.json) {
    out(ctx, safeJson(items.map(({ id, track, title, minutes, status, required }) => ({ id, track, title, minutes, status, required }))));
    return;
  }
  if (!ctx.stdoutIsTerminal) {
    // Piped: one lesson a line, tab-separated, stable columns.
    for (const i of items) out(ctx, [i.id, i.track, i.status, i.minutes, i.required ? 'required' : '', i.title].join('\t'));
    return;
  }
  const catalog = await ctx.catalog();
  const store = ctx.store.read();
  const s = ctx.style.out;
  const mark = { completed: s.green('✔'), 'in-progress': s.yellow('◐'), 'not-started': s.dim('○') } as const;
  const idWidth = Math.max(...items.map((i) => i.id.length), 10);
  for (const track of catalog.tracks) {
    const rows = items.filter((i) => i.track === track.id);
    if (rows.length === 0) continue;
    const done = rows.filter((r) => r.status === 'completed').length;
    const optional = track.optional ? s.dim(` (${ctx.t.common.optionalTrack})`) : '';
    out(ctx, s.bold(ctx.t.list.track(track.title[ctx.lang], done, rows.length)) + optional);
    for (const r of rows) {
      const req = r.required ? s.yellow(' *') : '';
      out(ctx, `  ${mark[r.status]} ${pad(r.id, idWidth)}  ${r.title}${req}  ${s.dim(ctx.t.common.minutes(r.minutes))}`);
    }
    out(ctx);
  }
  if (items.length === 0) out(ctx, ctx.t.list.empty);
  const e = store.enrollment;
  if (e) out(ctx, ctx.t.program.line(e.program.title, e.program.due, daysLeft(e.program.due, ctx.now())));
  if (items.some((i) => i.required)) out(ctx, s.yellow(`* ${ctx.t.list.requiredMark}`));
  out(ctx, s.dim(ctx.t.list.hint));
}
