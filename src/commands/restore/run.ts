/**
 * `coach restore FILE [--yes]`: brings progress back from a backup, lesson by lesson; newer
 * progress on this computer is never replaced by older. A backup is a file like any other from
 * outside: its enrolment is checked as `coach enroll` checks one, and adopted only on its own yes.
 */
import path from 'node:path';
import { say, type Context } from '../../context.js';
import { CoachError, EXIT } from '../../core/errors.js';
import { mergeBackup } from '../../core/progress/merge.js';
import type { Store } from '../../core/progress/types.js';
import { enrollmentSchema, type Enrollment } from '../../core/sponsor/formats.js';
import { readBackup } from '../../io/backup-file.js';
import { sanitiseLine } from '../../render/sanitise.js';
import { agreesToLrs } from '../enroll/consent.js';

export async function run(ctx: Context, opts: { file: string; yes?: boolean }): Promise<{ restored: string[] }> {
  const { enrollment: offered, ...incoming } = readBackup(path.resolve(ctx.cwd, opts.file));
  const local = ctx.store.read();
  const candidate = local.enrollment || !offered ? undefined : checkedEnrollment(ctx, offered);
  const preview = mergeBackup(local, incoming);
  const t = ctx.t.backup;
  say(ctx, t.plan(preview.restored.length, preview.keptLocal.length, preview.completionsAdded));
  const work = preview.restored.length > 0 || preview.completionsAdded > 0;
  if (!work && !candidate) {
    say(ctx, t.nothing);
    return { restored: [] };
  }
  if (!opts.yes && !ctx.interactive) throw new CoachError('input-needed', { what: t.needsYes }, EXIT.usage);
  if (work && !opts.yes && !(await (await ctx.prompter()).confirm(t.confirm, true))) {
    say(ctx, t.cancelled);
    return { restored: [] };
  }
  const enrollment = candidate && (await adopts(ctx, candidate, Boolean(opts.yes))) ? candidate : undefined;
  if (candidate && !enrollment) say(ctx, t.enrollmentSkipped);
  // Merged again under the lock, against the store as it is now (another terminal may have saved meanwhile).
  await ctx.store.update((current) => {
    const merged = mergeBackup(current, incoming).store;
    return enrollment && !merged.enrollment ? { ...merged, enrollment } : merged;
  });
  say(ctx, ctx.style.err.green(t.done(preview.restored.length)));
  if (preview.keptLocal.length > 0) say(ctx, t.kept(preview.keptLocal.join(', ')));
  return { restored: preview.restored };
}

/** The backup's enrolment, if it passes the very schema `coach enroll` applies; otherwise says why. */
function checkedEnrollment(ctx: Context, offered: NonNullable<Store['enrollment']>): Enrollment | undefined {
  const parsed = enrollmentSchema.safeParse(offered);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.filter((p) => typeof p !== 'symbol').join('.') || '(enrolment)';
  say(ctx, ctx.style.err.yellow(ctx.t.backup.enrollmentInvalid(sanitiseLine(field), sanitiseLine(issue.message))));
  return undefined;
}

/** Its own question: the lessons are the learner's, the enrolment decides what is sent where. */
async function adopts(ctx: Context, enrollment: Enrollment, yes: boolean): Promise<boolean> {
  const title = sanitiseLine(enrollment.program.title);
  if (enrollment.program.lrs)
    return agreesToLrs(ctx, enrollment, yes, (host) => ctx.t.backup.enrollmentAsk(title, host));
  return yes || (await ctx.prompter()).confirm(ctx.t.backup.enrollmentAsk(title, ''), false);
}
