/**
 * Reads a roster file as bytes: its encoding is found from them (src/core/sponsor/roster-decode.ts),
 * never assumed to be UTF-8. Errors name the file.
 */
import { parseRosterBytes, type Roster } from '../core/sponsor/roster.js';
import { readError } from './file-errors.js';
import { readRegularBytes } from './files.js';

/** 100,000 learners with long names and e-mails in UTF-16 fit; anything larger is not a roster. */
export const MAX_ROSTER_BYTES = 32 * 1024 * 1024;

export function readRosterFile(file: string): Roster {
  try {
    return parseRosterBytes(readRegularBytes(file, MAX_ROSTER_BYTES, { followLinks: true }));
  } catch (error) {
    throw readError(file, error, MAX_ROSTER_BYTES);
  }
}
