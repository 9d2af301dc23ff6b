/**
 * The interactive part of `coach today`, loaded only on a terminal: the practice through the lesson
 * runner's task step, then the review questions through its quiz step, each saved as it is given.
 */
import { out, say, type Context } from '../../context.js';
import { dayStart } from '../../core/daily/days.js';
import { offerPractice, practiceDone, recordReview } from '../../core/daily/record.js';
import { todayPlan, type TodayPlan } from '../../core/daily/today.js';
import type { Catalog } from '../../core/lessons/assemble.js';
import { docIn } from '../../core/lessons/choose.js';
import type { QuizBlock, TaskBlock } from '../../core/lessons/types.js';
import type { Prompter } from '../../io/prompter.js';
import { practiceText, reviewHeading, todayTitle, type TodayView } from '../../render/today.js';
import { runQuiz } from '../start/steps.js';
import { platformOf, runTask } from '../start/task.js';
import type { TodayResult } from './run.js';

export async function session(
  ctx: Context,
  plan: TodayPlan,
  result: TodayResult,
  c: { offsetMinutes: number; v: TodayView; catalog: Catalog },
): Promise<TodayResult> {
  const { offsetMinutes, v, catalog } = c;
  const p = await ctx.prompter();
  out(ctx, todayTitle(plan.day, v));
  out(ctx);
  if (plan.practice && !plan.practice.done) result.practice!.done = await practise(ctx, p, plan, c);
  else if (plan.practice) say(ctx, ctx.t.today.practiceDone);
  for (const [i, item] of plan.reviews.entries()) {
    out(ctx);
    out(ctx, reviewHeading(i + 1, plan.reviews.length, item.lesson, v));
    const lesson = catalog.lessons.find((l) => l.id === item.lesson)!;
    const { doc } = docIn(lesson, ctx.lang);
    const answer = await runQuiz(ctx, p, doc.steps[item.step]!.block as QuizBlock, { doc, index: item.step });
    const correct = answer !== 'later' && answer.kind === 'quiz' && answer.correct;
    await ctx.store.update((s) =>
      recordReview(s, { lesson: item.lesson, quiz: item.quiz, day: plan.day, correct }, ctx.now()),
    );
    result.reviews[i]!.correct = correct;
  }
  const after = todayPlan(catalog, ctx.store.read(), ctx.lang, { now: ctx.now(), offsetMinutes });
  const right = result.reviews.filter((r) => r.correct).length;
  out(ctx);
  say(
    ctx,
    ctx.style.err.green(
      ctx.t.today.allDone(right, result.reviews.length, after.nextReview && ctx.t.today.date(after.nextReview)),
    ),
  );
  return { ...result, nextReview: after.nextReview };
}

/**
 * The day's practice: saved as offered first (so tomorrow's is another one, even if this one is
 * left for later), then recorded through the lesson runner's task step, links dated from today.
 */
async function practise(
  ctx: Context,
  p: Prompter,
  plan: TodayPlan,
  c: { offsetMinutes: number; v: TodayView; catalog: Catalog },
): Promise<boolean> {
  const { item } = plan.practice!;
  const store = await ctx.store.update((s) =>
    offerPractice(s, { day: plan.day, lesson: item.lesson, index: item.index }, ctx.now()),
  );
  out(ctx, practiceText(plan.practice!, c.v));
  const task: TaskBlock = {
    kind: 'task',
    evidence: item.practice.evidence,
    count: 1,
    draftOk: false,
    ...(item.practice.channel && { channel: item.practice.channel }),
  };
  const track = c.catalog.lessons.find((l) => l.id === item.lesson)?.track ?? '';
  const place = {
    network: store.settings.network,
    startedAt: dayStart(plan.day, c.offsetMinutes),
    earlier: [],
    platform: platformOf(track),
    since: 'today' as const,
  };
  const outcome = await runTask(ctx, p, task, place);
  if (outcome === 'later' || outcome.kind !== 'task') {
    say(ctx, ctx.t.today.practiceLater);
    return false;
  }
  await ctx.store.update((s) => practiceDone(s, plan.day, outcome.evidence, ctx.now()));
  say(ctx, ctx.style.err.green(ctx.t.today.practiceRecorded));
  return true;
}
