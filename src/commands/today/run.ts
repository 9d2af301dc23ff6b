/**
 * `coach today [--json]`: five minutes a day. One small real action drawn from the lessons the
 * learner completed (a link where one proves it, their word otherwise), then up to three review
 * questions of those lessons' quizzes, asked with the lesson runner's own quiz step. Each answer is
 * saved as it is given, under the store's lock. Off a terminal it lists what is due and asks nothing
 * (without loading the lesson runner: see ./session.ts).
 */
import { say, type Context } from '../../context.js';
import { somethingDue, todayPlan, type TodayPlan } from '../../core/daily/today.js';
import type { Catalog } from '../../core/lessons/assemble.js';
import { docIn, titleIn } from '../../core/lessons/choose.js';
import type { QuizBlock } from '../../core/lessons/types.js';
import { utcOffsetMinutes } from '../../io/clock.js';
import { safeJson } from '../../render/json.js';
import { todayListText, type TodayView } from '../../render/today.js';

export interface TodayResult {
  day: string;
  practice: { lesson: string; index: number; minutes: number; done: boolean } | null;
  /** The questions asked now, with the first try's verdict (null when not asked: off a terminal). */
  reviews: { lesson: string; quiz: number; correct: boolean | null }[];
  nextReview: string | null;
}

export async function run(ctx: Context, opts: { json?: boolean }): Promise<TodayResult> {
  const catalog = await ctx.catalog();
  const now = ctx.now();
  const offsetMinutes = utcOffsetMinutes(now);
  const plan = todayPlan(catalog, ctx.store.read(), ctx.lang, { now, offsetMinutes });
  const v: TodayView = {
    t: ctx.t,
    style: ctx.style.out,
    width: ctx.width,
    terminal: ctx.stdoutIsTerminal,
    titles: new Map(catalog.lessons.map((l) => [l.id, titleIn(l, ctx.lang)])),
  };
  const result = resultOf(plan);
  if (opts.json) {
    ctx.stdout.write(`${safeJson(jsonOf(plan, catalog, ctx))}\n`);
    return result;
  }
  if (plan.completedLessons === 0 || !somethingDue(plan)) {
    say(
      ctx,
      plan.completedLessons === 0
        ? ctx.t.today.nothingYet
        : ctx.t.today.nothingLeft(plan.nextReview && ctx.t.today.date(plan.nextReview)),
    );
    return result;
  }
  if (!ctx.interactive) {
    ctx.stdout.write(todayListText(plan, v));
    say(ctx, ctx.t.today.inTerminal);
    return result;
  }
  return (await import('./session.js')).session(ctx, plan, result, { offsetMinutes, v, catalog });
}

function resultOf(plan: TodayPlan): TodayResult {
  const pr = plan.practice;
  return {
    day: plan.day,
    practice: pr && { lesson: pr.item.lesson, index: pr.item.index, minutes: pr.item.practice.minutes, done: pr.done },
    reviews: plan.reviews.map((r) => ({ lesson: r.lesson, quiz: r.quiz, correct: null })),
    nextReview: plan.nextReview,
  };
}

/** `--json`: what is due today, in the learner's language (the texts are theirs to read; nothing private). */
function jsonOf(plan: TodayPlan, catalog: Catalog, ctx: Context): unknown {
  const pr = plan.practice;
  const lessonDoc = (id: string) => docIn(catalog.lessons.find((l) => l.id === id)!, ctx.lang).doc;
  return {
    day: plan.day,
    practice: pr && {
      lesson: pr.item.lesson,
      index: pr.item.index,
      minutes: pr.item.practice.minutes,
      evidence: pr.item.practice.evidence,
      text: pr.item.practice.text,
      done: pr.done,
    },
    reviews: plan.reviews.map((r) => ({
      lesson: r.lesson,
      quiz: r.quiz,
      question: (lessonDoc(r.lesson).steps[r.step]?.block as QuizBlock | undefined)?.question ?? '',
    })),
    answeredToday: plan.answeredToday,
    nextReview: plan.nextReview,
    completedLessons: plan.completedLessons,
  };
}
