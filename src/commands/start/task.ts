/**
 * The task step: asks for the evidence the lesson names, checks it, explains a refusal with an
 * example and asks again. Links and texts stay on this computer (privacy by design).
 */
import { say, type Context } from '../../context.js';
import type { Network, TaskBlock } from '../../core/lessons/types.js';
import type { EvidenceItem } from '../../core/progress/types.js';
import type { AcceptedLink, Refusal } from '../../core/evidence/types.js';
import { evidenceFor } from '../../core/lessons/network.js';
import { checkLink, EXAMPLES, type LinkKind } from '../../core/evidence/links.js';
import { acceptDistinct } from '../../core/evidence/count.js';
import { checkText, insideInformationHints, xWeightedLength } from '../../core/evidence/text.js';
import type { Prompter } from '../../io/prompter.js';
import type { StepOutcome } from './steps.js';

/** X counts a post's length its own way; a draft of an X post is held to it. */
const X_MAX = 280;

export async function runTask(ctx: Context, p: Prompter, task: TaskBlock, network: Network | undefined, startedAt: number): Promise<StepOutcome> {
  const kind = evidenceFor(task.evidence, network);
  const at = () => new Date(ctx.now()).toISOString();
  if (kind === 'attest') {
    const answer = await p.select(task.prompt ?? ctx.t.task.attest, [
      { value: 'yes', name: ctx.t.task.attestYes },
      { value: 'later', name: ctx.t.task.doLater },
    ]);
    return answer === 'yes' ? { kind: 'task', at: at(), evidence: 'attest', mode: 'attested' } : 'later';
  }
  if (kind === 'text') {
    const text = await askText(ctx, p, task.prompt ?? ctx.t.task.textPrompt, task, task.length ?? 'chars');
    if (text === undefined) return 'later';
    const warnings = task.warn === 'inside-information' ? warnInside(ctx, text) : [];
    return { kind: 'task', at: at(), evidence: 'text', mode: 'live', text, ...(warnings.length > 0 && { warnings }) };
  }
  for (;;) {
    const how = await p.select(ctx.t.task.howDone, [
      { value: 'link', name: ctx.t.task.pasteLink },
      ...(task.draftOk ? [{ value: 'draft', name: ctx.t.task.asDraft }] : []),
      { value: 'later', name: ctx.t.task.doLater },
    ]);
    if (how === 'later') return 'later';
    if (how === 'draft') {
      const isX = kind === 'x-post';
      const draft = await askText(ctx, p, ctx.t.task.draftPrompt, { ...(isX ? { max: X_MAX } : task.max !== undefined ? { max: task.max } : {}) }, isX ? 'x' : 'chars');
      if (draft === undefined) continue;
      say(ctx, ctx.style.err.green(ctx.t.task.draftAccepted));
      return { kind: 'task', at: at(), evidence: kind, mode: 'draft', text: draft };
    }
    const items = await askLinks(ctx, p, kind as LinkKind, task, startedAt);
    if (items) return { kind: 'task', at: at(), evidence: kind, mode: 'live', items };
  }
}

/** Asks for `count` distinct links; undefined when the learner leaves with an empty line. */
async function askLinks(ctx: Context, p: Prompter, kind: LinkKind, task: TaskBlock, startedAt: number): Promise<EvidenceItem[] | undefined> {
  const accepted: AcceptedLink[] = [];
  const items: EvidenceItem[] = [];
  const name = ctx.t.task.evidenceNames[kind] ?? kind;
  while (accepted.length < task.count) {
    const number = task.count > 1 ? ctx.t.task.linkNumber(accepted.length + 1, task.count) : '';
    const input = (await p.input(`${ctx.t.task.linkPrompt(name)}${number}`)).trim();
    if (input === '') return undefined;
    const result = checkLink(kind, input, { startedAt, now: ctx.now(), ...(task.channel && { channel: task.channel }), ...(task.pattern && { pattern: task.pattern }) });
    if (!result.ok) {
      refuse(ctx, refusalText(ctx, result, name));
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

/** Asks for a text until it fits the limits; undefined when the learner leaves with nothing typed. */
async function askText(ctx: Context, p: Prompter, message: string, limits: Pick<TaskBlock, 'min' | 'max' | 'minLines'>, length: 'chars' | 'x'): Promise<string | undefined> {
  say(ctx, ctx.style.err.dim(ctx.t.task.privateNote));
  for (;;) {
    const text = (await p.multiline(message)).trim();
    if (text === '') return undefined;
    const check = checkText(text, { ...limits, length });
    if (length === 'x') say(ctx, ctx.style.err.dim(ctx.t.task.xLength(xWeightedLength(text), limits.max ?? X_MAX)));
    if (check.ok) return text;
    const r = ctx.t.task.refusals;
    refuse(ctx, check.code === 'empty' ? r.empty : r[check.code](check.limit, check.length));
  }
}

function warnInside(ctx: Context, text: string): string[] {
  const hints = insideInformationHints(text);
  if (hints.length > 0) say(ctx, ctx.style.err.yellow(ctx.t.task.insideWarning(hints)));
  return hints;
}

function refusalText(ctx: Context, refusal: Refusal, name: string): string {
  const r = ctx.t.task.refusals;
  const when = (ms: number | undefined) => (ms === undefined ? '' : new Intl.DateTimeFormat(ctx.lang, { dateStyle: 'medium', timeStyle: 'short' }).format(ms));
  const example = refusal.example ?? EXAMPLES[refusal.kind as LinkKind];
  const lines: string[] = [];
  switch (refusal.code) {
    case 'empty': lines.push(r.empty); break;
    case 'not-a-link': lines.push(r['not-a-link'](name)); break;
    case 'not-https': lines.push(r['not-https']); break;
    case 'wrong-shape': lines.push(r['wrong-shape'](name)); break;
    case 'before-start': lines.push(r['before-start'](when(refusal.time))); break;
    case 'in-future': lines.push(r['in-future'](when(refusal.time))); break;
    case 'not-public-channel': lines.push(r['not-public-channel']); break;
    case 'pattern-mismatch': lines.push(r['pattern-mismatch']); break;
  }
  if (example && refusal.code !== 'before-start' && refusal.code !== 'in-future') lines.push(r.example(example));
  lines.push(r.tryAgain);
  return lines.join('\n');
}

function refuse(ctx: Context, message: string): void {
  say(ctx, ctx.style.err.yellow(message));
}
