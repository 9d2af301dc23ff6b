/**
 * File access for every module: reads that are bounded and never hang on a FIFO, the output
 * folders a command writes into, and what stands at a path. Atomic writes are in atomic-write.ts,
 * the error messages in file-errors.ts, the size limits in file-limits.ts.
 */
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { readError, writeError } from './file-errors.js';
import { MAX_FILE_BYTES } from './file-limits.js';

/**
 * Reads a file that must be a regular file of at most `limit` bytes when opened: opened without
 * blocking (a FIFO put in its place must not hang the command) and, unless `followLinks`, without
 * following a symbolic link. Throws the system error (with code ENOTFILE, E2BIG or EISDIR for ours).
 */
export function readRegularFile(file: string, limit: number, options: { followLinks?: boolean } = {}): string {
  return withRegularFile(file, limit, options, (fd, size) => {
    // The bytes only live until they are decoded: one buffer serves every read (a report reads
    // 100,000 files: as many allocations and as much garbage saved). Bigger files get their own.
    const buffer = size <= SCRATCH_BYTES ? scratch : Buffer.allocUnsafe(size);
    return buffer.toString('utf8', 0, readFully(fd, buffer, size));
  });
}
const SCRATCH_BYTES = 256 * 1024;
const scratch = Buffer.allocUnsafe(SCRATCH_BYTES);

/** The bytes of a regular file, read as readRegularFile reads it (no FIFO hang, size cap, links only if asked). */
export function readRegularBytes(file: string, limit: number, options: { followLinks?: boolean } = {}): Buffer {
  return withRegularFile(file, limit, options, (fd, size) => {
    const buffer = Buffer.alloc(size);
    return buffer.subarray(0, readFully(fd, buffer, size));
  });
}

/** Opens the file as readRegularFile says, checks what it is, and hands its descriptor and size to `read`. */
function withRegularFile<T>(
  file: string,
  limit: number,
  options: { followLinks?: boolean },
  read: (fd: number, size: number) => T,
): T {
  const fd = openSync(
    file,
    constants.O_RDONLY | constants.O_NONBLOCK | (options.followLinks ? 0 : constants.O_NOFOLLOW),
  );
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw Object.assign(new Error('a folder'), { code: 'EISDIR' });
    if (!st.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTFILE' });
    if (st.size > limit) throw Object.assign(new Error('too large'), { code: 'E2BIG' });
    return read(fd, st.size);
  } finally {
    closeSync(fd);
  }
}

/** Reads up to `size` bytes from the start into `buffer`; how many there were (fewer if the file shrank). */
function readFully(fd: number, buffer: Buffer, size: number): number {
  let read = 0;
  while (read < size) {
    const n = readSync(fd, buffer, read, size - read, read);
    if (n === 0) break;
    read += n;
  }
  return read;
}

/** Reads a text file given by the user (followed if it is a link), without its byte-order mark; errors name the file. */
export function readText(file: string, limit = MAX_FILE_BYTES): string {
  try {
    return readRegularFile(file, limit, { followLinks: true }).replace(/^\uFEFF/, '');
  } catch (error) {
    throw readError(file, error, limit);
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

/** Whether `p` is a folder (following links, as a path given by the user is). */
export function isFolder(p: string): boolean {
  return statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/** Whether anything stands at `p` (a link counts, even a broken one). */
export function fileExists(p: string): boolean {
  return lstatSync(p, { throwIfNoEntry: false }) !== undefined;
}
