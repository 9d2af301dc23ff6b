/**
 * `coach report`: verifies completion records (files and folders, recursively) for a programme,
 * keeps the newest valid one per learner, and renders the completion report. Every record is
 * untrusted; each rejected file is listed with its reason and the others are still reported.
 */
import path from 'node:path';
import { say, type Context } from '../../context.js';
import { CoachError, EXIT } from '../../core/errors.js';
import { type ReportBase, reportFrom, requiredOf } from '../../core/sponsor/report.js';
import { summarise } from '../../core/sponsor/report-summary.js';
import { ReportAccumulator } from '../../core/sponsor/report-accumulate.js';
import { isTimeZone, systemTimeZone } from '../../core/sponsor/zoned.js';
import { titleIn } from '../../core/lessons/choose.js';
import { progressLine } from './progress.js';
import { collectGarbage } from '../../io/memory.js';
import type { ReportData } from '../../core/sponsor/report-types.js';
import type { RosterEntry } from '../../core/sponsor/roster.js';
import { checkKey } from '../../core/sponsor/program-rules.js';
import { loadRoster } from '../invite/roster.js';
import type { Verdict } from '../../core/sponsor/verify.js';
import { collectRecordFiles, keyIsOpen, readKey, readProgram } from '../../io/sponsor-files.js';
import { startVerifyThread, type VerifyThread, verifyFilesParallel } from '../../io/verify-records.js';
import type { Lang } from '../../core/lessons/types.js';
import type { Program } from '../../core/sponsor/formats.js';
import { lrsVerdicts } from './lrs-verdicts.js';
import { formatOf, type ReportFormat, writeReport } from './write-report.js';

export interface ReportOptions {
  paths: string[];
  program?: string;
  key?: string;
  learners?: string;
  format?: ReportFormat;
  out?: string;
  by?: 'learner' | 'lesson';
  delimiter?: ',' | ';';
  strict?: boolean;
  /** Read the statements from this learning record store instead of files. */
  lrs?: string;
  /** The IANA time zone of the report's days and dates (default: the system's). */
  tz?: string;
}

export async function buildReportData(ctx: Context, opts: ReportOptions): Promise<ReportData> {
  // --key with --lrs too: statements are verified with each learner's key, like record files.
  const needed: [string, string | undefined, string][] = [
    ['--program', opts.program, '--program comex-2027.program.json'],
    ['--key', opts.key, '--key comex-2027.key'],
  ];
  for (const [flag, value, example] of needed) {
    if (!value) throw new CoachError('flag-missing', { flag, example }, EXIT.usage);
  }
  // Record files may be many: the second thread starts now and gets its share once they are listed.
  const thread =
    opts.paths.length > 0 ? await startVerifyThread(Number(ctx.env.EXEC_COACH_REPORT_THREADS ?? 2)) : undefined;
  try {
    return await reportData(ctx, opts, thread);
  } catch (e) {
    void thread?.worker.terminate();
    throw e;
  }
}

/** What buildReportData does once the second thread, if any, is on its way. */
async function reportData(ctx: Context, opts: ReportOptions, thread: VerifyThread | undefined): Promise<ReportData> {
  const timeZone = timeZoneOf(opts.tz);
  const resolve = (p: string) => path.resolve(ctx.cwd, p);
  const program = readProgram(resolve(opts.program!));
  const masterKey = readKey(resolve(opts.key!));
  checkKey(program, masterKey, { program: resolve(opts.program!), key: resolve(opts.key!) });
  if (keyIsOpen(resolve(opts.key!))) say(ctx, ctx.style.err.yellow(ctx.t.sponsor.keyOpen(resolve(opts.key!))));
  const roster = opts.learners ? readRoster(ctx, resolve(opts.learners)) : undefined;
  // Record paths given with --lrs are merged, not ignored: one report from both sources (see lrsVerdicts).
  const fromLrs = opts.lrs ? await lrsVerdicts(ctx, program, opts.lrs, masterKey) : [];
  if (opts.paths.length === 0 && !roster && !opts.lrs) throw new CoachError('report-nothing', {}, EXIT.usage);
  return reportFromFiles(ctx, opts.paths.map(resolve), fromLrs, program, masterKey, roster, timeZone, thread);
}

/**
 * Streamed: each file is read, verified and reduced to what the report keeps of it (per learner,
 * the best record's summary), so memory follows the learners, not the records. The LRS's records,
 * if any, come after the files (the newest valid record per learner wins, whatever its source).
 */
async function reportFromFiles(
  ctx: Context,
  paths: string[],
  fromLrs: { path: string; verdict: Verdict }[],
  program: Program,
  masterKey: string,
  roster: RosterEntry[] | undefined,
  timeZone: string,
  thread: VerifyThread | undefined,
): Promise<ReportData> {
  const collected = collectRecordFiles(paths);
  // The usual case (records under the working folder) without path.relative's work, once per learner.
  const below = ctx.cwd.endsWith(path.sep) ? ctx.cwd : ctx.cwd + path.sep;
  const shown = (p: string) =>
    p.startsWith(below) && p.length > below.length ? p.slice(below.length) : path.relative(ctx.cwd, p) || p;
  const acc = new ReportAccumulator();
  for (const [i, s] of collected.skipped.entries()) acc.add(i, { ok: false, code: s.code, detail: s.detail });
  const offset = collected.skipped.length;
  const required = requiredOf(program);
  const progress = progressLine(ctx, collected.files.length);
  try {
    const job = { files: collected.files, offset, programId: program.id, required, masterKey, now: ctx.now() };
    await verifyFilesParallel(job, acc, thread, (done) => progress.update(done));
  } finally {
    progress.end();
  }
  const lrsFrom = offset + collected.files.length;
  for (const [k, { verdict }] of fromLrs.entries())
    acc.add(
      lrsFrom + k,
      verdict.ok
        ? { ok: true, summary: summarise(verdict.record, verdict.verification, verdict.signature, required) }
        : verdict,
    );
  const pathOf = (i: number) =>
    i < offset
      ? shown(collected.skipped[i]!.path)
      : i < lrsFrom
        ? shown(collected.files[i - offset]!.path)
        : fromLrs[i - lrsFrom]!.path;
  // A big report collects garbage where most of the heap just became garbage (io/memory.ts).
  const big = collected.files.length >= BIG_REPORT;
  if (big) collectGarbage();
  const base = {
    ...(await reportContext(ctx, timeZone)),
    program,
    ...(roster && { roster }),
    ...(big && { checkpoint: { rows: 25_000, call: collectGarbage } }),
  };
  const data = reportFrom(base, acc.finish(pathOf));
  if (big) collectGarbage();
  return data;
}

/** From this many files on, the report helps the garbage collector (see io/memory.ts). */
const BIG_REPORT = 20_000;

/** What the report takes from the catalogue (tracks, titles in the report's language), the clock and the zone. */
async function reportContext(ctx: Context, timeZone: string): Promise<Omit<ReportBase, 'program' | 'roster'>> {
  const catalog = await ctx.catalog();
  const lessons = new Map(catalog.lessons.map((l) => [l.id, titleIn(l, ctx.lang)]));
  const tracks = new Map(catalog.tracks.map((t) => [t.id, t.title[ctx.lang] ?? t.title.en ?? t.id]));
  return {
    trackOf: new Map(catalog.lessons.map((l) => [l.id, l.track])),
    titles: { lessons, tracks },
    now: ctx.now(),
    timeZone,
    lang: ctx.lang,
  };
}

/** --tz, checked before anything is read; the system's zone by default. */
function timeZoneOf(tz: string | undefined): string {
  if (tz === undefined) return systemTimeZone();
  if (!isTimeZone(tz)) throw new CoachError('tz-unknown', { zone: tz.slice(0, 80) }, EXIT.usage);
  return tz;
}

/** An unusable roster stops the report (exit 1): without it, the learners who sent nothing, the ones HR must chase, would be left out. */
function readRoster(ctx: Context, file: string): RosterEntry[] {
  return loadRoster(ctx, file).entries;
}

export async function run(ctx: Context, opts: ReportOptions & { lang?: Lang }): Promise<ReportData> {
  // The format is settled before any record is read: a usage error should not wait for a report.
  const format = opts.format ?? (opts.out ? formatOf(opts.out) : ctx.stdoutIsTerminal ? 'table' : 'json');
  const toFile = opts.out !== undefined && opts.out !== '-';
  // A workbook is bytes: never for a terminal, nor mixed into a pipe of text.
  if (format === 'xlsx' && !toFile) throw new CoachError('report-xlsx-terminal', {}, EXIT.usage);
  const data = await buildReportData(ctx, opts);
  const checkpointEvery = data.learners.length >= BIG_REPORT ? 50 : 0;
  await writeReport(ctx, data, { format, out: opts.out, by: opts.by, delimiter: opts.delimiter, checkpointEvery });
  // Unsigned records are shown but prove nothing: --strict fails on them as on rejected files.
  const unproven = data.rejected.length + data.learners.filter((l) => l.verification === 'unsigned').length;
  if (opts.strict && unproven > 0) throw new CoachError('strict-rejected', { count: unproven });
  return data;
}
