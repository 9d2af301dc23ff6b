/**
 * `coach start [LESSON]`: runs a lesson from its first unfinished step, saving after every step,
 * so Ctrl-C, a crash or a closed terminal loses at most the step on screen.
 */
import { out, say, type Context } from '../../context.js';
import { CoachError, EXIT } from '../../core/errors.js';
import type { Lesson, LessonDoc, Network, Step } from '../../core/lessons/types.js';
import { NETWORKS } from '../../core/lessons/types.js';
import { beginLesson, completeStep, quizScore } from '../../core/progress/transitions.js';
import { nextLesson } from '../../core/progress/summary.js';
import type { Prompter } from '../../io/prompter.js';
import { lessonHeaderMarkdown, stepBodyMarkdown, stepTitleMarkdown, type LessonView } from '../../render/lesson.js';
import { docFor, lessonTitle, requiredLessons, trackOf } from '../lessons.js';
import { findLesson } from '../find-lesson.js';
import { runChecklist, runQuiz, runReading, runReflect, type StepOutcome } from './steps.js';
import { runTask } from './task.js';
import type { Store, StepResult } from '../../core/progress/types.js';
import type { Enrollment } from '../../core/sponsor/formats.js';
import type { LearningEvent } from '../../core/xapi/statements.js';
import { recordEvents, syncQueue } from '../../io/xapi-sync.js';
import { StatementQueue } from '../../io/xapi-queue.js';

export interface StartResult {
  lesson: string | null;
  completed: boolean;
  stepsDone: number;
}

export async function run(ctx: Context, opts: { lesson?: string }): Promise<StartResult> {
  const catalog = await ctx.catalog();
  let store = ctx.store.read();
  const id = opts.lesson ?? nextLesson(catalog, store, requiredLessons(store));
  if (!id) {
    say(ctx, ctx.t.start.allDone);
    return { lesson: null, completed: false, stepsDone: 0 };
  }
  const lesson = findLesson(catalog, id, ctx.lang);
  if (!ctx.interactive) throw new CoachError('input-needed', { what: ctx.t.start.noTerminal }, EXIT.usage);
  const prompter = await ctx.prompter();
  const { doc, fallback } = docFor(ctx, lesson);

  if (store.lessons[id]?.status === 'completed' && !(await prompter.confirm(ctx.t.start.restart, false))) {
    return { lesson: id, completed: true, stepsDone: doc.steps.length };
  }
  let network = store.settings.network;
  if (doc.network && !network) network = await askNetwork(ctx, prompter);
  const chosen = network;
  store = await ctx.store.update((s) => {
    const withNetwork = doc.network && chosen && !s.settings.network ? { ...s, settings: { ...s.settings, network: chosen } } : s;
    const current = withNetwork.lessons[id];
    // A completed lesson the learner chose to redo starts over; its completion stays in history.
    const base = current?.status === 'completed' ? { ...withNetwork, lessons: Object.fromEntries(Object.entries(withNetwork.lessons).filter(([k]) => k !== id)) } : withNetwork;
    return beginLesson(base, doc, ctx.now());
  });
  await recordEvents(ctx.home, store.enrollment, [{ type: 'launched', lessonId: id }], { now: ctx.now(), lang: doc.lang });

  const render = await renderer(ctx);
  const view: LessonView = { t: ctx.t, network: doc.network ? network : undefined, answers: false };
  const progress = store.lessons[id]!;
  out(ctx, render(lessonHeaderMarkdown(view, doc, trackOf(catalog, lesson)?.title[ctx.lang] ?? lesson.track)));
  if (fallback) say(ctx, ctx.t.start.langFallback(doc.lang === 'fr' ? 'français' : 'English'));
  if (doc.network && network) say(ctx, ctx.style.err.dim(ctx.t.start.networkNote(ctx.t.common.networks[network])));
  if (progress.stepsDone > 0) say(ctx, ctx.style.err.cyan(ctx.t.start.resume(progress.stepsDone + 1, doc.steps.length)));

  const startedAt = Date.parse(progress.startedAt);
  for (let i = progress.stepsDone; i < doc.steps.length; i++) {
    const step = doc.steps[i]!;
    out(ctx);
    out(ctx, render(`${stepTitleMarkdown(view, step, i, doc.steps.length)}\n\n${stepBodyMarkdown(view, step)}`));
    out(ctx);
    const shownAt = ctx.now();
    const outcome = await runStep(ctx, prompter, step, network, startedAt);
    if (outcome === 'later') {
      say(ctx, ctx.t.start.later);
      return { lesson: id, completed: false, stepsDone: i };
    }
    const now = ctx.now();
    // The statements first, then the progress: if the process dies between the two writes, the
    // statements are kept and the step, not saved, is simply done again. Nothing is ever lost.
    const next = completeStep(store, id, i, outcome, now - shownAt, now);
    await recordEvents(ctx.home, store.enrollment, stepEvents(store, next, id, i, outcome), { now, lang: doc.lang });
    store = await ctx.store.update((s) => completeStep(s, id, i, outcome, now - shownAt, now));
  }
  finish(ctx, catalog.lessons, lesson, doc, store);
  if (store.enrollment?.program.lrs) await sendAfterLesson(ctx, store.enrollment);
  return { lesson: id, completed: true, stepsDone: doc.steps.length };
}

/** The learning events one completed step makes: progress, a quiz result, the lesson's and the programme's completion. */
function stepEvents(before: Store, after: Store, id: string, index: number, outcome: StepResult): LearningEvent[] {
  const p = after.lessons[id]!;
  const events: LearningEvent[] = [{ type: 'progressed', lessonId: id, stepsDone: p.stepsDone, stepsTotal: p.stepsTotal }];
  if (outcome.kind === 'quiz') events.push({ type: 'quiz', lessonId: id, step: index, correct: outcome.correct });
  if (p.status === 'completed' && before.lessons[id]?.status !== 'completed') {
    events.push({ type: 'completed', lessonId: id, durationMs: p.activeMs, mode: p.mode });
    const required = [...requiredLessons(after)];
    const done = (s: Store, l: string) => s.lessons[l]?.status === 'completed' || (s.history[l]?.length ?? 0) > 0;
    if (required.length > 0 && required.every((l) => done(after, l)) && !required.every((l) => done(before, l))) {
      events.push({ type: 'program-completed', durationMs: required.reduce((n, l) => n + (after.lessons[l]?.activeMs ?? after.history[l]?.at(-1)?.activeMs ?? 0), 0) });
    }
  }
  return events;
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

function runStep(ctx: Context, p: Prompter, step: Step, network: Network | undefined, startedAt: number): Promise<StepOutcome> {
  const block = step.block;
  if (!block) return runReading(ctx, p);
  switch (block.kind) {
    case 'quiz': return runQuiz(ctx, p, block);
    case 'reflect': return runReflect(ctx, p, block);
    case 'checklist': return runChecklist(ctx, p, block);
    case 'task': return runTask(ctx, p, block, network, startedAt);
  }
}

async function askNetwork(ctx: Context, p: Prompter): Promise<Network> {
  return p.select(ctx.t.start.chooseNetwork, NETWORKS.map((n) => ({ value: n, name: ctx.t.common.networks[n] })));
}

function finish(ctx: Context, lessons: Lesson[], lesson: Lesson, doc: LessonDoc, store: ReturnType<Context['store']['read']>): void {
  const p = store.lessons[lesson.id];
  if (!p) return;
  const s = ctx.style.err;
  const quiz = quizScore(p);
  say(ctx);
  say(ctx, s.green(s.bold(ctx.t.start.finished(doc.title))));
  say(ctx, ctx.t.start.summary(doc.steps.length, Math.max(1, Math.round(p.activeMs / 60_000)), `${quiz.correct}/${quiz.total}`, ctx.t.common.mode[p.mode]));
  const next = lessons.find((l) => l.id === nextLessonAfter(lessons, store, lesson.id));
  if (next) say(ctx, s.cyan(ctx.t.start.next(lessonTitle(ctx, next), next.id)));
}

function nextLessonAfter(lessons: Lesson[], store: ReturnType<Context['store']['read']>, id: string): string | undefined {
  const after = lessons.slice(lessons.findIndex((l) => l.id === id) + 1);
  return [...after, ...lessons].find((l) => l.id !== id && store.lessons[l.id]?.status !== 'completed')?.id;
}

async function renderer(ctx: Context): Promise<(markdown: string) => string> {
  if (!ctx.stdoutIsTerminal) return (m) => m;
  const { createMarkdownRenderer } = await import('../../render/markdown.js');
  return createMarkdownRenderer({ width: ctx.width });
}
