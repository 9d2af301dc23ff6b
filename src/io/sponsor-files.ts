/**
 * The sponsor's files on disk: JSON files checked against their schema, and the walk over the
 * paths given to `report`. Reading and writing themselves are in ./files.ts.
 */
import { type Dirent, lstatSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { CoachError } from '../core/errors.js';
import { ENROLLMENT_FORMAT, programFileSchema, type Program } from '../core/sponsor/formats.js';
import { parseStrictJson } from '../core/strict-json.js';
import { MAX_FILE_BYTES } from './file-limits.js';
import { readRegularFile, readText } from './files.js';

/** Reads a JSON file and checks it against a schema; every failure names the file and the field. */
export function readJson<T>(file: string, schema: z.ZodType<T>, what: string): T {
  const raw = parseExchanged(file, readText(file));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CoachError('file-invalid', {
      file,
      what,
      field: issue.path.filter((p) => typeof p !== 'symbol').join('.') || '(file)',
      message: issue.message,
    });
  }
  return parsed.data;
}

/**
 * The JSON of an exchanged file (programme, enrolment, backup), parsed strictly: a name given
 * twice is refused with its path (JSON.parse would keep the last, other readers the first), and
 * a syntax error is given by line and column.
 */
export function parseExchanged(file: string, text: string): unknown {
  const parsed = parseStrictJson(text);
  if (parsed.ok) return parsed.value;
  const p = parsed.problem;
  if (p.kind === 'duplicate')
    throw new CoachError('file-duplicate-name', { file, field: p.path, line: p.line, column: p.column });
  throw new CoachError('file-not-json', {
    file,
    detail:
      p.kind === 'too-deep'
        ? `nested too deeply, line ${p.line}, column ${p.column}`
        : `line ${p.line}, column ${p.column}`,
  });
}

/** The programme file a sponsor passes to `invite` and `report`: format 2, or format 1 (without the key's fingerprint). */
export function readProgram(file: string): Program {
  return readJson(file, programFileSchema, 'exec-coach programme file');
}

/** Whether a key file can be read by others than its owner (a warning, with the chmod to run). */
export function keyIsOpen(file: string): boolean {
  const st = statSync(file, { throwIfNoEntry: false });
  return st !== undefined && (st.mode & 0o077) !== 0;
}

/** The programme's secret key file (32 bytes, base64url). */
export function readKey(file: string): string {
  const key = readText(file, 4096).trim();
  if (!/^[A-Za-z0-9_-]{43}$/.test(key)) throw new CoachError('key-invalid', { file });
  return key;
}

/**
 * What stands where `invite` would write a learner's enrolment: undefined when nothing does; the
 * programme id when it is an earlier enrolment of this very learner; null when it is anything else
 * (another learner's file, a link, a file that cannot be read): never to be replaced.
 */
export function existingInvitation(file: string, learnerId: string): string | null | undefined {
  const st = lstatSync(file, { throwIfNoEntry: false });
  if (!st) return undefined;
  if (!st.isFile()) return null;
  try {
    const e = JSON.parse(readRegularFile(file, MAX_FILE_BYTES)) as {
      format?: unknown;
      learner?: { id?: unknown };
      program?: { id?: unknown };
    };
    return e.format === ENROLLMENT_FORMAT && e.learner?.id === learnerId && typeof e.program?.id === 'string'
      ? e.program.id
      : null;
  } catch {
    return null;
  }
}

export interface Collected {
  /** Files to read, with the size seen while walking (0 when not looked at: the read checks it). */
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
    if (st.isSymbolicLink())
      return out.skipped.push({ path: p, code: 'not-a-file', detail: 'a symbolic link (not followed)' });
    if (st.isDirectory()) {
      let entries: Dirent[];
      try {
        entries = readdirSync(p, { withFileTypes: true }).sort((a, b) =>
          a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
        );
      } catch (error) {
        return out.skipped.push({
          path: p,
          code: 'unreadable',
          detail: (error as NodeJS.ErrnoException).code ?? 'cannot list',
        });
      }
      for (const entry of entries) {
        const name = entry.name;
        // p is already normalised and a listed name has no separator: path.join would only cost
        // (about 0.5 KB per path, kept for the whole report: 50 MB over 100,000 files).
        const child = p.endsWith(path.sep) ? p + name : p + path.sep + name;
        // A plain file as listed needs no lstat (100,000 of them in a big report): the read itself
        // refuses a link or anything not a regular file put there since, and checks the size.
        if (entry.isFile() && name.toLowerCase().endsWith('.json')) out.files.push({ path: child, size: 0 });
        else if (name.toLowerCase().endsWith('.json')) visit(child, false);
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
