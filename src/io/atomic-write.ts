/**
 * Atomic writes that cannot be hijacked: the old file or the new one, never a mix, and never
 * through a symbolic link; an existing file is replaced only when the caller's policy allows it.
 */
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fsyncSync,
  lstatSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { CoachError } from '../core/errors.js';
import { writeError } from './file-errors.js';
import { MAX_STATE_BYTES } from './file-limits.js';
import { readRegularFile } from './files.js';

export interface WriteOptions {
  /** Permissions of the new file (0600 for anything private). */
  mode?: number;
  /** Whether an existing file may be replaced, given its text (e.g. only an earlier file of ours). */
  replace?: (existing: string) => boolean;
  /**
   * Replace any regular file the user can read, without reading it (a report of any size given
   * again to --out, as a shell redirection would). `replace` is not consulted then.
   */
  replaceReadable?: boolean;
  /** The flag to name when an existing file is left as it is. */
  flag?: string;
  /**
   * false: no fsync before the rename. Still atomic (the old file or the new one, never a mix),
   * but not durable until the system writes it out: only for files that can be made again at any
   * time and are written by the hundred (an fsync costs milliseconds each).
   */
  durable?: boolean;
}

/**
 * Writes a file atomically: a temporary file with a random name, created exclusively in the
 * target's folder (O_CREAT|O_EXCL|O_NOFOLLOW: a symbolic link planted there is never written
 * through), written, fsync'ed, then renamed over the target. On any failure the temporary file is
 * removed and the target is as it was. The parent folder must exist: it is never created here.
 */
export function writeFileAtomic(
  file: string,
  content: string | Buffer | Iterable<string>,
  options: WriteOptions = {},
): void {
  refuseUnlessReplaceable(file, options);
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomHex(6)}.tmp`);
  let fd: number;
  try {
    fd = openSync(
      temp,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
      options.mode ?? 0o644,
    );
  } catch (error) {
    throw writeError(file, error);
  }
  try {
    // Pieces (a long report) are written as they come: the whole text never has to be in memory.
    const pieces = typeof content === 'string' || Buffer.isBuffer(content) ? [content] : content;
    // Text is encoded into one buffer, reused from piece to piece: a new buffer per piece cost more
    // than the writes (a report's pieces are half a megabyte each).
    let scratch: Buffer | undefined;
    for (const piece of pieces) {
      let bytes: Buffer;
      if (typeof piece === 'string') {
        // A UTF-16 code unit is at most three UTF-8 bytes; a long text (one whole page) is measured instead.
        const room = piece.length <= 1 << 20 ? 3 * piece.length : Buffer.byteLength(piece, 'utf8');
        if (!scratch || scratch.length < room) scratch = Buffer.allocUnsafe(room);
        bytes = scratch.subarray(0, scratch.write(piece, 0, 'utf8'));
      } else bytes = piece;
      for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
    }
    // The mode given at creation is narrowed by the umask; the file gets exactly what was asked.
    fchmodSync(fd, options.mode ?? 0o644);
    if (options.durable !== false) fsyncSync(fd);
    closeSync(fd);
    fd = -1;
    renameSync(temp, file);
  } catch (error) {
    if (fd >= 0) closeQuietly(fd);
    removeQuietly(temp);
    throw writeError(file, error);
  }
}

/**
 * Random hex from the Web Crypto global: reached only when a file is written, so that commands
 * that only read never load node:crypto (a few milliseconds of every start).
 */
function randomHex(bytes: number): string {
  return Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(bytes))).toString('hex');
}

/** A `replace` policy: an existing file may be replaced when it is a JSON file of this format. */
export function replacesFormat(format: string): (existing: string) => boolean {
  return (existing) => {
    try {
      return (JSON.parse(existing) as { format?: unknown }).format === format;
    } catch {
      return false;
    }
  };
}

function refuseUnlessReplaceable(file: string, options: WriteOptions): void {
  const exists = lstatSync(file, { throwIfNoEntry: false });
  if (!exists) {
    const parent = statSync(path.dirname(file), { throwIfNoEntry: false });
    if (!parent?.isDirectory()) throw new CoachError('folder-missing', { file, dir: path.dirname(file) });
    return;
  }
  if (options.replaceReadable && exists.isFile()) {
    try {
      accessSync(file, constants.R_OK | constants.W_OK);
      return;
    } catch {
      throw new CoachError('file-exists', { file, flag: options.flag ?? '--force' });
    }
  }
  let existing: string | undefined;
  try {
    existing = exists.isFile() ? readRegularFile(file, MAX_STATE_BYTES) : undefined;
  } catch {
    existing = undefined;
  }
  // Never overwrite what could not be read, nor what is not ours to replace.
  if (existing === undefined || !options.replace?.(existing))
    throw new CoachError('file-exists', { file, flag: options.flag ?? '--force' });
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // never created, or already gone
  }
}
