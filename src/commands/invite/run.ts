/**
 * `coach invite`: one enrolment file per roster row. Each carries the programme's public part,
 * the learner's id (and name, if given) and the learner key derived from the master key; never
 * the master key itself, nor the roster's e-mail or department (they stay with HR).
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { out, say, type Context } from '../../context.js';
import { CoachError, EXIT } from '../../core/errors.js';
import { ENROLLMENT_FORMAT, enrollmentSchema, type Enrollment } from '../../core/sponsor/formats.js';
import { learnerKey } from '../../core/sponsor/sign.js';
import { parseRoster } from '../../core/sponsor/roster.js';
import { ensureFolder, readText, writeFileAtomic } from '../../io/files.js';
import { keyIsOpen, readKey, readProgram } from '../../io/sponsor-files.js';


export interface InviteOptions {
  program?: string;
  key?: string;
  learners?: string;
  out?: string;
}

/** `exitCode` is 1 when some rows were skipped: the good rows still get their files. */
export async function run(ctx: Context, opts: InviteOptions): Promise<{ written: string[]; problems: number; exitCode: 0 | 1 }> {
  for (const [flag, value, example] of [['--program', opts.program, '--program comex-2027.program.json'], ['--key', opts.key, '--key comex-2027.key'], ['--learners', opts.learners, '--learners learners.csv'], ['--out', opts.out, '--out invitations/']] as const) {
    if (!value) throw new CoachError('flag-missing', { flag, example }, EXIT.usage);
  }
  const resolve = (p: string) => path.resolve(ctx.cwd, p);
  const { format: _format, ...program } = readProgram(resolve(opts.program!));
  const master = readKey(resolve(opts.key!));
  if (keyIsOpen(resolve(opts.key!))) say(ctx, ctx.style.err.yellow(ctx.t.sponsor.keyOpen(resolve(opts.key!))));
  const rosterFile = resolve(opts.learners!);
  const roster = parseRoster(readText(rosterFile));
  const shown = path.relative(ctx.cwd, rosterFile) || rosterFile;
  for (const p of roster.problems) say(ctx, ctx.style.err.yellow(`${shown}:${p.line}: ${ctx.t.roster[p.code](p.params)}`));
  if (roster.entries.length === 0) throw new CoachError('roster-no-rows', { file: rosterFile });
  const dir = resolve(opts.out!);
  ensureFolder(dir);
  const issuedAt = new Date(ctx.now()).toISOString();
  const written: string[] = [];
  for (const entry of roster.entries) {
    const enrollment: Enrollment = enrollmentSchema.parse({
      format: ENROLLMENT_FORMAT,
      id: randomUUID(),
      program,
      learner: { id: entry.id, ...(entry.name && { name: entry.name }) },
      key: learnerKey(master, entry.id),
      issuedAt,
    });
    const file = path.join(dir, `${entry.id}.enrollment.json`);
    // Replacing an earlier invitation for the same person and programme is fine; anything else stays.
    const replace = (existing: string) => {
      try {
        const e = JSON.parse(existing) as Partial<Enrollment>;
        return e.format === ENROLLMENT_FORMAT && e.learner?.id === entry.id && e.program?.id === program.id;
      } catch {
        return false;
      }
    };
    // The file holds the learner's key: readable by its owner only.
    writeFileAtomic(file, `${JSON.stringify(enrollment, null, 2)}\n`, { mode: 0o600, replace, flag: '--out <another folder>' });
    written.push(file);
    out(ctx, file);
  }
  say(ctx, ctx.t.sponsor.invited(written.length, path.relative(ctx.cwd, dir) || dir, roster.problems.length));
  return { written, problems: roster.problems.length, exitCode: roster.problems.length > 0 ? 1 : 0 };
}
