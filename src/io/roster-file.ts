/**
 * Reads a roster file as bytes: its encoding is found from them (src/core/sponsor/roster-decode.ts),
 * never assumed to be UTF-8. Errors name the file.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { parseRosterBytes, type Roster } from '../core/sponsor/roster.js';
import { readError } from './files.js';

/** 100,000 learners with long names and e-mails in UTF-16 fit; anything larger is not a roster. */
export const MAX_ROSTER_BYTES = 32 * 1024 * 1024;

export function readRosterFile(file: string): Roster {
  try {
    return parseRosterBytes(readBytes(file, MAX_ROSTER_BYTES));
  } catch (error) {
    throw readError(file, error, MAX_ROSTER_BYTES);
  }
}

/** The bytes of a regular file (a link given by the user is followed), refused past `limit`. */
function readBytes(file: string, limit: number): Uint8Array {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw Object.assign(new Error('a folder'), { code: 'EISDIR' });
    if (!st.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTFILE' });
    if (st.size > limit) throw Object.assign(new Error('too large'), { code: 'E2BIG' });
    const buffer = Buffer.alloc(st.size);
    let read = 0;
    while (read < st.size) {
      const n = readSync(fd, buffer, read, st.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}
