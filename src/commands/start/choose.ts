/**
 * Before a lesson runs: which lesson a command line means (a lesson id, a track id, or nothing
 * for the next one), and the lessons it builds on, offered first when they are not done (a
 * warning, never a block).
 */
import { say, type Context } from '../../context.js';
import type { Catalog } from '../../core/lessons/assemble.js';
import { titleIn } from '../../core/lessons/choose.js';
import type { LessonDoc } from '../../core/lessons/types.js';
import { lessonDone, nextInTrack, nextLesson } from '../../core/progress/next.js';
import type { Prompter } from '../../io/prompter.js';

/** The lesson to run, or a sentence saying why there is none. */
export function lessonToRun(
  ctx: Context,
  catalog: Catalog,
  asked: string | undefined,
): { id: string } | { none: string } {
  const store = ctx.store.read();
  if (asked === undefined) {
    const next = nextLesson(catalog, store);
    return next ? { id: next } : { none: ctx.t.start.allDone };
  }
  const track = catalog.tracks.find((t) => t.id === asked);
  if (track && !catalog.lessons.some((l) => l.id === asked)) {
    const next = nextInTrack(catalog.lessons, store, track.id);
    return next ? { id: next } : { none: ctx.t.start.trackDone(track.title[ctx.lang]) };
  }
  return { id: asked };
}

/** The first lesson this one builds on that is not done yet, if the learner chose to do it first. */
export async function prerequisiteFirst(
  ctx: Context,
  p: Prompter,
  catalog: Catalog,
  doc: LessonDoc,
): Promise<string | undefined> {
  const store = ctx.store.read();
  const missing = (doc.requires ?? [])
    .filter((id) => !lessonDone(store, id))
    .map((id) => catalog.lessons.find((l) => l.id === id))
    .filter((l) => l !== undefined);
  const first = missing[0];
  if (!first) return undefined;
  say(
    ctx,
    ctx.style.err.yellow(ctx.t.start.requires(missing.map((l) => ctx.t.write.quote(titleIn(l, ctx.lang))).join(', '))),
  );
  const choice = await p.select(ctx.t.start.requiresQuestion, [
    { value: 'first', name: ctx.t.start.requiresFirst(titleIn(first, ctx.lang)) },
    { value: 'go', name: ctx.t.start.requiresGoOn },
  ]);
  return choice === 'first' ? first.id : undefined;
}
