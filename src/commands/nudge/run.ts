/**
 * `coach nudge [PATH...] --program P --key K --learners CSV --out DIR`: the report's "who to
 * remind" (the same data and the same rule as `coach report`), turned into one reminder e-mail
 * per learner who needs one and has an address: an `.eml` draft that HR opens in their mail
 * client and sends. Nothing is sent from here, and nothing in a reminder tracks its reader.
 *
 * The language of a reminder is the learner's (the roster's lang column), else the programme's.
 * Programme files carry no language (format 1), so the programme's is the coach's own: --lang,
 * the setting, or the system's locale, the language HR runs the command in.
 */
import path from 'node:path';
import { out, say, type Context } from '../../context.js';
import { CoachError, EXIT } from '../../core/errors.js';
import type { Lang } from '../../core/lessons/types.js';
import { planReminders, type NudgeSkip, type Reminder } from '../../core/sponsor/nudge.js';
import type { RemindReason } from '../../core/sponsor/report-types.js';
import { messages } from '../../i18n/index.js';
import { isFatal } from '../../core/sponsor/roster.js';
import { readRosterFile } from '../../io/roster-file.js';
import { loadRoster } from '../invite/roster.js';
import { reminderFile, reminderFolder, writeReminders } from '../../io/reminder-files.js';
import { readProgram } from '../../io/sponsor-files.js';
import { buildReportData } from '../report/run.js';

export interface NudgeOptions {
  paths: string[];
  program?: string;
  key?: string;
  learners?: string;
  out?: string;
  json?: boolean;
  /** Read the statements from this learning record store instead of files. */
  lrs?: string;
}

export interface NudgeResult {
  program: { id: string; title: string; due: string };
  generatedAt: string;
  /** The folder of the reminders. */
  outDir: string;
  written: { learner: string; email: string; lang: Lang; reason: RemindReason; file: string; replaced: boolean }[];
  skipped: { learner: string; email: string | null; reason: NudgeSkip; remind: RemindReason | null }[];
  /** Earlier reminders removed: their learners no longer need one. */
  removed: string[];
}

const NEEDED = [
  ['--program', 'program', '--program comex-2027.program.json'],
  ['--key', 'key', '--key comex-2027.key'],
  ['--learners', 'learners', '--learners learners.csv'],
  ['--out', 'out', '--out reminders/'],
] as const;

export async function run(ctx: Context, opts: NudgeOptions): Promise<NudgeResult> {
  for (const [flag, key, example] of NEEDED)
    if (!opts[key]) throw new CoachError('flag-missing', { flag, example }, EXIT.usage);
  const resolve = (p: string) => path.resolve(ctx.cwd, p);
  const rosterIds = rosterWithEmail(ctx, resolve(opts.learners!));
  const dir = resolve(opts.out!);
  reminderFolder(dir, { create: false });
  const program = readProgram(resolve(opts.program!));
  const data = await buildReportData(ctx, {
    paths: opts.paths,
    program: opts.program!,
    key: opts.key!,
    learners: opts.learners!,
    ...(opts.lrs && { lrs: opts.lrs }),
  });
  const catalog = await ctx.catalog();
  const docs = new Map(catalog.lessons.map((l) => [l.id, l.docs]));
  const plan = planReminders({
    data,
    rosterIds,
    programLang: ctx.lang,
    titleOf: (id, lang) => docs.get(id)?.[lang]?.title,
    reports: program.lrs || opts.lrs ? 'lrs' : 'export',
  });
  const texts = { en: (await messages('en')).nudge.mail, fr: (await messages('fr')).nudge.mail };
  const { reminderEml } = await import('../../render/nudge-mail.js');
  const files = new Map(
    plan.reminders.map((r) => [reminderFile(dir, r.learnerId), reminderEml(r, texts[r.lang], ctx.now())]),
  );
  const stale = plan.skipped.filter((s) => s.reason !== 'not-in-roster').map((s) => reminderFile(dir, s.learnerId));
  const { replaced, removed } = writeReminders(dir, files, stale);
  const result: NudgeResult = {
    program: { id: program.id, title: program.title, due: program.due },
    generatedAt: new Date(ctx.now()).toISOString(),
    outDir: dir,
    written: plan.reminders.map((r) => {
      const file = reminderFile(dir, r.learnerId);
      return { learner: r.learnerId, email: r.to, lang: r.lang, reason: r.reason, file, replaced: replaced.has(file) };
    }),
    skipped: plan.skipped.map((s) => ({ learner: s.learnerId, email: s.email, reason: s.reason, remind: s.remind })),
    removed,
  };
  await show(
    ctx,
    opts,
    result,
    plan.reminders,
    data.learners.map((l) => l.id),
  );
  return result;
}

/** The roster's ids; exit 2 when no row has an e-mail address (no column, or an empty one): nobody could be written to. */
function rosterWithEmail(ctx: Context, file: string): Set<string> {
  // The same reader as invite and report: any encoding Excel writes, French headers.
  const roster = readRosterFile(file);
  // A roster that cannot be used at all (a workbook, another encoding's garbage) is refused with
  // its own reason, by the same loader as report and invite, not as "no e-mail column".
  if (roster.problems.some((p) => isFatal(p.code))) loadRoster(ctx, file);
  if (!roster.entries.some((e) => e.email)) throw new CoachError('roster-no-email', { file }, EXIT.usage);
  return new Set(roster.entries.map((e) => e.id));
}

/** The list on stdout (a table, tab-separated lines, or JSON), then what happened on stderr. */
async function show(
  ctx: Context,
  opts: NudgeOptions,
  result: NudgeResult,
  reminders: Reminder[],
  order: string[],
): Promise<void> {
  const rel = (p: string) => path.relative(ctx.cwd, p) || p;
  if (opts.json)
    out(
      ctx,
      JSON.stringify(
        {
          ...result,
          written: result.written.map((w) => ({ ...w, file: rel(w.file) })),
          outDir: rel(result.outDir),
          removed: result.removed.map(rel),
        },
        null,
        2,
      ),
    );
  else {
    const { nudgeList } = await import('../../render/nudge-list.js');
    const written = new Map(result.written.map((w) => [w.learner, w]));
    const skipped = new Map(result.skipped.map((s) => [s.learner, s]));
    const rows = order.map((id) => {
      const w = written.get(id);
      const s = skipped.get(id);
      return {
        learner: id,
        email: w?.email ?? s?.email ?? null,
        remind: w?.reason ?? s?.remind ?? null,
        file: w ? rel(w.file) : null,
        skipped: s?.reason ?? null,
      };
    });
    ctx.stdout.write(
      nudgeList(rows, { t: ctx.t, style: ctx.style.out, terminal: ctx.stdoutIsTerminal, width: ctx.width }),
    );
  }
  const t = ctx.t.nudge;
  say(ctx, result.written.length > 0 ? t.written(result.written.length, rel(result.outDir)) : t.none);
  const replaced = result.written.filter((w) => w.replaced).length;
  if (replaced > 0) say(ctx, t.replaced(replaced));
  if (result.removed.length > 0) say(ctx, t.removed(result.removed.length));
  const unreachable = result.skipped.filter((s) => s.reason === 'no-email' || s.reason === 'bad-email').length;
  if (unreachable > 0) say(ctx, ctx.style.err.yellow(t.unreachable(unreachable)));
  if (reminders.some((r) => r.langFrom === 'program')) say(ctx, ctx.style.err.dim(t.programLang(ctx.t.languageName)));
}
