/**
 * Files exchanged with the sponsor, on disk: reading them with size limits and clear errors,
 * writing them atomically with the right permissions, and walking the paths given to `report`.
 */
import { closeSync, constants, fstatSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { CoachError } from '../core/errors.js';

/** No file exchanged with the sponsor comes near this: anything larger is refused unread. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** Reads a JSON file and checks it against a schema; every failure names the file and the field. */
export function readJson<T>(file: string, schema: z.ZodType<T>, what: string): T {
  const text = readText(file);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new CoachError('file-not-json', { file, detail: (error as Error).message.split('\n')[0] ?? '' });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CoachError('file-invalid', { file, what, field: issue.path.filter((p) => typeof p !== 'symbol').join('.') || '(file)', message: issue.message });
  }
  return parsed.data;
}

export function readText(file: string, limit = MAX_FILE_BYTES): string {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw Object.assign(new Error('a folder'), { code: 'EISDIR' });
    size = st.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CoachError('file-missing', { file });
    throw new CoachError('file-unreadable', { file, reason: code ?? (error as Error).message });
  }
  if (size > limit) throw new CoachError('file-too-large', { file, limit: `${Math.round(limit / 1024)} KB` });
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new CoachError('file-unreadable', { file, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
  }
}

/**
 * Writes a file atomically (temporary file, fsync, rename) with the given mode. Refuses to replace
 * an existing file unless `replace` says it may (e.g. only when it is one of ours).
 */
export function writeFileAtomic(file: string, content: string, options: { mode?: number; replace?: (existing: string) => boolean; flag?: string } = {}): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const exists = lstatSync(file, { throwIfNoEntry: false });
  if (exists) {
    let existing: string | undefined;
    try {
      existing = exists.isFile() ? readFileSync(file, 'utf8') : undefined;
    } catch {
      existing = undefined;
    }
    // Never overwrite what could not be read, nor what is not ours to replace.
    if (existing === undefined || !options.replace?.(existing)) throw new CoachError('file-exists', { file, flag: options.flag ?? '--force' });
  }
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, content, { mode: options.mode ?? 0o644 });
  const fd = openSync(temp, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
}

/**
 * Reads a file that must still be a regular file of at most `limit` bytes when opened: between the
 * walk and the read it could have become a symbolic link, a FIFO (which would block) or grown.
 */
export function readRegularFile(file: string, limit: number, options: { followLinks?: boolean } = {}): string {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | (options.followLinks ? 0 : constants.O_NOFOLLOW));
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
    return buffer.toString('utf8', 0, read);
  } finally {
    closeSync(fd);
  }
}

export interface Collected {
  /** Files to read, with the size seen while walking (so they are not stat'ed twice). */
  files: { path: string; size: number }[];
  /** Paths that are not files to read: symbolic links (not followed), missing paths, other kinds. */
  skipped: { path: string; code: 'not-a-file' | 'unreadable'; detail: string }[];
}

/**
 * The record files under the given paths: files as given; folders walked recursively for `.json`
 * files. Symbolic links are never followed: a folder of records is read as it is.
 */
export function collectRecordFiles(paths: readonly string[]): Collected {
  const out: Collected = { files: [], skipped: [] };
  const visit = (p: string, explicit: boolean) => {
    const st = lstatSync(p, { throwIfNoEntry: false });
    if (!st) return out.skipped.push({ path: p, code: 'unreadable', detail: 'no such file or folder' });
    if (st.isSymbolicLink()) return out.skipped.push({ path: p, code: 'not-a-file', detail: 'a symbolic link (not followed)' });
    if (st.isDirectory()) {
      let entries: string[];
      try {
        entries = readdirSync(p).sort();
      } catch (error) {
        return out.skipped.push({ path: p, code: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? 'cannot list' });
      }
      for (const name of entries) {
        const child = path.join(p, name);
        if (name.toLowerCase().endsWith('.json')) visit(child, false);
        else {
          const cst = lstatSync(child, { throwIfNoEntry: false });
          if (cst?.isDirectory() || cst?.isSymbolicLink()) visit(child, false);
        }
      }
      return;
    }
    if (!st.isFile()) return out.skipped.push({ path: p, code: 'not-a-file', detail: 'not a regular file' });
    if (explicit || p.toLowerCase().endsWith('.json')) out.files.push({ path: p, size: st.size });
  };
  for (const p of paths) visit(p, true);
  return out;
}

/**
 * Reads the collected files one by one, handing each to `each`, with no second stat (the walk
 * saw the sizes). Synchronous on purpose: for many small files it costs less CPU than the
 * promise-based reader, and the report is CPU-bound. Never throws for one file.
 */
export function readMany(files: readonly { path: string; size: number }[], limit: number, each: (file: { path: string; size: number }, text: string | Error) => void): void {
  for (const file of files) {
    if (file.size > limit) {
      each(file, Object.assign(new Error('too large'), { code: 'E2BIG' }));
      continue;
    }
    let text: string;
    try {
      text = readRegularFile(file.path, limit);
    } catch (error) {
      each(file, error as Error);
      continue;
    }
    each(file, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  }
}
