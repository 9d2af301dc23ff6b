/**
 * `coach report`: verifies completion records (files and folders, recursively) for a programme,
 * keeps the newest valid one per learner, and renders the completion report. Every record is
 * untrusted; each rejected file is listed with its reason and the others are still reported.
 */
import path from 'node:path';
import { out, say, type Context } from '../../context.js';
import { CoachError, EXIT } from '../../core/errors.js';
import { buildReport } from '../../core/sponsor/report.js';
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
}

const BY_EXTENSION: Record<string, ReportFormat> = { '.csv': 'csv', '.json': 'json', '.md': 'md', '.html': 'html', '.htm': 'html', '.txt': 'table', '.xlsx': 'xlsx' };

export async function buildReportData(ctx: Context, opts: ReportOptions): Promise<ReportData> {
  // --key with --lrs too: statements are verified with each learner's key, like record files.
  const needed: [string, string | undefined, string][] = [['--program', opts.program, '--program comex-2027.program.json'], ['--key', opts.key, '--key comex-2027.key']];
  for (const [flag, value, example] of needed) {
    if (!value) throw new CoachError('flag-missing', { flag, example }, EXIT.usage);
  }
  const resolve = (p: string) => path.resolve(ctx.cwd, p);
  const program = readProgram(resolve(opts.program!));
  const masterKey = readKey(resolve(opts.key!));
  checkKey(program, masterKey, { program: resolve(opts.program!), key: resolve(opts.key!) });
  if (keyIsOpen(resolve(opts.key!))) say(ctx, ctx.style.err.yellow(ctx.t.sponsor.keyOpen(resolve(opts.key!))));
  const roster = opts.learners ? readRoster(ctx, resolve(opts.learners)) : undefined;
  // Record paths given with --lrs are merged, not ignored: one report from both sources (see lrsVerdicts).
  const fromLrs = opts.lrs ? await lrsVerdicts(ctx, program, opts.lrs, masterKey) : [];
  if (opts.paths.length === 0 && !roster && !opts.lrs) throw new CoachError('report-nothing', {}, EXIT.usage);
  const collected = collectRecordFiles(opts.paths.map(resolve));
  const shown = (p: string) => path.relative(ctx.cwd, p) || p;
  const verdicts: { path: string; verdict: Verdict }[] = collected.skipped.map((s) => ({ path: shown(s.path), verdict: { ok: false, code: s.code, detail: s.detail } }));
  const threads = Number(ctx.env.EXEC_COACH_REPORT_THREADS ?? 2);
  const results = await verifyFilesParallel({ files: collected.files, programId: program.id, masterKey, now: ctx.now() }, threads);
  for (const file of collected.files) verdicts.push({ path: shown(file.path), verdict: results.get(file.path)! });
  verdicts.push(...fromLrs);
  const catalog = await ctx.catalog();
  const trackOf = new Map(catalog.lessons.map((l) => [l.id, l.track]));
  return buildReport({ program, trackOf, ...(roster && { roster }), verdicts, now: ctx.now() });
}

/**
 * The verdicts of the statements the coaches sent to the LRS, one record per learner, to be
 * reported alongside any record files: buildReport keeps the newest valid record per learner
 * whatever its source (an LRS record is dated by its newest statement). All learners share the LRS
 * credential, so the LRS cannot say who wrote a statement: each is verified with the key of the
 * learner it names, and the rows are marked valid / unsigned / invalid exactly as for files.
 */
async function lrsVerdicts(ctx: Context, program: Program, endpoint: string, masterKey: string): Promise<{ path: string; verdict: Verdict }[]> {
  // Checked before any request: a typo in --lrs is a usage error, not an unexpected one.
  if (!URL.canParse(endpoint)) throw new CoachError('report-lrs-address', { value: endpoint.slice(0, 200) }, EXIT.usage);
  const { readProgramStatements } = await import('../../io/lrs-read.js');
  const { recordsFromStatements } = await import('../../core/xapi/to-records.js');
  const { activityBase } = await import('../../core/xapi/statements.js');
  const { checkStatement } = await import('../../core/xapi/signature.js');
  const { lrsPassword, DEFAULT_PASSWORD_ENV } = await import('../../io/lrs-password.js');
  const base = activityBase({ program });
  const password = lrsPassword(program.lrs?.passwordEnv, ctx.env);
  const auth = { ...(program.lrs?.username !== undefined && { username: program.lrs.username }), ...(password !== undefined && { password }), passwordVariable: program.lrs?.passwordEnv ?? DEFAULT_PASSWORD_ENV };
  const statements = await readProgramStatements(endpoint, base, auth);
  const keys = new KeyRing(masterKey);
  const by = { valid: [] as Statement[], unsigned: [] as Statement[], invalid: new Map<string, number>() };
  for (const s of statements) {
    const check = checkStatement(s, (id) => keys.for(id));
    if (check !== 'invalid') by[check].push(s);
    else if (typeof s.actor?.account?.name === 'string') by.invalid.set(s.actor.account.name, (by.invalid.get(s.actor.account.name) ?? 0) + 1);
  }
  const source = `lrs:${endpoint}`;
  const records = (list: Statement[], verification: 'valid' | 'unsigned') =>
    recordsFromStatements(list, base, program.id, ctx.version, ctx.now()).map((record) => ({ path: source, verdict: { ok: true as const, record, verification, signature: `${record.learner.id}@lrs:${verification}` } }));
  const verdicts: { path: string; verdict: Verdict }[] = [...records(by.valid, 'valid'), ...records(by.unsigned, 'unsigned')];
  for (const [learnerId, n] of by.invalid) verdicts.push({ path: source, verdict: { ok: false, code: 'invalid-signature', detail: `${n} statements for "${learnerId.slice(0, 64)}" signed with another key, or changed after they were signed`, learnerId } });
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
  const output: string | Uint8Array =
    format === 'xlsx'
      ? await rendering.renderWorkbook(data, ctx.lang)
      : rendering.renderReport(data, {
          format, by: opts.by ?? 'learner', lang: ctx.lang, width: ctx.width,
          // --delimiter changes only the delimiter; without it, the report's language decides.
          ...(opts.delimiter && { delimiter: opts.delimiter }),
          ...(format === 'table' && !opts.out && { style: ctx.style.out }),
        });
  if (toFile) {
    const target = path.resolve(ctx.cwd, opts.out!);
    // --out names the file to write, as a shell redirection would: a readable file there is
    // replaced (atomically); one that cannot be read, or a folder, is left alone.
    writeFileAtomic(target, typeof output === 'string' ? output : Buffer.from(output.buffer, output.byteOffset, output.byteLength), { mode: 0o644, replace: () => true, flag: '--out <another file>' });
    out(ctx, target);
    say(ctx, ctx.t.sponsor.reportWritten(data.summary.learners, data.rejected.length, path.relative(ctx.cwd, target) || target));
  } else {
    const text = output as string;
    ctx.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    if (data.rejected.length > 0) say(ctx, ctx.style.err.yellow(ctx.t.sponsor.rejectedCount(data.rejected.length)));
  }
  // Unsigned records are shown but prove nothing: --strict fails on them as on rejected files.
  const unproven = data.rejected.length + data.learners.filter((l) => l.verification === 'unsigned').length;
  if (opts.strict && unproven > 0) throw new CoachError('strict-rejected', { count: unproven });
  return data;
}

function formatOf(file: string): ReportFormat {
  const format = BY_EXTENSION[path.extname(file).toLowerCase()];
  if (!format) throw new CoachError('format-unknown', { file }, EXIT.usage);
  return format;
}
