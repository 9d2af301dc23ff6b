/**
 * `coach enroll FILE [--yes]`: joins a sponsor's programme from the enrolment file HR sent. The
 * file arrives by e-mail, unsigned: when it names a learning record store, the learner is shown
 * the host and exactly what will be sent there, and says yes (on a terminal, or with --yes).
 */
import path from 'node:path';
import { say, type Context } from '../../context.js';
import { CoachError, EXIT } from '../../core/errors.js';
import { enrollmentSchema, type Enrollment } from '../../core/sponsor/formats.js';
import { isFolder } from '../../io/files.js';
import { readJson } from '../../io/sponsor-files.js';
import { daysLeft } from '../../core/sponsor/dates.js';
import { sanitiseLine } from '../../render/sanitise.js';
import { agreesToLrs } from './consent.js';

export async function run(ctx: Context, opts: { file: string; yes?: boolean }): Promise<Enrollment> {
  const file = path.resolve(ctx.cwd, opts.file);
  const enrollment = readJson(file, enrollmentSchema, 'exec-coach enrolment file');
  const current = ctx.store.read().enrollment;
  const t = ctx.t.enroll;
  const title = (e: Enrollment) => sanitiseLine(e.program.title);
  if (current && current.id === enrollment.id) {
    say(ctx, t.already(title(current)));
    return current;
  }
  if (!(await agreesToLrs(ctx, enrollment, Boolean(opts.yes)))) {
    say(ctx, t.cancelled);
    return current ?? enrollment;
  }
  if (current && !opts.yes) {
    // Joining another programme (or re-joining with a new invitation) is never silent.
    const sameProgram = current.program.id === enrollment.program.id && current.learner.id === enrollment.learner.id;
    const question = sameProgram ? t.confirmRenew(title(current)) : t.confirmReplace(title(current), title(enrollment));
    if (!ctx.interactive)
      throw new CoachError('enroll-confirm', { current: title(current), next: title(enrollment) }, EXIT.usage);
    if (!(await (await ctx.prompter()).confirm(question, false))) {
      say(ctx, t.cancelled);
      return current;
    }
  }
  // A programme may ship lessons of its own (its `lessons` folder, beside the enrolment file).
  const shipped = enrollment.program.lessons ? path.resolve(path.dirname(file), enrollment.program.lessons) : undefined;
  if (shipped && !isFolder(shipped)) say(ctx, ctx.style.err.yellow(ctx.t.enroll.lessonsMissing(shipped)));
  const programLessons = shipped && isFolder(shipped) ? shipped : undefined;
  await ctx.store.update(({ programLessons: _old, ...s }) => ({
    ...s,
    enrollment,
    ...(programLessons && { programLessons }),
  }));
  const catalog = await ctx.catalog();
  const known = new Set(catalog.lessons.map((l) => l.id));
  const missing = enrollment.program.required.filter((id) => !known.has(id));
  say(
    ctx,
    ctx.style.err.green(t.welcome(title(enrollment), sanitiseLine(enrollment.learner.name ?? enrollment.learner.id))),
  );
  say(
    ctx,
    t.details(enrollment.program.required.length, enrollment.program.due, daysLeft(enrollment.program.due, ctx.now())),
  );
  if (missing.length > 0) say(ctx, ctx.style.err.yellow(t.missingLessons(missing.join(', '))));
  say(ctx, t.next);
  return enrollment;
}
