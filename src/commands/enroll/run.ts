/** `coach enroll FILE [--yes]`: joins a sponsor's programme from the enrolment file HR sent. */
import path from 'node:path';
import { say, type Context } from '../../context.js';
import { CoachError, EXIT } from '../../core/errors.js';
import { enrollmentSchema, type Enrollment } from '../../core/sponsor/formats.js';
import { readJson } from '../../io/sponsor-files.js';
import { daysLeft } from '../../core/sponsor/dates.js';

export async function run(ctx: Context, opts: { file: string; yes?: boolean }): Promise<Enrollment> {
  const file = path.resolve(ctx.cwd, opts.file);
  const enrollment = readJson(file, enrollmentSchema, 'exec-coach enrolment file');
  const current = ctx.store.read().enrollment;
  const t = ctx.t.enroll;
  if (current && current.id === enrollment.id) {
    say(ctx, t.already(current.program.title));
    return current;
  }
  if (current && !opts.yes) {
    // Joining another programme (or re-joining with a new invitation) is never silent.
    const sameProgram = current.program.id === enrollment.program.id && current.learner.id === enrollment.learner.id;
    const question = sameProgram ? t.confirmRenew(current.program.title) : t.confirmReplace(current.program.title, enrollment.program.title);
    if (!ctx.interactive) throw new CoachError('enroll-confirm', { current: current.program.title, next: enrollment.program.title }, EXIT.usage);
    if (!(await (await ctx.prompter()).confirm(question, false))) {
      say(ctx, t.cancelled);
      return current;
    }
  }
  await ctx.store.update((s) => ({ ...s, enrollment }));
  const catalog = await ctx.catalog();
  const known = new Set(catalog.lessons.map((l) => l.id));
  const missing = enrollment.program.required.filter((id) => !known.has(id));
  say(ctx, ctx.style.err.green(t.welcome(enrollment.program.title, enrollment.learner.name ?? enrollment.learner.id)));
  say(ctx, t.details(enrollment.program.required.length, enrollment.program.due, daysLeft(enrollment.program.due, ctx.now())));
  if (missing.length > 0) say(ctx, ctx.style.err.yellow(t.missingLessons(missing.join(', '))));
  say(ctx, t.next);
  return enrollment;
}
