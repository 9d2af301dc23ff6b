/** `coach doctor [--fix]`: checks the installation, the progress file and the lessons; `--fix` never loses data. */
import { safeJson } from '../render/json.js';
import { existsSync } from 'node:fs';
import { MAX_STATE_BYTES, readRegularFile } from '../io/files.js';
import { out, say, type Context } from '../context.js';
import { CoachError } from '../core/errors.js';
import { recoverStore } from '../core/progress/recover.js';
import { errorMessage } from '../cli/error-message.js';
import type { Enrollment } from '../core/sponsor/formats.js';

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

/** Is the programme's LRS reachable, and does it accept this learner's credentials? Bounded to a few seconds. */
async function lrsChecks(ctx: Context, enrollment: Enrollment): Promise<Check[]> {
  const { LrsClient, LrsError } = await import('../io/lrs-client.js');
  const { lrsPassword } = await import('../io/xapi-sync.js');
  const { StatementQueue } = await import('../io/xapi-queue.js');
  const lrs = enrollment.program.lrs!;
  const checks: Check[] = [{ name: 'lrs-queue', ok: true, detail: ctx.t.sync.doctorQueue(new StatementQueue(ctx.home).count()) }];
  try {
    const password = lrsPassword(ctx.home, enrollment, ctx.env);
    const client = new LrsClient({ endpoint: lrs.endpoint, ...(lrs.username !== undefined && { username: lrs.username }), ...(password !== undefined && { password }), budgetMs: 5_000, timeoutMs: 4_000, maxAttempts: 2 });
    await client.getJson('about');
    await client.getJson('statements?limit=1');
    checks.unshift({ name: 'lrs', ok: true, detail: ctx.t.sync.doctorOk(lrs.endpoint) });
  } catch (error) {
    const why = error instanceof LrsError ? ('message' in error.failure ? `HTTP ${error.failure.status}: ${error.failure.message}` : 'detail' in error.failure ? error.failure.detail : 'not https') : error instanceof CoachError ? errorMessage(ctx.t, error).split('\n')[0]! : String(error);
    checks.unshift({ name: 'lrs', ok: false, detail: ctx.t.sync.doctorBad(lrs.endpoint, why) });
  }
  return checks;
}

export async function run(ctx: Context, opts: { fix?: boolean; json?: boolean }): Promise<{ checks: Check[]; fixed?: string }> {
  const { t } = ctx;
  const checks: Check[] = [];
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  const nodeOk = major > 20 || (major === 20 && minor >= 19);
  checks.push({ name: 'node', ok: nodeOk, detail: nodeOk ? t.doctor.node(process.versions.node) : t.doctor.nodeOld(process.versions.node) });
  checks.push({ name: 'home', ok: true, detail: t.doctor.home(ctx.home) });

  let storeError: CoachError | undefined;
  try {
    const store = ctx.store.read();
    checks.push({ name: 'store', ok: true, detail: existsSync(ctx.store.file) ? t.doctor.storeOk(Object.keys(store.lessons).length) : t.doctor.storeFresh });
  } catch (error) {
    if (!(error instanceof CoachError)) throw error;
    storeError = error;
    checks.push({ name: 'store', ok: false, detail: `${t.doctor.storeBad}\n    ${errorMessage(t, error).split('\n')[0]}` });
  }
  try {
    const catalog = await ctx.catalog();
    const errors = catalog.issues.filter((i) => i.severity === 'error').length;
    checks.push({ name: 'lessons', ok: true, detail: t.doctor.lessons(catalog.lessons.length, 1 + ctx.lessonDirs.length) });
    if (errors > 0) checks.push({ name: 'lesson-problems', ok: false, detail: t.doctor.lessonProblems(errors) });
  } catch (error) {
    checks.push({ name: 'lessons', ok: false, detail: error instanceof CoachError ? errorMessage(t, error) : String(error) });
  }
  const enrollment = storeError ? undefined : ctx.store.read().enrollment;
  if (enrollment?.program.lrs) checks.push(...(await lrsChecks(ctx, enrollment)));
  const { findLeftovers, removeLeftovers } = await import('../io/leftovers.js');
  const leftovers = findLeftovers(ctx.home, ctx.now());
  if (leftovers.length > 0) checks.push({ name: 'leftovers', ok: Boolean(opts.fix), detail: opts.fix ? t.doctor.leftoversRemoved(leftovers.length) : t.doctor.leftovers(leftovers.length) });
  if (opts.fix) removeLeftovers(leftovers);
  checks.push({ name: 'language', ok: true, detail: t.doctor.language(t.languageName) });
  checks.push({ name: 'terminal', ok: true, detail: t.doctor.terminal(ctx.interactive) });

  let fixed: string | undefined;
  if (storeError && opts.fix) {
    const { repairStore } = await import('../io/store-repair.js');
    const result = await repairStore(ctx.store, ctx.now());
    fixed = t.doctor.fixed(result.aside, result.recovered);
  }
  if (opts.json) {
    out(ctx, safeJson({ checks, ...(fixed && { fixed }) }));
  } else {
    const s = ctx.style.out;
    out(ctx, s.bold(t.doctor.title));
    for (const c of checks) out(ctx, `  ${c.ok ? s.green('✔') : s.red('✘')} ${c.detail}`);
    if (storeError && !opts.fix) {
      let recoverable = 0;
      try {
        recoverable = recoverStore(readRegularFile(ctx.store.file, MAX_STATE_BYTES, { followLinks: true })).lessons;
      } catch {
        recoverable = 0;
      }
      out(ctx, `    ${t.doctor.recoverable(recoverable)}`);
      out(ctx, `    ${t.doctor.fixHint}`);
    }
    if (fixed) say(ctx, s.green(fixed));
    else if (opts.fix && leftovers.length === 0) say(ctx, t.doctor.nothingToFix);
    else if (checks.every((c) => c.ok)) say(ctx, s.green(t.doctor.allGood));
  }
  // The check-up itself succeeded; a damaged store left unfixed still exits 1 so scripts notice.
  if (storeError && !opts.fix) ctx.exitCode = 1;
  return { checks, ...(fixed && { fixed }) };
}
