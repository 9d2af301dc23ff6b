import { readRegularFile } from './files.js';

/**
 * Reads the collected files one by one, handing each to `each`, with no second stat (the walk
 * saw the sizes). Synchronous on purpose: for many small files it costs less CPU than the
 * promise-based reader, and the report is CPU-bound. Never throws for one file.
 */
export function readMany(
  files: readonly { path: string; size: number }[],
  limit: number,
  each: (file: { path: string; size: number }, text: string | Error) => void,
): void {
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
