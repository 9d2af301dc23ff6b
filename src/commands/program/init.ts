/** `coach program init`: writes the programme file (shareable) and its secret key (mode 0600). */
import path from 'node:path';
import { out, say, type Context } from '../../context.js';
import { CoachError, EXIT } from '../../core/errors.js';
import { PROGRAM_FORMAT, programSchema, type Program } from '../../core/sponsor/formats.js';
import { keyFingerprint } from '../../core/sponsor/key-fingerprint.js';
import { checkProgramFlags } from '../../core/sponsor/program-flags.js';
import { newMasterKey } from '../../core/sponsor/sign.js';
import { expandRequired } from '../../core/sponsor/program-rules.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { ensureFolder, fileExists } from '../../io/files.js';

export interface ProgramInitOptions {
  id?: string;
  title?: string;
  due?: string;
  require?: string[];
  lrs?: string;
  lrsUser?: string;
  activityBase?: string;
  sponsor?: string;
  sponsorEmail?: string;
  out?: string;
  force?: boolean;
  /** Replace an existing key without asking (with --force). */
  yes?: boolean;
  /** Accept a due date before today. */
  allowPast?: boolean;
}

export interface ProgramInitResult {
  programFile: string;
  keyFile: string;
  program: Program;
  /** False when the sponsor declined to replace the key: nothing was written. */
  written: boolean;
}

export async function run(ctx: Context, opts: ProgramInitOptions): Promise<ProgramInitResult> {
  const need = (flag: string, value: unknown, example: string) => {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
      throw new CoachError('flag-missing', { flag, example }, EXIT.usage);
  };
  need('--id', opts.id, '--id comex-2027');
  need('--title', opts.title, '--title "Executive committee, social media 2027"');
  need('--due', opts.due, '--due 2027-03-31');
  need('--require', opts.require, '--require foundations,security,linkedin-first-post');
  // Each value is checked as the flag it came from, before the catalogue is even loaded.
  checkProgramFlags(opts, new Date(ctx.now()).toISOString().slice(0, 10), Boolean(opts.allowPast));
  const catalog = await ctx.catalog();
  const requested = opts
    .require!.flatMap((r) => r.split(','))
    .map((r) => r.trim())
    .filter(Boolean);
  const required = expandRequired(requested, catalog);
  const key = newMasterKey();
  // The flags were checked one by one above: a failure here is a bug, not a usage error.
  const program = programSchema.parse({
    format: PROGRAM_FORMAT,
    id: opts.id,
    title: opts.title,
    sponsor: { ...(opts.sponsor && { name: opts.sponsor }), ...(opts.sponsorEmail && { email: opts.sponsorEmail }) },
    required,
    due: opts.due,
    ...(opts.lrs && {
      lrs: {
        endpoint: opts.lrs,
        ...(opts.lrsUser && { username: opts.lrsUser }),
        passwordEnv: 'EXEC_COACH_LRS_PASSWORD',
        ...(opts.activityBase && { activityBase: opts.activityBase }),
      },
    }),
    keyFingerprint: keyFingerprint(key),
  });
  const dir = path.resolve(ctx.cwd, opts.out ?? '.');
  const programFile = path.join(dir, `${program.id}.program.json`);
  const keyFile = path.join(dir, `${program.id}.key`);
  const result = { programFile, keyFile, program, written: false };
  // Both checked before either is written: a programme must never be left beside another programme's key.
  for (const file of [keyFile, programFile]) {
    if (!opts.force && fileExists(file)) throw new CoachError('file-exists', { file, flag: '--force' });
  }
  const replacingKey = fileExists(keyFile);
  if (replacingKey && !(await replaceKeyAgreed(ctx, keyFile, Boolean(opts.yes)))) {
    say(ctx, ctx.t.programKey.kept);
    return result;
  }
  ensureFolder(dir);
  const replace = () => Boolean(opts.force);
  // The key first: if it cannot be written, no programme file points to a key that does not exist.
  writeFileAtomic(keyFile, `${key}\n`, { mode: 0o600, replace, flag: '--force' });
  writeFileAtomic(programFile, `${JSON.stringify(program, null, 2)}\n`, { mode: 0o644, replace, flag: '--force' });
  const t = ctx.t.sponsor;
  out(ctx, programFile);
  out(ctx, keyFile);
  say(ctx, t.programWritten(program.title, required.length, program.due));
  if (replacingKey) say(ctx, ctx.style.err.yellow(ctx.t.programKey.replaced(path.basename(keyFile))));
  say(ctx, ctx.style.err.yellow(t.keepKeySecret(path.basename(keyFile))));
  say(
    ctx,
    t.nextInvite(path.relative(ctx.cwd, programFile) || programFile, path.relative(ctx.cwd, keyFile) || keyFile),
  );
  return { ...result, written: true };
}

/**
 * A new key invalidates every enrolment already sent (their learner keys derive from the old
 * one), so replacing one is asked on a terminal, and needs --yes without one.
 */
async function replaceKeyAgreed(ctx: Context, keyFile: string, yes: boolean): Promise<boolean> {
  if (yes) return true;
  if (!ctx.interactive) throw new CoachError('key-replace-confirm', { file: keyFile }, EXIT.usage);
  return (await ctx.prompter()).confirm(ctx.t.programKey.replaceAsk(keyFile), false);
}
