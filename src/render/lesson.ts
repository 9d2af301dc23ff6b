/** A lesson, or one of its steps, as Markdown for reading (`show`) and for the runner (`start`). */
import type { Messages } from '../i18n/en.js';
import type { LessonDoc, Network, Step, TaskBlock } from '../core/lessons/types.js';
import { selectNetwork } from '../core/lessons/network.js';

export interface LessonView {
  t: Messages;
  network: Network | undefined;
  /** Show quiz answers and explanations (authors' preview). */
  answers: boolean;
}

export function lessonHeaderMarkdown(v: LessonView, doc: LessonDoc, trackTitle: string): string {
  return `# ${doc.title}\n\n*${trackTitle} · ${v.t.common.minutes(doc.minutes)}*\n\n**${v.t.show.objective}${v.t.common.colon}** ${doc.objective}`;
}

/** The step's own text, with only the learner's network sections (all of them, labelled, when none is chosen). */
export function stepBodyMarkdown(v: LessonView, step: Step): string {
  const names = (ns: Network[]) => v.t.show.forNetwork(ns.map((n) => v.t.common.networks[n]).join(', '));
  return selectNetwork(step.body, v.network, names);
}

export function stepTitleMarkdown(v: LessonView, step: Step, index: number, total: number): string {
  return `## ${v.t.common.step(index + 1, total)} · ${step.title}`;
}

/** The whole step for reading: title, text, and what its block asks, without prompting. */
export function stepMarkdown(v: LessonView, step: Step, index: number, total: number): string {
  const parts = [stepTitleMarkdown(v, step, index, total), stepBodyMarkdown(v, step)];
  const block = blockMarkdown(v, step);
  if (block) parts.push(block);
  return parts.filter((p) => p.trim() !== '').join('\n\n');
}

/** What the task asks, in full sentences, for the learner's network only (every network, named, when none is chosen). */
function taskSentence(v: LessonView, b: TaskBlock): string {
  const { t } = v;
  const name = (k: string) => t.task.evidenceNames[k] ?? k;
  let what: string;
  if (typeof b.evidence === 'string') what = name(b.evidence);
  else if (v.network && b.evidence[v.network]) what = name(b.evidence[v.network]!);
  else
    what = Object.entries(b.evidence)
      .map(([n, k]) => t.show.onNetwork(t.common.networks[n as Network], name(k!)))
      .join(t.show.or);
  if (b.count > 1) what = t.show.count(what, b.count);
  return [t.show.evidence(what), b.draftOk ? t.show.draftOk : ''].filter(Boolean).join(' ');
}

function blockMarkdown(v: LessonView, step: Step): string | undefined {
  const { t } = v;
  const b = step.block;
  if (!b) return undefined;
  switch (b.kind) {
    case 'quiz': {
      const lines = [
        `**${t.show.quiz}${t.common.colon}** ${b.question}`,
        '',
        ...Object.entries(b.choices).map(([k, c]) => `- **${k.toUpperCase()}.** ${c}`),
      ];
      if (v.answers)
        lines.push(
          '',
          `**${t.show.answer}${t.common.colon}** ${b.answer.map((a) => a.toUpperCase()).join(', ')}`,
          '',
          `**${t.show.explain}${t.common.colon}** ${b.explain}`,
        );
      return lines.join('\n');
    }
    case 'task':
      return `**${t.show.task}${t.common.colon}** ${taskSentence(v, b)}`;
    case 'reflect':
      return `**${t.show.reflect}${t.common.colon}** ${b.prompt}\n\n*${t.reflect.note}*`;
    case 'checklist':
      return [`**${t.show.checklist}${t.common.colon}**`, '', ...b.items.map((i) => `- ${i}`)].join('\n');
  }
}
