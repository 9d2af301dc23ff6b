/**
 * The progress store: one JSON file in the state folder, read directly (fast, no library) and
 * written through `conf` (atomic: temp file, fsync, rename) under a lock, so that two terminals
 * never lose each other's updates. A file that cannot be read is never written over.
 */
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { MAX_STATE_BYTES, readRegularFile, withLock } from './files.js';
import { CoachError } from '../core/errors.js';
import { checkStoreText } from '../core/progress/validate.js';
import { emptyStore, type Store } from '../core/progress/types.js';

export const STORE_NAME = 'progress';

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
      text = readRegularFile(this.file, MAX_STATE_BYTES, { followLinks: true });
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
    try {
      mkdirSync(this.home, { recursive: true, mode: 0o700 });
    } catch (error) {
      throw storeWriteError(this.file, error);
    }
    return withLock(this.file, async () => {
      const next = change(this.read());
      await this.write(next);
      return next;
    }).catch((error: unknown) => {
      throw storeWriteError(this.file, error);
    });
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
      throw storeWriteError(this.file, error);
    }
  }
}

/** The progress could not be saved: its message names the file and the system's reason (a full disk, a read-only folder...). */
function storeWriteError(file: string, error: unknown): CoachError {
  if (error instanceof CoachError && error.code.startsWith('store-')) return error;
  const reasons: Record<string, string> = { 'disk-full': 'ENOSPC', 'folder-read-only': 'EROFS', 'folder-not-writable': 'EACCES', 'folder-missing': 'ENOENT' };
  const reason = error instanceof CoachError ? (reasons[error.code] ?? String((error.params as { reason?: string }).reason ?? error.code)) : ((error as NodeJS.ErrnoException).code ?? (error as Error).message);
  return new CoachError('store-write-failed', { file, reason });
}
