/**
 * Writing a text in a lesson (a post, a draft, a reflection): the editor with the live count, the
 * checks the platform imposes (a refused text comes back for editing, never to retype), the coach's
 * feedback for posts with one suggestion at a time, and a question when nothing was written.
 */
import { say, type Context } from '../../context.js';
import { feedbackOn, measure, type Platform } from '../../core/evidence/feedback.js';
import { checkText, type TextCheckOptions } from '../../core/evidence/text.js';
import type { Prompter } from '../../io/prompter.js';
import { feedbackLines, lengthLine } from '../../render/feedback.js';

export interface TextRequest {
  message: string;
  /** Limits that block (the platform's, or the lesson's). */
  limits?: TextCheckOptions;
  /** A post: the writing coach's feedback for this platform. */
  post?: { platform: Platform; warnInside: boolean };
  /** A reflection that may be left empty. */
  optional?: boolean;
  initial?: string;
}

/** The text the learner kept, or 'later' when they chose to come back to it. */
export async function writeText(ctx: Context, p: Prompter, request: TextRequest): Promise<string | 'later'> {
  const { t } = ctx;
  const limits = request.limits ?? {};
  const platform = request.post?.platform ?? (limits.length === 'x' ? 'x' : 'other');
  const status = (text: string) =>
    limits.max !== undefined || request.post || limits.length === 'x'
      ? lengthLine(t, measure(text, platform, limits.max))
      : '';
  let text = request.initial ?? '';
  for (;;) {
    text = (await p.write({ message: request.message, initial: text, status })).trim();
    if (text === '') {
      if (request.optional) return '';
      const next = await p.select(t.write.emptyQuestion, [
        { value: 'write', name: t.write.writeNow },
        { value: 'later', name: t.write.later },
      ]);
      if (next === 'later') return 'later';
      continue;
    }
    const check = checkText(text, limits);
    if (!check.ok) {
      const r = t.task.refusals;
      say(ctx, ctx.style.err.yellow(check.code === 'empty' ? r.empty : r[check.code](check.limit, check.length)));
      say(ctx, ctx.style.err.dim(t.write.backForEditing));
      continue;
    }
    if (!request.post) return text;
    const feedback = feedbackOn(text, request.post.platform, {
      ...(limits.max !== undefined && { max: limits.max }),
      warnInside: request.post.warnInside,
    });
    for (const line of feedbackLines(t, feedback, ctx.style.err)) say(ctx, line);
    if (!feedback.suggestion) return text;
    const next = await p.select(t.write.keepOrEdit, [
      { value: 'keep', name: t.write.keep },
      { value: 'edit', name: t.write.edit },
    ]);
    if (next === 'keep') return text;
  }
}
