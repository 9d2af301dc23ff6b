/**
 * The task step: asks for the evidence the lesson names, checks it, explains a refusal with an
 * example and asks again. A post written in an earlier step is handed back, ready to copy, at the
 * step that publishes it. Links and texts stay on this computer (privacy by design).
 */
import { say, type Context } from '../../context.js';
import type { AcceptedLink, Refusal } from '../../core/evidence/types.js';
import { acceptDistinct } from '../../core/evidence/count.js';
import type { Platform } from '../../core/evidence/feedback.js';
import { checkLink, EXAMPLES, type LinkKind } from '../../core/evidence/links.js';
import { insideInformationHints } from '../../core/evidence/text.js';
import { evidenceFor } from '../../core/lessons/network.js';
import type { Network, TaskBlock } from '../../core/lessons/types.js';
import { earlierText } from '../../core/progress/drafts.js';
import type { EvidenceItem, StepResult } from '../../core/progress/types.js';
import type { Prompter } from '../../io/prompter.js';
import { clipboardSequence } from '../../render/clipboard.js';
import type { StepOutcome } from './steps.js';
import { writeText } from './write-text.js';

/** Where the task sits: the learner's network, when the lesson started, what earlier steps gave, the platform. */
export interface TaskPlace {
  network: Network | undefined;
  /** Links must be dated after this (the lesson's start; for `coach today`, the start of the day). */
  startedAt: number;
  earlier: readonly StepResult[];
  platform: Platform;
  /** `today`: the day's practice, whose links date from today (the refusal says so). */
  since?: 'lesson' | 'today';
}

/** The writing coach's rules follow the platform of the lesson's track. */
export function platformOf(track: string): Platform {
  return track === 'x' ? 'x' : track === 'linkedin' ? 'linkedin' : 'other';
}

export async function runTask(ctx: Context, p: Prompter, task: TaskBlock, place: TaskPlace): Promise<StepOutcome> {
  const kind = evidenceFor(task.evidence, place.network);
  const at = () => new Date(ctx.now()).toISOString();
  if (kind === 'attest') {
    const answer = await p.select(task.prompt ?? ctx.t.task.attest, [
      { value: 'yes', name: ctx.t.task.attestYes },
      { value: 'later', name: ctx.t.task.doLater },
    ]);
    return answer === 'yes' ? { kind: 'task', at: at(), evidence: 'attest', mode: 'attested' } : 'later';
  }
  if (kind === 'text') {
    say(ctx, ctx.style.err.dim(ctx.t.task.privateNote));
    const post = task.warn === 'inside-information' ? { platform: place.platform, warnInside: true } : undefined;
    const text = await writeText(ctx, p, {
      message: task.prompt ?? ctx.t.task.textPrompt,
      limits: { ...task, length: task.length ?? 'chars' },
      ...(post && { post }),
    });
    if (text === 'later') return 'later';
    const warnings = task.warn === 'inside-information' ? insideInformationHints(text) : [];
    return { kind: 'task', at: at(), evidence: 'text', mode: 'live', text, ...(warnings.length > 0 && { warnings }) };
  }
  const draft = task.draftOk ? earlierText(place.earlier) : undefined;
  if (draft) handBack(ctx, draft.text, draft.step);
  for (;;) {
    const how = await p.select(ctx.t.task.howDone, [
      { value: 'link', name: ctx.t.task.pasteLink },
      ...(task.draftOk
        ? [{ value: 'draft', name: draft ? ctx.t.draft.keepEarlier(draft.step) : ctx.t.task.asDraft }]
        : []),
      { value: 'later', name: ctx.t.task.doLater },
    ]);
    if (how === 'later') return 'later';
    if (how === 'draft') {
      const text = draft?.text ?? (await askDraft(ctx, p, task, kind));
      if (text === 'later') continue;
      say(ctx, ctx.style.err.green(ctx.t.task.draftAccepted));
      return { kind: 'task', at: at(), evidence: kind, mode: 'draft', text };
    }
    const items = await askLinks(ctx, p, kind as LinkKind, task, place);
    if (items) return { kind: 'task', at: at(), evidence: kind, mode: 'live', items };
  }
}

/** The draft written earlier in the lesson, printed plainly (ready to copy) and sent to the clipboard. */
function handBack(ctx: Context, text: string, step: number): void {
  say(ctx, ctx.style.err.bold(ctx.t.draft.yourDraft(step)));
  ctx.stderr.write(`\n${text}\n\n`);
  // OSC 52: the terminal puts it on the clipboard, over SSH and in tmux (set-clipboard on) too.
  if (ctx.stderr.isTTY) ctx.stderr.write(clipboardSequence(text));
  say(ctx, ctx.style.err.dim(ctx.t.draft.copied));
}

/** No earlier text: the draft is written here, held to the platform's limit. */
async function askDraft(ctx: Context, p: Prompter, task: TaskBlock, kind: string): Promise<string | 'later'> {
  const isX = kind === 'x-post';
  const limits = isX
    ? { max: 280, length: 'x' as const }
    : { ...(task.max !== undefined && { max: task.max }), length: 'chars' as const };
  const platform: Platform = isX ? 'x' : kind.startsWith('linkedin') ? 'linkedin' : 'other';
  return writeText(ctx, p, { message: ctx.t.task.draftPrompt, limits, post: { platform, warnInside: true } });
}

/** Asks for `count` distinct links; undefined when the learner leaves with an empty line. */
async function askLinks(
  ctx: Context,
  p: Prompter,
  kind: LinkKind,
  task: TaskBlock,
  place: Pick<TaskPlace, 'startedAt' | 'since'>,
): Promise<EvidenceItem[] | undefined> {
  const { startedAt } = place;
  const accepted: AcceptedLink[] = [];
  const items: EvidenceItem[] = [];
  const name = ctx.t.task.evidenceNames[kind] ?? kind;
  while (accepted.length < task.count) {
    const number = task.count > 1 ? ctx.t.task.linkNumber(accepted.length + 1, task.count) : '';
    const input = (await p.input(`${ctx.t.task.linkPrompt(name)}${number}`)).trim();
    if (input === '') return undefined;
    const result = checkLink(kind, input, {
      startedAt,
      now: ctx.now(),
      ...(task.channel && { channel: task.channel }),
      ...(task.pattern && { pattern: task.pattern }),
    });
    if (!result.ok) {
      refuse(ctx, refusalText(ctx, result, name, task.example, place.since));
      continue;
    }
    const verdict = acceptDistinct(accepted, result, { distinctParent: kind === 'linkedin-comment' });
    if (verdict !== 'ok') {
      refuse(ctx, ctx.t.task.refusals[verdict]);
      continue;
    }
    accepted.push(result);
    items.push({ key: result.key, value: input, ...(result.time !== undefined && { time: result.time }) });
    say(ctx, ctx.style.err.green(ctx.t.task.accepted));
  }
  return items;
}

function refusalText(
  ctx: Context,
  refusal: Refusal,
  name: string,
  lessonExample: string | undefined,
  since: TaskPlace['since'],
): string {
  const r = ctx.t.task.refusals;
  const when = (ms: number | undefined) =>
    ms === undefined ? '' : new Intl.DateTimeFormat(ctx.lang, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
  // A lesson's own pattern comes with its own example: the generic one would not match it.
  const example =
    refusal.kind === 'url'
      ? (lessonExample ?? refusal.example ?? EXAMPLES.url)
      : (refusal.example ?? EXAMPLES[refusal.kind as LinkKind]);
  const lines: string[] = [];
  switch (refusal.code) {
    case 'empty':
      lines.push(r.empty);
      break;
    case 'not-a-link':
      lines.push(r['not-a-link'](name));
      break;
    case 'not-https':
      lines.push(r['not-https']);
      break;
    case 'wrong-shape':
      lines.push(r['wrong-shape'](name));
      break;
    case 'before-start':
      lines.push((since === 'today' ? r.beforeToday : r['before-start'])(when(refusal.time)));
      break;
    case 'in-future':
      lines.push(r['in-future'](when(refusal.time)));
      break;
    case 'not-public-channel':
      lines.push(r['not-public-channel']);
      break;
    case 'pattern-mismatch':
      lines.push(r['pattern-mismatch']);
      break;
  }
  if (example && refusal.code !== 'before-start' && refusal.code !== 'in-future') lines.push(r.example(example));
  lines.push(r.tryAgain);
  return lines.join('\n');
}

function refuse(ctx: Context, message: string): void {
  say(ctx, ctx.style.err.yellow(message));
}
