/**
 * The one source of the password sent to a learning record store: the coach's own environment
 * variable (EXEC_COACH_LRS_PASSWORD, or a name starting with EXEC_COACH_LRS_ that the programme
 * gives), else the file `lrs-password` in the state folder, private (0600) and not a link. Nothing
 * else is ever read for it: an enrolment arrives by e-mail and must not choose what leaves.
 */
import { lstatSync } from 'node:fs';
import path from 'node:path';
import { CoachError } from '../core/errors.js';
import { PATTERNS } from '../core/sponsor/formats.js';
import { readError } from './file-errors.js';
import { readRegularFile } from './files.js';

export const CREDENTIALS_FILE = 'lrs-password';
export const DEFAULT_PASSWORD_ENV = 'EXEC_COACH_LRS_PASSWORD';

/**
 * `passwordEnv` comes from a programme or enrolment file; one stored before the rule existed (or
 * edited in the progress file) is refused here too. `home`: the state folder, for the file.
 */
export function lrsPassword(
  passwordEnv: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  home?: string,
): string | undefined {
  const name = passwordEnv ?? DEFAULT_PASSWORD_ENV;
  if (!PATTERNS.passwordEnv.test(name)) throw new CoachError('lrs-password-env', { name: name.slice(0, 80) });
  const fromEnv = env[name];
  if (fromEnv) return fromEnv;
  return home === undefined ? undefined : passwordFile(path.join(home, CREDENTIALS_FILE));
}

function passwordFile(file: string): string | undefined {
  const st = lstatSync(file, { throwIfNoEntry: false });
  if (!st) return undefined;
  if (st.isSymbolicLink()) throw new CoachError('lrs-credentials-link', { file });
  // A password readable by others is refused rather than used: say how to fix it.
  if ((st.mode & 0o077) !== 0) throw new CoachError('lrs-credentials-open', { file });
  try {
    // O_NOFOLLOW as well: a link put there between the check and the read is not followed either.
    return readRegularFile(file, 4096).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new CoachError('lrs-credentials-link', { file });
    throw readError(file, error, 4096);
  }
}
