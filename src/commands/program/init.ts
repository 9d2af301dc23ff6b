/** `coach program init`: writes the programme file (shareable) and its secret key (mode 0600). */
import path from 'node:path';
import { out, say, type Context } from '../../context.js';
import { CoachError, EXIT } from '../../core/errors.js';
import { PROGRAM_FORMAT, programSchema, type Program } from '../../core/sponsor/formats.js';
import { newMasterKey } from '../../core/sponsor/sign.js';
import { expandRequired } from '../../core/sponsor/program-rules.js';
import { ensureFolder, fileExists, writeFileAtomic } from '../../io/files.js';

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
}

export async function run(ctx: Context, opts: ProgramInitOptions): Promise<{ programFile: string; keyFile: string; program: Program }> {
  const need = (flag: string, value: unknown, example: string) => {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) throw new CoachError('flag-missing', { flag, example }, EXIT.usage);
  };
  need('--id', opts.id, '--id comex-2027');
  need('--title', opts.title, '--title "Executive committee, social media 2027"');
  need('--due', opts.due, '--due 2027-03-31');
  need('--require', opts.require, '--require foundations,security,linkedin-first-post');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.due!) || Number.isNaN(Date.parse(`${opts.due}T00:00:00Z`))) throw new CoachError('date-invalid', { value: opts.due!, flag: '--due' }, EXIT.usage);
  const catalog = await ctx.catalog();
  const requested = opts.require!.flatMap((r) => r.split(',')).map((r) => r.trim()).filter(Boolean);
  const required = expandRequired(requested, catalog);
  const candidate = {
    format: PROGRAM_FORMAT,
    id: opts.id,
    title: opts.title,
    sponsor: { ...(opts.sponsor && { name: opts.sponsor }), ...(opts.sponsorEmail && { email: opts.sponsorEmail }) },
    required,
    due: opts.due,
    ...(opts.lrs && { lrs: { endpoint: opts.lrs, ...(opts.lrsUser && { username: opts.lrsUser }), passwordEnv: 'EXEC_COACH_LRS_PASSWORD', ...(opts.activityBase && { activityBase: opts.activityBase }) } }),
  };
  const parsed = programSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.');
    throw new CoachError('file-invalid', { file: `--${field.split('.')[0]}`, what: 'programme', field, message: issue.message }, EXIT.usage);
  }
  const program = parsed.data;
  const dir = path.resolve(ctx.cwd, opts.out ?? '.');
  const programFile = path.join(dir, `${program.id}.program.json`);
  const keyFile = path.join(dir, `${program.id}.key`);
  const replace = () => Boolean(opts.force);
  // Both checked before either is written: a programme must never be left beside another programme's key.
  for (const file of [keyFile, programFile]) {
    if (!opts.force && fileExists(file)) throw new CoachError('file-exists', { file, flag: '--force' });
  }
  ensureFolder(dir);
  // The key first: if it cannot be written, no programme file points to a key that does not exist.
  writeFileAtomic(keyFile, `${newMasterKey()}\n`, { mode: 0o600, replace, flag: '--force' });
  writeFileAtomic(programFile, `${JSON.stringify(program, null, 2)}\n`, { mode: 0o644, replace, flag: '--force' });
  const t = ctx.t.sponsor;
  out(ctx, programFile);
  out(ctx, keyFile);
  say(ctx, t.programWritten(program.title, required.length, program.due));
  say(ctx, ctx.style.err.yellow(t.keepKeySecret(path.basename(keyFile))));
  say(ctx, t.nextInvite(path.relative(ctx.cwd, programFile) || programFile, path.relative(ctx.cwd, keyFile) || keyFile));
  return { programFile, keyFile, program };
}
