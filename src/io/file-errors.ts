/**
 * One translation of the system's error codes into messages that name the file and say what to do,
 * for a failed read and for a failed write.
 */
import path from 'node:path';
import { CoachError } from '../core/errors.js';
import { MAX_FILE_BYTES } from './file-limits.js';

type Errno = NodeJS.ErrnoException;
export const errno = (error: unknown): string => (error as Errno)?.code ?? '';

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
