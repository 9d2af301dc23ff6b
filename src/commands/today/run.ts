/**
 * `coach today [--json]`: five minutes a day. One small real action drawn from the lessons the
 * learner completed (a link where one proves it, their word otherwise), then up to three review
 * questions of those lessons' quizzes, asked with the lesson runner's own quiz step. Each answer is
 * saved as it is given, under the store's lock. Off a terminal it lists what is due and asks nothing.
 */
import { out, say, type Context } from '../../context.js';
import { dayStart } from '../../core/daily/days.js';
import { offerPractice, practiceDone, recordReview } from '../../core/daily/record.js';
import { somethingDue, todayPlan, type TodayPlan } from '../../core/daily/today.js';
import type { Catalog } from '../../core/lessons/assemble.js';
import { docIn, titleIn } from '../../core/lessons/choose.js';
import type { QuizBlock, TaskBlock } from '../../core/lessons/types.js';
import { utcOffsetMinutes } from '../../io/clock.js';
import type { Prompter } from '../../io/prompter.js';
import { safeJson } from '../../render/json.js';
import { practiceText, reviewHeading, todayListText, todayTitle, type TodayView } from '../../render/today.js';
import { runQuiz } from '../start/steps.js';
import { platformOf, runTask } from '../start/task.js';

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
  const v: TodayView = { t: ctx.t, style: ctx.style.out, width: ctx.width, titles: new Map(catalog.lessons.map((l) => [l.id, titleIn(l, ctx.lang)])) };
  const result = resultOf(plan);
  if (opts.json) {
    ctx.stdout.write(`${safeJson(jsonOf(plan, catalog, ctx))}\n`);
    return result;
  }
  if (plan.completedLessons === 0 || !somethingDue(plan)) {
    say(ctx, plan.completedLessons === 0 ? ctx.t.today.nothingYet : ctx.t.today.nothingLeft(plan.nextReview && ctx.t.today.date(plan.nextReview)));
    return result;
  }
  if (!ctx.interactive) {
    ctx.stdout.write(todayListText(plan, v));
    say(ctx, ctx.t.today.inTerminal);
    return result;
  }
  const p = await ctx.prompter();
  out(ctx, todayTitle(plan.day, v));
  out(ctx);
  if (plan.practice && !plan.practice.done) result.practice!.done = await practise(ctx, p, plan, { offsetMinutes, v, catalog });
  else if (plan.practice) say(ctx, ctx.t.today.practiceDone);
  for (const [i, item] of plan.reviews.entries()) {
    out(ctx);
    out(ctx, reviewHeading(i + 1, plan.reviews.length, item.lesson, v));
    const lesson = catalog.lessons.find((l) => l.id === item.lesson)!;
    const { doc } = docIn(lesson, ctx.lang);
    const answer = await runQuiz(ctx, p, doc.steps[item.step]!.block as QuizBlock, { doc, index: item.step });
    const correct = answer !== 'later' && answer.kind === 'quiz' && answer.correct;
    await ctx.store.update((s) => recordReview(s, { lesson: item.lesson, quiz: item.quiz, day: plan.day, correct }, ctx.now()));
    result.reviews[i]!.correct = correct;
  }
  const after = todayPlan(catalog, ctx.store.read(), ctx.lang, { now: ctx.now(), offsetMinutes });
  const right = result.reviews.filter((r) => r.correct).length;
  out(ctx);
  say(ctx, ctx.style.err.green(ctx.t.today.allDone(right, result.reviews.length, after.nextReview && ctx.t.today.date(after.nextReview))));
  return { ...result, nextReview: after.nextReview };
}

/**
 * The day's practice: saved as offered first (so tomorrow's is another one, even if this one is
 * left for later), then recorded through the lesson runner's task step, links dated from today.
 */
async function practise(ctx: Context, p: Prompter, plan: TodayPlan, c: { offsetMinutes: number; v: TodayView; catalog: Catalog }): Promise<boolean> {
  const { item } = plan.practice!;
  const store = await ctx.store.update((s) => offerPractice(s, { day: plan.day, lesson: item.lesson, index: item.index }, ctx.now()));
  out(ctx, practiceText(plan.practice!, c.v));
  const task: TaskBlock = { kind: 'task', evidence: item.practice.evidence, count: 1, draftOk: false, ...(item.practice.channel && { channel: item.practice.channel }) };
  const track = c.catalog.lessons.find((l) => l.id === item.lesson)?.track ?? '';
  const place = { network: store.settings.network, startedAt: dayStart(plan.day, c.offsetMinutes), earlier: [], platform: platformOf(track), since: 'today' as const };
  const outcome = await runTask(ctx, p, task, place);
  if (outcome === 'later' || outcome.kind !== 'task') {
    say(ctx, ctx.t.today.practiceLater);
    return false;
  }
  await ctx.store.update((s) => practiceDone(s, plan.day, outcome.evidence, ctx.now()));
  say(ctx, ctx.style.err.green(ctx.t.today.practiceRecorded));
  return true;
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
    practice: pr && { lesson: pr.item.lesson, index: pr.item.index, minutes: pr.item.practice.minutes, evidence: pr.item.practice.evidence, text: pr.item.practice.text, done: pr.done },
    reviews: plan.reviews.map((r) => ({ lesson: r.lesson, quiz: r.quiz, question: (lessonDoc(r.lesson).steps[r.step]?.block as QuizBlock | undefined)?.question ?? '' })),
    answeredToday: plan.answeredToday,
    nextReview: plan.nextReview,
    completedLessons: plan.completedLessons,
  };
}
