/**
 * File access for every module: reads that are bounded and never hang on a FIFO, writes that are
 * atomic and cannot be hijacked, a lock for read-modify-write, and one translation of the
 * system's error codes into messages that name the file and say what to do.
 */
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { CoachError } from '../core/errors.js';

/** No file exchanged with the sponsor comes near this: anything larger is refused unread. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Local state files (progress, queue) are small text; past this a file is not ours. */
export const MAX_STATE_BYTES = 64 * 1024 * 1024;

type Errno = NodeJS.ErrnoException;
export const errno = (error: unknown): string => (error as Errno)?.code ?? '';

/**
 * Reads a file that must be a regular file of at most `limit` bytes when opened: opened without
 * blocking (a FIFO put in its place must not hang the command) and, unless `followLinks`, without
 * following a symbolic link. Throws the system error (with code ENOTFILE, E2BIG or EISDIR for ours).
 */
export function readRegularFile(file: string, limit: number, options: { followLinks?: boolean } = {}): string {
  return readRegularBytes(file, limit, options).toString('utf8');
}

/** The bytes of a regular file, read as readRegularFile reads it (no FIFO hang, size cap, links only if asked). */
export function readRegularBytes(file: string, limit: number, options: { followLinks?: boolean } = {}): Buffer {
  const fd = openSync(
    file,
    constants.O_RDONLY | constants.O_NONBLOCK | (options.followLinks ? 0 : constants.O_NOFOLLOW),
  );
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

/** Reads a text file given by the user (followed if it is a link), without its byte-order mark; errors name the file. */
export function readText(file: string, limit = MAX_FILE_BYTES): string {
  try {
    return readRegularFile(file, limit, { followLinks: true }).replace(/^\uFEFF/, '');
  } catch (error) {
    throw readError(file, error, limit);
  }
}

/** The CoachError for a failed read of `file`. */
export function readError(file: string, error: unknown, limit = MAX_FILE_BYTES): CoachError {
  if (error instanceof CoachError) return error;
  const code = errno(error);
  if (code === 'ENOENT') return new CoachError('file-missing', { file });
  if (code === 'E2BIG') return new CoachError('file-too-large', { file, limit: `${Math.round(limit / 1024)} KB` });
  if (code === 'EISDIR') return new CoachError('file-unreadable', { file, reason: 'a folder, not a file' });
  if (code === 'ENOTFILE') return new CoachError('file-unreadable', { file, reason: 'not a regular file' });
  return new CoachError('file-unreadable', { file, reason: code || (error as Error).message });
}

/** The CoachError for a failed write of `file`: a full disk, a read-only or missing folder, no permission. */
export function writeError(file: string, error: unknown): CoachError {
  if (error instanceof CoachError) return error;
  const dir = path.dirname(file);
  switch (errno(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
      return new CoachError('disk-full', { file });
    case 'EROFS':
      return new CoachError('folder-read-only', { file, dir });
    case 'ENOENT':
    case 'ENOTDIR':
      return new CoachError('folder-missing', { file, dir });
    case 'EACCES':
    case 'EPERM':
      return new CoachError('folder-not-writable', { file, dir });
    default:
      return new CoachError('file-write-failed', { file, reason: errno(error) || (error as Error).message });
  }
}

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
    for (const piece of pieces) {
      const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
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

/** Creates an output folder (and its parents) that a command was asked to write into; errors name it. */
export function ensureFolder(dir: string, mode?: number): void {
  try {
    mkdirSync(dir, { recursive: true, ...(mode !== undefined && { mode }) });
  } catch (error) {
    throw writeError(path.join(dir, '.'), error);
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

/** Whether `p` is a folder (following links, as a path given by the user is). */
export function isFolder(p: string): boolean {
  return statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/** Whether anything stands at `p` (a link counts, even a broken one). */
export function fileExists(p: string): boolean {
  return lstatSync(p, { throwIfNoEntry: false }) !== undefined;
}
