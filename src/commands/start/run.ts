/**
 * `coach start [LESSON]`: runs a lesson from its first unfinished step, saving after every step,
 * so Ctrl-C, a crash or a closed terminal loses at most the step on screen.
 */
import { out, say, type Context } from '../../context.js';
import { CoachError, EXIT } from '../../core/errors.js';
import { docIn, findLesson, trackOf } from '../../core/lessons/choose.js';
import type { LessonDoc, Network } from '../../core/lessons/types.js';
import { NETWORKS } from '../../core/lessons/types.js';
import { stepEvents } from '../../core/progress/events.js';
import { beginLesson, completeStep } from '../../core/progress/transitions.js';
import type { Store, StepResult } from '../../core/progress/types.js';
import type { Enrollment } from '../../core/sponsor/formats.js';
import type { Prompter } from '../../io/prompter.js';
import { lessonEndLines } from '../../render/lesson-end.js';
import { lessonHeaderMarkdown, stepBodyMarkdown, stepTitleMarkdown, type LessonView } from '../../render/lesson.js';
import { recordEvents, syncQueue } from '../../io/xapi-sync.js';
import { StatementQueue } from '../../io/xapi-queue.js';
import { runChecklist, runQuiz, runReading, runReflect, type StepOutcome } from './steps.js';
import { platformOf, runTask, type TaskPlace } from './task.js';
import { lessonToRun, prerequisiteFirst } from './choose.js';

export interface StartResult {
  lesson: string | null;
  completed: boolean;
  stepsDone: number;
}

export async function run(ctx: Context, opts: { lesson?: string }): Promise<StartResult> {
  const catalog = await ctx.catalog();
  const chosen = lessonToRun(ctx, catalog, opts.lesson);
  if ('none' in chosen) {
    say(ctx, chosen.none);
    return { lesson: null, completed: false, stepsDone: 0 };
  }
  const { id } = chosen;
  const lesson = findLesson(catalog, id);
  if (!ctx.interactive) throw new CoachError('input-needed', { what: ctx.t.start.noTerminal }, EXIT.usage);
  const prompter = await ctx.prompter();
  const { doc, fallback } = docIn(lesson, ctx.lang);

  if (ctx.store.read().lessons[id]?.status === 'completed' && !(await prompter.confirm(ctx.t.start.restart, false))) {
    return { lesson: id, completed: true, stepsDone: doc.steps.length };
  }
  // Asked when the lesson starts, not at every resume: the learner already chose once.
  const fresh = ctx.store.read().lessons[id]?.status !== 'in-progress';
  const first = fresh ? await prerequisiteFirst(ctx, prompter, catalog, doc) : undefined;
  if (first) {
    const done = await run(ctx, { lesson: first });
    if (!done.completed) return done;
    say(ctx, ctx.style.err.cyan(ctx.t.start.backTo(doc.title)));
  }
  let network = ctx.store.read().settings.network;
  if (doc.network && !network) network = await askNetwork(ctx, prompter);
  let store = await begin(ctx, id, doc, network);

  const render = await renderer(ctx);
  const view: LessonView = { t: ctx.t, network: doc.network ? network : undefined, answers: false };
  const progress = store.lessons[id]!;
  out(ctx, render(lessonHeaderMarkdown(view, doc, trackOf(catalog, lesson)?.title[ctx.lang] ?? lesson.track)));
  if (fallback) say(ctx, ctx.t.start.langFallback(doc.lang === 'fr' ? 'français' : 'English'));
  if (doc.network && network) say(ctx, ctx.style.err.dim(ctx.t.start.networkNote(ctx.t.common.networks[network])));
  if (progress.stepsDone > 0)
    say(ctx, ctx.style.err.cyan(ctx.t.start.resume(progress.stepsDone + 1, doc.steps.length)));

  const startedAt = Date.parse(progress.startedAt);
  const platform = platformOf(lesson.track);
  for (let i = progress.stepsDone; i < doc.steps.length; i++) {
    const earlier = store.lessons[id]?.results ?? [];
    const place: TaskPlace = { network, startedAt, earlier, platform };
    const { outcome, shownAt } = await showAndRunStep(ctx, prompter, view, { doc, index: i }, place);
    if (outcome === 'later') {
      say(ctx, ctx.t.start.later);
      return { lesson: id, completed: false, stepsDone: i };
    }
    store = await saveStep(ctx, doc, i, outcome, ctx.now() - shownAt);
  }
  for (const line of lessonEndLines(catalog, store, doc, { t: ctx.t, lang: ctx.lang, style: ctx.style.err }))
    say(ctx, line);
  if (store.enrollment?.program.lrs) await sendAfterLesson(ctx, store.enrollment);
  return { lesson: id, completed: true, stepsDone: doc.steps.length };
}

/** Starts (or restarts) the lesson in the store, saving the network just chosen, and records its launch. */
async function begin(ctx: Context, id: string, doc: LessonDoc, picked: Network | undefined): Promise<Store> {
  // A completed lesson the learner chose to redo starts over (beginLesson); its completion stays in history.
  const store = await ctx.store.update((s) =>
    beginLesson(
      doc.network && picked && !s.settings.network ? { ...s, settings: { ...s.settings, network: picked } } : s,
      doc,
      ctx.now(),
    ),
  );
  await recordEvents(ctx.home, store.enrollment, [{ type: 'launched', lessonId: id }], {
    now: ctx.now(),
    lang: doc.lang,
  });
  return store;
}

/** Shows one step and runs it; `shownAt` is when it was on screen, for the time spent on it. */
async function showAndRunStep(
  ctx: Context,
  prompter: Prompter,
  view: LessonView,
  where: { doc: LessonDoc; index: number },
  place: TaskPlace,
): Promise<{ outcome: StepOutcome; shownAt: number }> {
  const { doc, index } = where;
  const step = doc.steps[index]!;
  // Drawn again, at the new width, when the terminal is resized during the step.
  const draw = async () => {
    const md = await renderer(ctx);
    out(ctx);
    out(ctx, md(`${stepTitleMarkdown(view, step, index, doc.steps.length)}\n\n${stepBodyMarkdown(view, step)}`));
    out(ctx);
  };
  await draw();
  prompter.onRedraw(() => void draw());
  const shownAt = ctx.now();
  const outcome = await runStep(ctx, prompter, where, place);
  prompter.onRedraw(undefined);
  return { outcome, shownAt };
}

/**
 * Saves a step, once, under the store's lock: the learning events come from the store as it is
 * there (if another terminal saved this step first, there are none), and are queued before the
 * progress is written. If the process dies between the two writes the statements are kept and the
 * step, not saved, is simply done again: nothing is ever lost.
 */
function saveStep(ctx: Context, doc: LessonDoc, index: number, outcome: StepResult, spentMs: number): Promise<Store> {
  return ctx.store.update(async (before) => {
    const now = ctx.now();
    const after = completeStep(before, doc.id, index, outcome, spentMs, now);
    await recordEvents(ctx.home, after.enrollment, stepEvents(before, after, doc.id, index, outcome), {
      now,
      lang: doc.lang,
    });
    return after;
  });
}

/** After a lesson, one short try to send the queue: the learner never waits, and hears of it only if it failed. */
async function sendAfterLesson(ctx: Context, enrollment: Enrollment): Promise<void> {
  try {
    await syncQueue(ctx.home, enrollment, ctx.env, { budgetMs: 2_000, timeoutMs: 1_500 });
  } catch (error) {
    if (!(error instanceof CoachError)) throw error;
    say(ctx, ctx.style.err.yellow(ctx.t.sync.laterNote(new StatementQueue(ctx.home).count())));
  }
}

function runStep(
  ctx: Context,
  p: Prompter,
  where: { doc: LessonDoc; index: number },
  place: TaskPlace,
): Promise<StepOutcome> {
  const block = where.doc.steps[where.index]!.block;
  if (!block) return runReading(ctx, p);
  switch (block.kind) {
    case 'quiz':
      return runQuiz(ctx, p, block, where);
    case 'reflect':
      return runReflect(ctx, p, block);
    case 'checklist':
      return runChecklist(ctx, p, block);
    case 'task':
      return runTask(ctx, p, block, place);
  }
}

async function askNetwork(ctx: Context, p: Prompter): Promise<Network> {
  return p.select(
    ctx.t.start.chooseNetwork,
    NETWORKS.map((n) => ({ value: n, name: ctx.t.common.networks[n] })),
  );
}

async function renderer(ctx: Context): Promise<(markdown: string) => string> {
  if (!ctx.stdoutIsTerminal) return (m) => m;
  const { createMarkdownRenderer } = await import('../../render/markdown.js');
  return createMarkdownRenderer({ width: ctx.width });
}
