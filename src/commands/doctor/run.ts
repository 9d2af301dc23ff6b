/** `coach doctor [--fix] [--json]`: checks the installation, the progress file and the lessons; `--fix` never loses data. */
import { out, say, type Context } from '../../context.js';
import { CoachError } from '../../core/errors.js';
import { doctorText, type Check, type DoctorReport } from '../../render/doctor.js';
import { errorMessage } from '../../render/error-message.js';
import { safeJson } from '../../render/json.js';

export async function run(ctx: Context, opts: { fix?: boolean; json?: boolean }): Promise<DoctorReport> {
  const report = await checkUp(ctx, Boolean(opts.fix));
  if (opts.json) {
    out(ctx, safeJson({ checks: report.checks, ...(report.fixed && { fixed: report.fixed }) }));
    return report;
  }
  const text = doctorText(report, { t: ctx.t, style: ctx.style.out });
  ctx.stdout.write(text.out);
  if (text.say) say(ctx, text.say);
  return report;
}

async function checkUp(ctx: Context, fix: boolean): Promise<DoctorReport> {
  const { t } = ctx;
  const [major = 0, minor = 0] = ctx.runtime.node.split('.').map(Number);
  const nodeOk = major > 20 || (major === 20 && minor >= 19);
  const checks: Check[] = [
    { name: 'node', ok: nodeOk, detail: nodeOk ? t.doctor.node(ctx.runtime.node) : t.doctor.nodeOld(ctx.runtime.node) },
    { name: 'home', ok: true, detail: t.doctor.home(ctx.home) },
  ];
  let storeError: CoachError | undefined;
  try {
    const store = ctx.store.read();
    checks.push({
      name: 'store',
      ok: true,
      detail: ctx.store.exists() ? t.doctor.storeOk(Object.keys(store.lessons).length) : t.doctor.storeFresh,
    });
  } catch (error) {
    if (!(error instanceof CoachError)) throw error;
    storeError = error;
    checks.push({
      name: 'store',
      ok: false,
      detail: `${t.doctor.storeBad}\n    ${errorMessage(t, error).split('\n')[0]}`,
    });
  }
  checks.push(...(await lessonChecks(ctx)));
  const enrollment = storeError ? undefined : ctx.store.read().enrollment;
  if (enrollment?.program.lrs) checks.push(...(await (await import('./lrs-checks.js')).lrsChecks(ctx, enrollment)));
  const { findLeftovers, removeLeftovers } = await import('../../io/leftovers.js');
  const leftovers = findLeftovers(ctx.home, ctx.now());
  if (leftovers.length > 0)
    checks.push({
      name: 'leftovers',
      ok: fix,
      detail: fix ? t.doctor.leftoversRemoved(leftovers.length) : t.doctor.leftovers(leftovers.length),
    });
  if (fix) removeLeftovers(leftovers);
  checks.push(
    { name: 'language', ok: true, detail: t.doctor.language(t.languageName) },
    { name: 'terminal', ok: true, detail: t.doctor.terminal(ctx.interactive) },
  );
  const repair = await import('../../io/store-repair.js');
  let fixed: string | undefined;
  if (storeError && fix) {
    const result = await repair.repairStore(ctx.store, ctx.now());
    fixed = t.doctor.fixed(result.aside, result.recovered);
  }
  const recoverable = storeError && !fix ? repair.recoverableLessons(ctx.store) : 0;
  return {
    checks,
    ...(fixed && { fixed }),
    storeDamaged: Boolean(storeError),
    recoverable,
    leftovers: leftovers.length,
    fixAsked: fix,
    exitCode: storeError && !fix ? 1 : 0,
  };
}

async function lessonChecks(ctx: Context): Promise<Check[]> {
  try {
    const catalog = await ctx.catalog();
    const errors = catalog.issues.filter((i) => i.severity === 'error').length;
    const checks: Check[] = [
      { name: 'lessons', ok: true, detail: ctx.t.doctor.lessons(catalog.lessons.length, 1 + ctx.lessonDirs.length) },
    ];
    if (errors > 0) checks.push({ name: 'lesson-problems', ok: false, detail: ctx.t.doctor.lessonProblems(errors) });
    return checks;
  } catch (error) {
    return [
      { name: 'lessons', ok: false, detail: error instanceof CoachError ? errorMessage(ctx.t, error) : String(error) },
    ];
  }
}
