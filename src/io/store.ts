/**
 * The progress store: one JSON file in the state folder, written through `conf` (atomic: temporary
 * file, fsync, rename) under a lock, so that two terminals never lose each other's updates. A file
 * that cannot be trusted is never written over.
 *
 * Reads are counted, because every one costs start-up time: a command that only reads the store
 * reads the file once (`read()` keeps what it read), and each locked update reads it once more,
 * under the lock, since another terminal may have saved meanwhile.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { CoachError } from '../core/errors.js';
import { checkStoreText } from '../core/progress/validate.js';
import { emptyStore, type Store } from '../core/progress/types.js';
import { MAX_STATE_BYTES } from './file-limits.js';
import { ensureFolder, readRegularFile } from './files.js';
import { lock } from './lock.js';

export const STORE_NAME = 'progress';

/** What conf does not type but the store needs: writing a value without reading the file again first. */
interface ConfWriter {
  _write(value: unknown): void;
}

export class ProgressStore {
  readonly file: string;
  private snapshot: Store | undefined;

  constructor(readonly home: string) {
    this.file = path.join(home, `${STORE_NAME}.json`);
  }

  /**
   * The progress as last read or saved by this process; read from disk the first time. A missing
   * file is a fresh start. Throws CoachError when the file cannot be trusted.
   */
  read(): Store {
    this.snapshot ??= this.load(() => readRegularFile(this.file, MAX_STATE_BYTES, { followLinks: true }));
    return this.snapshot;
  }

  /** Whether the progress file exists yet (a fresh learner has none until the first save). */
  exists(): boolean {
    return statSync(this.file, { throwIfNoEntry: false }) !== undefined;
  }

  /**
   * Read-modify-write under the lock, reading the file once. `change` may be async (the lesson
   * runner queues its statements before the progress is saved); what it returns is saved atomically.
   */
  async update(change: (store: Store) => Store | Promise<Store>): Promise<Store> {
    let release: () => Promise<void>;
    try {
      ensureFolder(this.home, 0o700);
      release = await lock(this.file);
    } catch (error) {
      throw writeFailed(this.file, error);
    }
    try {
      const { conf, text } = await this.openConf();
      // What `change` throws is the caller's own; only the save itself becomes "could not be saved".
      const next = await change(this.load(() => text));
      try {
        conf._write(next);
      } catch (error) {
        throw writeFailed(this.file, error);
      }
      this.snapshot = next;
      return next;
    } finally {
      await release();
    }
  }

  /**
   * conf, opened on the progress file: its constructor reads the file, and that read is the one
   * the update uses (captured through `deserialize`; the checks are ours, below).
   */
  private async openConf(): Promise<{ conf: ConfWriter; text: string | undefined }> {
    // conf opens the file with a plain read: a FIFO or device put in its place would hang it.
    const st = statSync(this.file, { throwIfNoEntry: false });
    if (st?.isDirectory()) throw new CoachError('store-is-folder', { file: this.file });
    if (st && !st.isFile()) throw new CoachError('store-unreadable', { file: this.file, reason: 'not a regular file' });
    if (st && st.size > MAX_STATE_BYTES)
      throw new CoachError('store-unreadable', { file: this.file, reason: 'far too large' });
    const { default: Conf } = await import('conf');
    let text: string | undefined;
    try {
      const conf = new Conf<Record<string, unknown>>({
        projectName: 'exec-coach',
        cwd: this.home,
        configName: STORE_NAME,
        configFileMode: 0o600,
        clearInvalidConfig: false,
        watch: false,
        accessPropertiesByDotNotation: false,
        deserialize: (raw: string) => {
          text = raw;
          return {};
        },
      });
      return { conf: conf as unknown as ConfWriter, text };
    } catch (error) {
      throw new CoachError('store-unreadable', {
        file: this.file,
        reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message,
      });
    }
  }

  /** Reads through `readText` (undefined: no file) and checks what was read. */
  private load(readText: () => string | undefined): Store {
    let text: string | undefined;
    try {
      text = readText();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return emptyStore();
      if (code === 'EISDIR') throw new CoachError('store-is-folder', { file: this.file });
      const reason =
        code === 'ENOTFILE'
          ? 'not a regular file'
          : code === 'E2BIG'
            ? 'far too large'
            : (code ?? (error as Error).message);
      throw new CoachError('store-unreadable', { file: this.file, reason });
    }
    if (text === undefined) return emptyStore();
    const checked = checkStoreText(text);
    if (checked.ok) return checked.store;
    const { problem } = checked;
    if (problem.kind === 'not-json')
      throw new CoachError('store-not-json', { file: this.file, detail: problem.detail });
    if (problem.kind === 'future-version')
      throw new CoachError('store-future', { file: this.file, version: problem.version });
    throw new CoachError('store-wrong-shape', { file: this.file, field: problem.field });
  }
}

/** The progress could not be saved: the message names the file and the system's reason (a full disk, a read-only folder...). */
function writeFailed(file: string, error: unknown): CoachError {
  if (error instanceof CoachError && error.code.startsWith('store-')) return error;
  const reasons: Record<string, string> = {
    'disk-full': 'ENOSPC',
    'folder-read-only': 'EROFS',
    'folder-not-writable': 'EACCES',
    'folder-missing': 'ENOENT',
  };
  const reason =
    error instanceof CoachError
      ? (reasons[error.code] ?? String((error.params as { reason?: string }).reason ?? error.code))
      : ((error as NodeJS.ErrnoException).code ?? (error as Error).message);
  return new CoachError('store-write-failed', { file, reason });
}
