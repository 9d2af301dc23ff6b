/** Builds the answers that complete a lesson through the runner, from the lesson itself. */
import type { LessonDoc, Network } from '../../src/core/lessons/types.js';
import { evidenceFor } from '../../src/core/lessons/network.js';
import type { Answer } from './prompter.js';
import { lessonDone } from '../../src/core/progress/next.js';
import type { Store } from '../../src/core/progress/types.js';
import { linkFor } from './links.js';

/**
 * A text that meets the limits of a `text` task, and that the writing coach has nothing to say
 * about (its point first, a question at the end), so no feedback question comes up.
 */
export function textFor(limits: { min?: number; max?: number; minLines?: number }): string {
  const lines = Math.max(limits.minLines ?? 1, 1);
  const out = Array.from({ length: lines }, (_, i) => `Point ${i + 1}: listen to the teams`);
  while (out.join('\n').length + 14 < (limits.min ?? 0)) out[lines > 1 ? 1 : 0] += ' and answer them';
  const text = `${out.join('\n')}. What else?`;
  return limits.max !== undefined && text.length > limits.max ? `${text.slice(0, limits.max - 1).trim()}?` : text;
}

/**
 * Answers for every prompt of `doc` from step `from`, in order. `network` is answered first when
 * the lesson adapts to it and `askNetwork` is set. Links carry the time `now`.
 */
/** `store`: the learner's progress before the run, to know whether the lesson's prerequisites are done. */
export function answersFor(
  doc: LessonDoc,
  opts: {
    now: number;
    network?: Network;
    askNetwork?: boolean;
    draft?: boolean;
    from?: number;
    prerequisitesDone?: boolean;
    store?: Store;
  },
): Answer[] {
  const answers: Answer[] = [];
  // A lesson that builds on another not done yet asks, when it starts, whether to do that one first.
  const done =
    opts.prerequisitesDone ??
    (opts.store !== undefined && (doc.requires ?? []).every((id) => lessonDone(opts.store!, id)));
  if ((opts.from ?? 0) === 0 && (doc.requires?.length ?? 0) > 0 && !done) answers.push('go');
  if (doc.network && opts.askNetwork) answers.push(opts.network ?? 'viva-engage');
  const from = opts.from ?? 0;
  for (const [i, step] of doc.steps.entries()) {
    if (i < from) continue;
    const b = step.block;
    // A text written earlier in the lesson is what a publishing step keeps as its draft.
    const earlierText = doc.steps
      .slice(0, i)
      .some((s) => s.block?.kind === 'task' && evidenceFor(s.block.evidence, opts.network ?? 'viva-engage') === 'text');
    if (!b) answers.push('');
    else if (b.kind === 'quiz') answers.push(b.answer.length > 1 ? b.answer : b.answer[0]!);
    else if (b.kind === 'reflect') answers.push('A private thought.');
    else if (b.kind === 'checklist') answers.push(b.items.map((_, i) => String(i)));
    else {
      const kind = evidenceFor(b.evidence, doc.network ? (opts.network ?? 'viva-engage') : undefined);
      if (kind === 'attest') answers.push('yes');
      else if (kind === 'text') answers.push(textFor(b));
      else if (opts.draft && b.draftOk)
        answers.push(...(earlierText ? ['draft'] : ['draft', 'My draft, kept on this computer. What do you think?']));
      else {
        answers.push('link');
        for (let n = 0; n < b.count; n++) answers.push(linkFor(kind, opts.now, n));
      }
    }
  }
  return answers;
}
