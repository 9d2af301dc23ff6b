/** The learner's informed yes before an enrolment that reports to an LRS is adopted (enroll, restore). */
import { say, type Context } from '../../context.js';
import { CoachError, EXIT } from '../../core/errors.js';
import type { Enrollment } from '../../core/sponsor/formats.js';
import { sanitiseLine } from '../../render/sanitise.js';

/**
 * With an LRS: refuses an address the coach would not send to (plain http elsewhere than this
 * machine), then shows the host and what goes there and asks; without a terminal, --yes is the
 * answer (exit 2 naming it otherwise). True when there is no LRS or the learner agrees.
 * `question`: the words of the question (restore asks about the backup's enrolment).
 */
export async function agreesToLrs(
  ctx: Context,
  enrollment: Enrollment,
  yes: boolean,
  question?: (host: string) => string,
): Promise<boolean> {
  const lrs = enrollment.program.lrs;
  if (!lrs) return true;
  const { checkEndpoint } = await import('../../io/lrs-client.js');
  const { LrsError } = await import('../../io/lrs-errors.js');
  let host: string;
  try {
    host = checkEndpoint(lrs.endpoint).host;
  } catch (error) {
    if (error instanceof LrsError) throw new CoachError('lrs-insecure', { endpoint: sanitiseLine(lrs.endpoint) });
    throw error;
  }
  say(ctx, ctx.t.enroll.lrsWhat(host, enrollment.learner.id));
  if (yes) return true;
  if (!ctx.interactive) throw new CoachError('enroll-lrs-consent', { host }, EXIT.usage);
  return (await ctx.prompter()).confirm((question ?? ctx.t.enroll.lrsConfirm)(host), false);
}
