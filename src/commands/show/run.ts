/** `coach show LESSON [--step N] [--answers]`: a lesson without prompts, rendered on a terminal, Markdown when piped. */
import type { Context } from '../../context.js';
import { CoachError, EXIT } from '../../core/errors.js';
import { docIn, findLesson, trackOf } from '../../core/lessons/choose.js';
import type { Network } from '../../core/lessons/types.js';
import { lessonHeaderMarkdown, stepMarkdown, type LessonView } from '../../render/lesson.js';

export async function showMarkdown(
  ctx: Context,
  opts: { lesson: string; step?: number; answers?: boolean },
): Promise<string> {
  const catalog = await ctx.catalog();
  const lesson = findLesson(catalog, opts.lesson);
  const { doc } = docIn(lesson, ctx.lang);
  const total = doc.steps.length;
  if (opts.step !== undefined && opts.step > total) {
    throw new CoachError('step-out-of-range', { id: lesson.id, step: opts.step, total }, EXIT.usage);
  }
  let network: Network | undefined;
  try {
    network = ctx.store.read().settings.network;
  } catch {
    network = undefined; // reading a lesson must not depend on a healthy progress file
  }
  const view: LessonView = { t: ctx.t, network: doc.network ? network : undefined, answers: Boolean(opts.answers) };
  const steps = doc.steps
    .map((step, i) => ({ step, i }))
    .filter(({ i }) => opts.step === undefined || i === opts.step - 1);
  const parts =
    opts.step === undefined
      ? [lessonHeaderMarkdown(view, doc, trackOf(catalog, lesson)?.title[ctx.lang] ?? lesson.track)]
      : [];
  for (const { step, i } of steps) parts.push(stepMarkdown(view, step, i, total));
  return `${parts.join('\n\n')}\n`;
}

export async function run(ctx: Context, opts: { lesson: string; step?: number; answers?: boolean }): Promise<string> {
  const markdown = await showMarkdown(ctx, opts);
  if (!ctx.stdoutIsTerminal) {
    ctx.stdout.write(markdown);
    return markdown;
  }
  const { createMarkdownRenderer } = await import('../../render/markdown.js');
  ctx.stdout.write(`${createMarkdownRenderer({ width: ctx.width })(markdown)}\n`);
  return markdown;
}
