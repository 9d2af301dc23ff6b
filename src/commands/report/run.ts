/**
 * `coach report`: verifies completion records (files and folders, recursively) for a programme,
 * keeps the newest valid one per learner, and renders the completion report. Every record is
 * untrusted; each rejected file is listed with its reason and the others are still reported.
 */
import path from 'node:path';
import { out, say, type Context } from '../../context.js';
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
import { KeyRing, type Verdict } from '../../core/sponsor/verify.js';
import type { Statement } from '../../core/xapi/statements.js';
import { writeFileAtomic } from '../../io/files.js';
import { collectRecordFiles, keyIsOpen, readKey, readProgram } from '../../io/sponsor-files.js';
import { verifyFilesParallel } from '../../io/verify-records.js';
import type { Lang } from '../../core/lessons/types.js';

import type { Program } from '../../core/sponsor/formats.js';

export type ReportFormat = 'table' | 'csv' | 'json' | 'md' | 'html' | 'xlsx';
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

const BY_EXTENSION: Record<string, ReportFormat> = {
  '.csv': 'csv',
  '.json': 'json',
  '.md': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'table',
  '.xlsx': 'xlsx',
};

export async function buildReportData(ctx: Context, opts: ReportOptions): Promise<ReportData> {
  // --key with --lrs too: statements are verified with each learner's key, like record files.
  const needed: [string, string | undefined, string][] = [
    ['--program', opts.program, '--program comex-2027.program.json'],
    ['--key', opts.key, '--key comex-2027.key'],
  ];
  for (const [flag, value, example] of needed) {
    if (!value) throw new CoachError('flag-missing', { flag, example }, EXIT.usage);
  }
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
  return reportFromFiles(ctx, opts.paths.map(resolve), fromLrs, program, masterKey, roster, timeZone);
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
  const threads = Number(ctx.env.EXEC_COACH_REPORT_THREADS ?? 2);
  const progress = progressLine(ctx, collected.files.length);
  try {
    const job = { files: collected.files, offset, programId: program.id, required, masterKey, now: ctx.now() };
    await verifyFilesParallel(job, acc, threads, (done) => progress.update(done));
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

/**
 * The verdicts of the statements the coaches sent to the LRS, one record per learner, to be
 * reported alongside any record files: buildReport keeps the newest valid record per learner
 * whatever its source (an LRS record is dated by its newest statement). All learners share the LRS
 * credential, so the LRS cannot say who wrote a statement: each is verified with the key of the
 * learner it names, and the rows are marked valid / unsigned / invalid exactly as for files.
 */
async function lrsVerdicts(
  ctx: Context,
  program: Program,
  endpoint: string,
  masterKey: string,
): Promise<{ path: string; verdict: Verdict }[]> {
  // Checked before any request: a typo in --lrs is a usage error, not an unexpected one.
  if (!URL.canParse(endpoint))
    throw new CoachError('report-lrs-address', { value: endpoint.slice(0, 200) }, EXIT.usage);
  const { readProgramStatements } = await import('../../io/lrs-read.js');
  const { recordsFromStatements } = await import('../../core/xapi/to-records.js');
  const { activityBase } = await import('../../core/xapi/statements.js');
  const { checkStatement } = await import('../../core/xapi/signature.js');
  const { lrsPassword, DEFAULT_PASSWORD_ENV } = await import('../../io/lrs-password.js');
  const base = activityBase({ program });
  const password = lrsPassword(program.lrs?.passwordEnv, ctx.env);
  const auth = {
    ...(program.lrs?.username !== undefined && { username: program.lrs.username }),
    ...(password !== undefined && { password }),
    passwordVariable: program.lrs?.passwordEnv ?? DEFAULT_PASSWORD_ENV,
  };
  const statements = await readProgramStatements(endpoint, base, auth);
  const keys = new KeyRing(masterKey);
  const by = { valid: [] as Statement[], unsigned: [] as Statement[], invalid: new Map<string, number>() };
  for (const s of statements) {
    const check = checkStatement(s, (id) => keys.for(id));
    if (check !== 'invalid') by[check].push(s);
    else if (typeof s.actor?.account?.name === 'string')
      by.invalid.set(s.actor.account.name, (by.invalid.get(s.actor.account.name) ?? 0) + 1);
  }
  const source = `lrs:${endpoint}`;
  const records = (list: Statement[], verification: 'valid' | 'unsigned') =>
    recordsFromStatements(list, base, program.id, ctx.version, ctx.now()).map((record) => ({
      path: source,
      verdict: { ok: true as const, record, verification, signature: `${record.learner.id}@lrs:${verification}` },
    }));
  const verdicts: { path: string; verdict: Verdict }[] = [
    ...records(by.valid, 'valid'),
    ...records(by.unsigned, 'unsigned'),
  ];
  for (const [learnerId, n] of by.invalid)
    verdicts.push({
      path: source,
      verdict: {
        ok: false,
        code: 'invalid-signature',
        detail: `${n} statements for "${learnerId.slice(0, 64)}" signed with another key, or changed after they were signed`,
        learnerId,
      },
    });
  return verdicts;
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
  const rendering = await import('../../render/report/index.js');
  // JSON is written piece by piece as it is rendered: a report on 100,000 learners is never one string.
  const output: string | Uint8Array | Iterable<string> =
    format === 'xlsx'
      ? await rendering.renderWorkbook(data, ctx.lang)
      : format === 'json'
        ? withCheckpoints(
            (await import('../../render/report/json.js')).renderJsonChunks(data),
            data.learners.length >= BIG_REPORT ? 50 : 0,
          )
        : rendering.renderReport(data, {
            format,
            by: opts.by ?? 'learner',
            lang: ctx.lang,
            width: ctx.width,
            // --delimiter changes only the delimiter; without it, the report's language decides.
            ...(opts.delimiter && { delimiter: opts.delimiter }),
            ...(format === 'table' && !opts.out && { style: ctx.style.out }),
          });
  if (toFile) {
    const target = path.resolve(ctx.cwd, opts.out!);
    // --out names the file to write, as a shell redirection would: a readable file there is
    // replaced (atomically); one that cannot be read, or a folder, is left alone.
    const bytes =
      output instanceof Uint8Array ? Buffer.from(output.buffer, output.byteOffset, output.byteLength) : output;
    writeFileAtomic(target, bytes, { mode: 0o644, replaceReadable: true, flag: '--out <another file>' });
    out(ctx, target);
    say(
      ctx,
      ctx.t.sponsor.reportWritten(
        data.summary.learners,
        data.rejected.length,
        path.relative(ctx.cwd, target) || target,
      ),
    );
  } else {
    if (typeof output === 'string') ctx.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
    else for (const piece of output as Iterable<string>) ctx.stdout.write(piece);
    if (data.rejected.length > 0) say(ctx, ctx.style.err.yellow(ctx.t.sponsor.rejectedCount(data.rejected.length)));
  }
  // Unsigned records are shown but prove nothing: --strict fails on them as on rejected files.
  const unproven = data.rejected.length + data.learners.filter((l) => l.verification === 'unsigned').length;
  if (opts.strict && unproven > 0) throw new CoachError('strict-rejected', { count: unproven });
  return data;
}

/** The pieces, with a garbage collection every n of them (n > 0): the text written is garbage at once. */
function* withCheckpoints(pieces: Iterable<string>, n: number): Generator<string> {
  let i = 0;
  for (const piece of pieces) {
    yield piece;
    if (n > 0 && ++i % n === 0) collectGarbage();
  }
}

function formatOf(file: string): ReportFormat {
  const format = BY_EXTENSION[path.extname(file).toLowerCase()];
  if (!format) throw new CoachError('format-unknown', { file }, EXIT.usage);
  return format;
}
