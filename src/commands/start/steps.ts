/** The interaction of each step kind except tasks: reading, quiz, reflection, checklist. */
import { say, type Context } from '../../context.js';
import type { ChecklistBlock, LessonDoc, QuizBlock, ReflectBlock } from '../../core/lessons/types.js';
import { quizHint } from '../../core/lessons/quiz.js';
import type { StepResult } from '../../core/progress/types.js';
import type { Prompter } from '../../io/prompter.js';
import { writeText } from './write-text.js';

/** What a step returns: its result, or 'later' when the learner chose to stop here. */
export type StepOutcome = StepResult | 'later';

export async function runReading(ctx: Context, p: Prompter): Promise<StepOutcome> {
  await p.pause(ctx.t.start.pressEnter);
  return { kind: 'reading', at: new Date(ctx.now()).toISOString() };
}

/**
 * Two tries: a wrong first answer is marked wrong, with a hint (the lesson's, or where to look
 * again), never the answer; the explanation comes after the right answer or the second try.
 * Only the first try counts in the score.
 */
export async function runQuiz(
  ctx: Context,
  p: Prompter,
  quiz: QuizBlock,
  where: { doc: LessonDoc; index: number },
): Promise<StepOutcome> {
  const { t } = ctx;
  const s = ctx.style.err;
  const choices = Object.entries(quiz.choices).map(([value, text]) => ({
    value,
    name: `${value.toUpperCase()}. ${text}`,
  }));
  const ask = async () =>
    quiz.answer.length > 1
      ? (await p.checkbox(`${quiz.question}\n${t.quiz.pickAll}`, choices)).sort()
      : [await p.select(quiz.question, choices)];
  const first = await ask();
  let correct = sameLetters(first, quiz.answer);
  let attempts = 1;
  if (!correct) {
    say(ctx, s.red(`✘ ${t.quiz.wrong}`));
    const hint = quizHint(quiz, where.doc, where.index);
    say(ctx, s.yellow(hint.kind === 'lesson' ? t.quiz.hint(hint.text) : t.quiz.lookAgain(hint.step, hint.title)));
    correct = sameLetters(await ask(), quiz.answer);
    attempts = 2;
  }
  if (correct) say(ctx, s.green(`✔ ${t.quiz.right}`));
  else
    say(ctx, `${s.red(`✘ ${t.quiz.wrong}`)} ${t.quiz.answerWas(quiz.answer.map((a) => a.toUpperCase()).join(', '))}`);
  say(ctx, quiz.explain);
  return {
    kind: 'quiz',
    at: new Date(ctx.now()).toISOString(),
    firstTry: first,
    correct: sameLetters(first, quiz.answer),
    attempts,
  };
}

export async function runReflect(ctx: Context, p: Prompter, block: ReflectBlock): Promise<StepOutcome> {
  say(ctx, ctx.style.err.dim(ctx.t.reflect.note));
  const text = await writeText(ctx, p, {
    message: block.optional ? `${block.prompt} ${ctx.t.reflect.optional}` : block.prompt,
    optional: block.optional,
  });
  if (text === 'later') return 'later';
  return { kind: 'reflect', at: new Date(ctx.now()).toISOString(), ...(text && { text }) };
}

/** Every item must be ticked; asked again, the items already ticked stay ticked. */
export async function runChecklist(ctx: Context, p: Prompter, block: ChecklistBlock): Promise<StepOutcome> {
  let ticked: string[] = [];
  for (;;) {
    const choices = block.items.map((name, i) => ({ value: String(i), name, checked: ticked.includes(String(i)) }));
    ticked = await p.checkbox(ctx.t.checklist.prompt, choices);
    if (ticked.length === block.items.length)
      return { kind: 'checklist', at: new Date(ctx.now()).toISOString(), ticked: ticked.length };
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
