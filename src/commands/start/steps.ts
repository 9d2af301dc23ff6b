/** The interaction of each step kind except tasks: reading, quiz, reflection, checklist. */
import { say, type Context } from '../../context.js';
import type { ChecklistBlock, QuizBlock, ReflectBlock } from '../../core/lessons/types.js';
import type { StepResult } from '../../core/progress/types.js';
import type { Prompter } from '../../io/prompter.js';

/** What a step returns: its result, or 'later' when the learner chose to stop here. */
export type StepOutcome = StepResult | 'later';

export async function runReading(ctx: Context, p: Prompter): Promise<StepOutcome> {
  await p.pause(ctx.t.start.pressEnter);
  return { kind: 'reading', at: new Date(ctx.now()).toISOString() };
}

export async function runQuiz(ctx: Context, p: Prompter, quiz: QuizBlock): Promise<StepOutcome> {
  const { t } = ctx;
  const s = ctx.style.err;
  const choices = Object.entries(quiz.choices).map(([value, text]) => ({ value, name: `${value.toUpperCase()}. ${text}` }));
  const multiple = quiz.answer.length > 1;
  let first: string[] | undefined;
  let attempts = 0;
  for (;;) {
    const picked = multiple ? (await p.checkbox(`${quiz.question}\n  ${t.quiz.pickAll}`, choices)).sort() : [await p.select(quiz.question, choices)];
    attempts++;
    first ??= picked;
    const correct = sameLetters(picked, quiz.answer);
    say(ctx, correct ? s.green(t.quiz.right) : s.yellow(t.quiz.wrong));
    say(ctx, quiz.explain);
    if (correct) break;
    if (!(await p.confirm(t.quiz.retry, true))) {
      say(ctx, t.quiz.answerWas(quiz.answer.map((a) => a.toUpperCase()).join(', ')));
      break;
    }
  }
  return { kind: 'quiz', at: new Date(ctx.now()).toISOString(), firstTry: first, correct: sameLetters(first, quiz.answer), attempts };
}

export async function runReflect(ctx: Context, p: Prompter, block: ReflectBlock): Promise<StepOutcome> {
  say(ctx, ctx.style.err.dim(ctx.t.reflect.note));
  for (;;) {
    const text = (await p.multiline(block.optional ? `${block.prompt} ${ctx.t.reflect.optional}` : block.prompt)).trim();
    if (text || block.optional) return { kind: 'reflect', at: new Date(ctx.now()).toISOString(), ...(text && { text }) };
  }
}

export async function runChecklist(ctx: Context, p: Prompter, block: ChecklistBlock): Promise<StepOutcome> {
  const choices = block.items.map((name, i) => ({ value: String(i), name }));
  for (;;) {
    const ticked = await p.checkbox(ctx.t.checklist.prompt, choices);
    if (ticked.length === block.items.length) return { kind: 'checklist', at: new Date(ctx.now()).toISOString(), ticked: ticked.length };
    say(ctx, ctx.style.err.yellow(ctx.t.checklist.incomplete(ticked.length, block.items.length)));
    const next = await p.select(ctx.t.task.howDone, [
      { value: 'again', name: ctx.t.checklist.again },
      { value: 'later', name: ctx.t.task.doLater },
    ]);
    if (next === 'later') return 'later';
  }
}

function sameLetters(a: string[], b: string[]): boolean {
  return a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);
}
