/**
 * The progress store: one JSON file in the state folder, read directly (fast, no library) and
 * written through `conf` (atomic: temp file, fsync, rename) under a lock, so that two terminals
 * never lose each other's updates. A file that cannot be read is never written over.
 */
import { mkdirSync, statSync } from 'node:fs';
import { readRegularFile } from './sponsor-files.js';
import path from 'node:path';
import { CoachError } from '../core/errors.js';
import { checkStoreText } from '../core/progress/validate.js';
import { emptyStore, type Store } from '../core/progress/types.js';

export const STORE_NAME = 'progress';
/**
 * A lock older than this is taken as left by a crashed process (a live holder refreshes it, and
 * holds it for milliseconds). Waiting for a lock lasts longer than this, so a lock left by a
 * killed coach never makes the next command fail: it is reclaimed while that command waits.
 */
const STALE_LOCK_MS = 4_000;
/** Progress is small text; anything past this is not a progress file. */
const MAX_STORE_BYTES = 64 * 1024 * 1024;

export class ProgressStore {
  readonly file: string;
  constructor(readonly home: string) {
    this.file = path.join(home, `${STORE_NAME}.json`);
  }

  /** The current progress; a missing file is a fresh start. Throws CoachError when the file cannot be trusted. */
  read(): Store {
    let text: string;
    try {
      // Opened without blocking and checked as a regular file: a FIFO or device put in its place must not hang every command.
      text = readRegularFile(this.file, MAX_STORE_BYTES, { followLinks: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return emptyStore();
      if (code === 'EISDIR') throw new CoachError('store-is-folder', { file: this.file });
      const reason = code === 'ENOTFILE' ? 'not a regular file' : code === 'E2BIG' ? 'far too large' : (code ?? (error as Error).message);
      throw new CoachError('store-unreadable', { file: this.file, reason });
    }
    const checked = checkStoreText(text);
    if (checked.ok) return checked.store;
    const { problem } = checked;
    if (problem.kind === 'not-json') throw new CoachError('store-not-json', { file: this.file, detail: problem.detail });
    if (problem.kind === 'future-version') throw new CoachError('store-future', { file: this.file, version: problem.version });
    throw new CoachError('store-wrong-shape', { file: this.file, field: problem.field });
  }

  /** Read-modify-write under the lock. `change` is pure; what it returns is saved atomically. */
  async update(change: (store: Store) => Store): Promise<Store> {
    mkdirSync(this.home, { recursive: true, mode: 0o700 });
    const lockfile = (await import('proper-lockfile')).default;
    let release: () => Promise<void>;
    try {
      release = await lockfile.lock(this.file, { realpath: false, stale: STALE_LOCK_MS, retries: { retries: 300, minTimeout: 2, maxTimeout: 40, factor: 1.3, randomize: true } });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new CoachError('store-busy', { file: this.file });
      throw new CoachError('store-write-failed', { file: this.file, reason: (error as Error).message });
    }
    try {
      const next = change(this.read());
      await this.write(next);
      return next;
    } finally {
      await release().catch(() => undefined); // a lost lock is reclaimed as stale; nothing to save
    }
  }

  private async write(store: Store): Promise<void> {
    try {
      if (statSync(this.file, { throwIfNoEntry: false })?.isDirectory()) throw new CoachError('store-is-folder', { file: this.file });
      const { default: Conf } = await import('conf');
      const conf = new Conf<Record<string, unknown>>({
        projectName: 'exec-coach', cwd: this.home, configName: STORE_NAME, configFileMode: 0o600,
        clearInvalidConfig: false, watch: false, accessPropertiesByDotNotation: false,
      });
      conf.store = store as unknown as Record<string, unknown>;
    } catch (error) {
      if (error instanceof CoachError) throw error;
      throw new CoachError('store-write-failed', { file: this.file, reason: (error as Error).message });
    }
  }
}
