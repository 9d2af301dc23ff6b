/**
 * `coach invite`: one enrolment file per roster row. Each carries the programme's public part,
 * the learner's id (and name, if given) and the learner key derived from the master key; never
 * the master key itself nor its fingerprint, nor the roster's e-mail, department or manager
 * (they stay with HR).
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { out, say, type Context } from '../../context.js';
import { CoachError, EXIT } from '../../core/errors.js';
import { ENROLLMENT_FORMAT, enrollmentSchema, type Enrollment } from '../../core/sponsor/formats.js';
import { checkKey, publicPart } from '../../core/sponsor/program-rules.js';
import type { RosterEntry } from '../../core/sponsor/roster.js';
import { learnerKey } from '../../core/sponsor/sign.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { ensureFolder } from '../../io/files.js';
import { existingInvitation, keyIsOpen, readKey, readProgram } from '../../io/sponsor-files.js';
import { loadRoster } from './roster.js';

export interface InviteOptions {
  program?: string;
  key?: string;
  learners?: string;
  out?: string;
  /** Write again the enrolments the folder already holds for these learners and this programme. */
  force?: boolean;
}

/** `exitCode` is 1 when some rows were skipped: the good rows still get their files. */
export async function run(
  ctx: Context,
  opts: InviteOptions,
): Promise<{ written: string[]; problems: number; exitCode: 0 | 1 }> {
  for (const [flag, value, example] of [
    ['--program', opts.program, '--program comex-2027.program.json'],
    ['--key', opts.key, '--key comex-2027.key'],
    ['--learners', opts.learners, '--learners learners.csv'],
    ['--out', opts.out, '--out invitations/'],
  ] as const) {
    if (!value) throw new CoachError('flag-missing', { flag, example }, EXIT.usage);
  }
  const resolve = (p: string) => path.resolve(ctx.cwd, p);
  const programFile = resolve(opts.program!);
  const programmeFile = readProgram(programFile);
  const master = readKey(resolve(opts.key!));
  checkKey(programmeFile, master, { program: programFile, key: resolve(opts.key!) });
  const program = publicPart(programmeFile);
  if (keyIsOpen(resolve(opts.key!))) say(ctx, ctx.style.err.yellow(ctx.t.sponsor.keyOpen(resolve(opts.key!))));
  const roster = loadRoster(ctx, resolve(opts.learners!));
  const dir = resolve(opts.out!);
  const files = roster.entries.map((entry) => ({ entry, file: path.join(dir, `${entry.id}.enrollment.json`) }));
  refuseToReplace(files, program.id, dir, Boolean(opts.force));
  ensureFolder(dir);
  const issuedAt = new Date(ctx.now()).toISOString();
  const written: string[] = [];
  for (const { entry, file } of files) {
    const enrollment = enrolment(program, entry, master, issuedAt);
    // Only an earlier invitation for the same person and programme may be replaced (checked above, with --force).
    const replace = () => existingInvitation(file, entry.id) === program.id;
    // The file holds the learner's key: readable by its owner only.
    writeFileAtomic(file, `${JSON.stringify(enrollment, null, 2)}\n`, {
      mode: 0o600,
      replace,
      flag: '--out <another folder>',
    });
    written.push(file);
    out(ctx, file);
  }
  say(ctx, ctx.t.sponsor.invited(written.length, path.relative(ctx.cwd, dir) || dir, roster.skipped));
  return { written, problems: roster.skipped, exitCode: roster.skipped > 0 ? 1 : 0 };
}

function enrolment(program: Enrollment['program'], entry: RosterEntry, master: string, issuedAt: string): Enrollment {
  return enrollmentSchema.parse({
    format: ENROLLMENT_FORMAT,
    id: randomUUID(),
    program,
    learner: { id: entry.id, ...(entry.name && { name: entry.name }) },
    key: learnerKey(master, entry.id),
    issuedAt,
  });
}

/**
 * Before anything is written: a file that is not an earlier invitation of the same learner is
 * never replaced (as writeFileAtomic would refuse midway), and earlier invitations to this
 * programme are replaced only with --force, naming the learners whose files would change.
 */
function refuseToReplace(
  files: readonly { entry: RosterEntry; file: string }[],
  programId: string,
  dir: string,
  force: boolean,
): void {
  const again: string[] = [];
  for (const { entry, file } of files) {
    const existing = existingInvitation(file, entry.id);
    if (existing === undefined) continue;
    if (existing !== programId) throw new CoachError('file-exists', { file, flag: '--out <another folder>' });
    again.push(entry.id);
  }
  if (again.length > 0 && !force) {
    const shown = again.length > 20 ? `${again.slice(0, 20).join(', ')}, … (+${again.length - 20})` : again.join(', ');
    throw new CoachError('invite-would-replace', { dir, count: again.length, learners: shown });
  }
}
