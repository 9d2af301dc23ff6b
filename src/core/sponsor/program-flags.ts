/**
 * The values given to `coach program init`, checked one flag at a time so that a bad one is
 * named as the flag it came from, in the user's language ("--due: 2027-02-30 is not a real date"),
 * never as a field of a file that does not exist yet. The programme schema still checks the
 * result (formats.ts): these checks are the same rules, worded for the command line. Pure.
 */
import { CoachError, EXIT, type FlagProblem } from '../errors.js';
import { z } from 'zod';
import { PATTERNS, realDateTime } from './formats.js';

// The very validators of the programme schema (formats.ts), so that what passes here passes there.
const EMAIL = z.string().email().max(200);
const URL_ = z.string().url();

export interface ProgramFlags {
  id?: string | undefined;
  title?: string | undefined;
  due?: string | undefined;
  lrs?: string | undefined;
  lrsUser?: string | undefined;
  activityBase?: string | undefined;
  sponsor?: string | undefined;
  sponsorEmail?: string | undefined;
}

/** Throws `flag-invalid` (exit 2) for the first value that does not fit; `today` is YYYY-MM-DD (UTC). */
export function checkProgramFlags(flags: ProgramFlags, today: string, allowPast: boolean): void {
  const fail = (flag: string, value: string, problem: FlagProblem, max = 0): never => {
    throw new CoachError('flag-invalid', { flag, value: value.slice(0, 80), problem, max, today }, EXIT.usage);
  };
  const text = (flag: string, value: string | undefined, max: number) => {
    if (value === undefined) return;
    if (value.trim() === '') fail(flag, value, 'empty');
    if (/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/.test(value)) fail(flag, value, 'control-chars');
    if (value.trim().length > max) fail(flag, value, 'too-long', max);
  };
  if (flags.id !== undefined && !PATTERNS.id.test(flags.id)) fail('--id', flags.id, 'bad-id');
  text('--title', flags.title, 200);
  if (flags.due !== undefined) {
    const due = flags.due;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(due)) fail('--due', due, 'not-a-date');
    if (!realDateTime(+due.slice(0, 4), +due.slice(5, 7), +due.slice(8, 10))) fail('--due', due, 'not-real-date');
    if (due < today && !allowPast) fail('--due', due, 'date-past');
  }
  text('--sponsor', flags.sponsor, 120);
  if (flags.sponsorEmail !== undefined && !EMAIL.safeParse(flags.sponsorEmail).success)
    fail('--sponsor-email', flags.sponsorEmail, 'bad-email');
  if (flags.lrs !== undefined && !(URL_.safeParse(flags.lrs).success && /^https?:\/\//.test(flags.lrs)))
    fail('--lrs', flags.lrs, 'bad-url');
  if (flags.lrs !== undefined && flags.lrs.length > 500) fail('--lrs', flags.lrs, 'too-long', 500);
  text('--lrs-user', flags.lrsUser, 200);
  if (flags.activityBase !== undefined && !URL_.safeParse(flags.activityBase).success)
    fail('--activity-base', flags.activityBase, 'bad-iri');
  if (flags.activityBase !== undefined && flags.activityBase.length > 300)
    fail('--activity-base', flags.activityBase, 'too-long', 300);
}
