/** The lock around read-modify-write of a state file (progress, statement queue), from proper-lockfile. */
import { CoachError } from '../core/errors.js';
import { errno, writeError } from './file-errors.js';

/**
 * A lock older than this is taken as left by a crashed process (a live holder refreshes it, and
 * holds it for milliseconds). Waiting for a lock lasts longer than this, so a lock left by a
 * killed coach never makes the next command fail: it is reclaimed while that command waits.
 */
export const STALE_LOCK_MS = 4_000;

/**
 * Runs `work` while holding the lock on `file` (a `FILE.lock` folder beside it, from
 * proper-lockfile). Waiters retry briefly and at random for about ten seconds, so that a lock left
 * by a killed coach is reclaimed as stale before anyone gives up.
 */
export async function withLock<T>(file: string, work: () => T | Promise<T>): Promise<T> {
  const release = await lock(file);
  try {
    return await work();
  } finally {
    await release();
  }
}

/** Takes the lock on `file`; resolves to the function that releases it (which never throws). */
export async function lock(file: string): Promise<() => Promise<void>> {
  const lockfile = (await import('proper-lockfile')).default;
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(file, {
      realpath: false,
      stale: STALE_LOCK_MS,
      retries: { retries: 300, minTimeout: 2, maxTimeout: 40, factor: 1.3, randomize: true },
    });
  } catch (error) {
    if (errno(error) === 'ELOCKED') throw new CoachError('store-busy', { file });
    throw writeError(file, error);
  }
  // A lost lock is reclaimed as stale: nothing to save.
  return () => release().catch(() => undefined);
}
