/** The LRS part of `coach doctor`: is the programme's store reachable, and does it accept this learner? */
import type { Context } from '../../context.js';
import { CoachError } from '../../core/errors.js';
import type { Enrollment } from '../../core/sponsor/formats.js';
import { errorMessage } from '../../render/error-message.js';
import { sanitiseLine } from '../../render/sanitise.js';
import type { Check } from '../../render/doctor.js';

/** Bounded to a few seconds: a check-up must not hang on a silent server. */
export async function lrsChecks(ctx: Context, enrollment: Enrollment): Promise<Check[]> {
  const { LrsClient } = await import('../../io/lrs-client.js');
  const { LrsError } = await import('../../io/lrs-errors.js');
  const { enrolmentPassword } = await import('../../io/xapi-sync.js');
  const { StatementQueue } = await import('../../io/xapi-queue.js');
  const lrs = enrollment.program.lrs!;
  const checks: Check[] = [
    { name: 'lrs-queue', ok: true, detail: ctx.t.sync.doctorQueue(new StatementQueue(ctx.home).count()) },
  ];
  try {
    const password = enrolmentPassword(ctx.home, enrollment, ctx.env);
    const client = new LrsClient({
      endpoint: lrs.endpoint,
      ...(lrs.username !== undefined && { username: lrs.username }),
      ...(password !== undefined && { password }),
      budgetMs: 5_000,
      timeoutMs: 4_000,
      maxAttempts: 2,
    });
    await client.getJson('about');
    await client.getJson('statements?limit=1');
    checks.unshift({ name: 'lrs', ok: true, detail: ctx.t.sync.doctorOk(lrs.endpoint) });
  } catch (error) {
    checks.unshift({ name: 'lrs', ok: false, detail: ctx.t.sync.doctorBad(lrs.endpoint, why(ctx, error, LrsError)) });
  }
  return checks;
}

function why(ctx: Context, error: unknown, LrsError: typeof import('../../io/lrs-errors.js').LrsError): string {
  if (error instanceof LrsError) {
    const f = error.failure;
    // The LRS's own words come from outside: never raw to the terminal (or the JSON of --json).
    return sanitiseLine(
      'message' in f ? `HTTP ${f.status}: ${f.message}` : 'detail' in f ? f.detail : 'link' in f ? f.link : 'not https',
    );
  }
  return error instanceof CoachError ? errorMessage(ctx.t, error).split('\n')[0]! : String(error);
}
